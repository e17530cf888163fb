package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fanout.harness.merge.MergeSource;
import fanout.harness.merge.ResultsMerger;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultsJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chart footnotes name the machine and run a JVM's numbers came from, which in merged runs is not the document's. */
class ProvenanceTest {
    static final ResultDocument A = ResultsJson.read(Path.of("src/test/resources/golden/results.json"));
    static final ResultDocument B = ResultsJson.read(Path.of("src/test/resources/merge/bench-b.json"));

    @Test
    void aSingleRunsFootnoteNamesItsRunAndMachine() {
        assertEquals(List.of("Measured 2026-11-21 on JDK 25.0.3 Eclipse Adoptium · run 2026-11-21T06-07-56Z-smoke"
                        + " (smoke profile)", "Machine: AMD EPYC 9B14, 2 cores, 24.0 GiB, Linux 6.18.44"),
                lines(A, "jdk25"));
    }

    @Test
    void aMergedJvmsFootnoteNamesItsOwnMachineAndRun() {
        ResultDocument merged = new ResultsMerger(List.of(new MergeSource("a.json", A), new MergeSource("b.json", B)))
                .document("2026-11-21T09-00-00Z-merged");

        // one JVM drawn: its machine is named on a line of its own, not twice
        assertEquals(List.of("Measured 2026-11-21 on JDK 21.0.9 Eclipse Adoptium"
                        + " · run 2026-11-21T07-30-00Z-smoke,"
                        + " merged into 2026-11-21T09-00-00Z-merged",
                "Machine: bench-b, Intel Xeon Gold 6338, 4 cores, 16.0 GiB, Linux 6.12.9"),
                lines(merged, "jdk21"));
        assertEquals("Machine: bench-host, AMD EPYC 9B14, 2 cores, 24.0 GiB, Linux 6.18.44",
                lines(merged, "bench-host-jdk25").get(1));
    }

    /** The footnote of a chart that draws one JVM's records. */
    private static List<String> lines(ResultDocument doc, String jvmId) {
        return Provenance.lines(doc.run(), new JvmNames(doc.run()), List.of(jvmId));
    }
}
