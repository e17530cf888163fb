package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.merge.MergeSource;
import fanout.harness.merge.ResultsMerger;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.RunInfo;
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
                        + " (smoke profile) · fanout-bench 0.1.0-SNAPSHOT (0123456)", "Machine: AMD EPYC 9B14, 2 cores, 24.0 GiB, Linux 6.18.44"
                        + " · Heap: not fixed (sized from the machine's memory)"),
                lines(A, "jdk25"));
        assertEquals(List.of("-XX:+UseG1GC", "-Djava.awt.headless=true"), A.run().jvms().get(0).jvmArgs(),
                "the golden run's forks had no heap flags");
    }

    /** The fixed heap of the forks (SPEC §6), from the JVMs' flags: one setting once, differing ones per JVM. */
    @Test
    void theHeapIsStatedFromTheJvmsFlags() {
        ResultDocument fixed = withFlags(A, "jdk25", List.of("-Xms4g", "-Xmx4g", "-XX:+UseG1GC"));
        assertEquals("Machine: AMD EPYC 9B14, 2 cores, 24.0 GiB, Linux 6.18.44 · Heap: -Xms4g -Xmx4g",
                lines(fixed, "jdk25").get(1));
        ResultDocument percentage = withFlags(A, "jdk25", List.of("-XX:MaxRAMPercentage=50", "-XX:+UseG1GC"));
        assertTrue(lines(percentage, "jdk25").get(1).endsWith(" · Heap: -XX:MaxRAMPercentage=50"));

        ResultDocument merged = new ResultsMerger(List.of(new MergeSource("a.json", fixed),
                new MergeSource("b.json", B))).document("2026-11-21T09-00-00Z-merged");
        assertEquals("Heap: -Xms4g -Xmx4g (JDK 25.0.3 Eclipse Adoptium on bench-host); not fixed (sized from the"
                + " machine's memory) (JDK 25.0.3 Eclipse Adoptium on bench-b, JDK 21.0.9 Eclipse Adoptium on bench-b)",
                Provenance.heap(new JvmNames(merged.run()), List.of("bench-host-jdk25", "bench-b-jdk25", "jdk21")));
        assertEquals("Heap: not fixed (sized from the machine's memory)",
                Provenance.heap(new JvmNames(merged.run()), List.of("bench-b-jdk25", "jdk21")), "the same, once");
    }

    @Test
    void aMergedJvmsFootnoteNamesItsOwnMachineAndRun() {
        ResultDocument merged = new ResultsMerger(List.of(new MergeSource("a.json", A), new MergeSource("b.json", B)))
                .document("2026-11-21T09-00-00Z-merged");

        // one JVM drawn: its machine is named on a line of its own, not twice
        assertEquals(List.of("Measured 2026-11-21 on JDK 21.0.9 Eclipse Adoptium"
                        + " · run 2026-11-21T07-30-00Z-smoke,"
                        + " merged into 2026-11-21T09-00-00Z-merged"
                        + " · fanout-bench 0.1.0-SNAPSHOT (mixed: 0123456, fedcba9)",
                "Machine: bench-b, Intel Xeon Gold 6338, 4 cores, 16.0 GiB, Linux 6.12.9"
                        + " · Heap: not fixed (sized from the machine's memory)"),
                lines(merged, "jdk21"));
        assertEquals("Machine: bench-host, AMD EPYC 9B14, 2 cores, 24.0 GiB, Linux 6.18.44"
                + " · Heap: not fixed (sized from the machine's memory)", lines(merged, "bench-host-jdk25").get(1));
    }

    /** The document with one JVM's fork flags replaced. */
    private static ResultDocument withFlags(ResultDocument doc, String jvmId, List<String> flags) {
        RunInfo run = doc.run();
        List<JvmInfo> jvms = run.jvms().stream().map(j -> !j.id().equals(jvmId) ? j : new JvmInfo(j.id(), j.path(),
                j.version(), j.vendor(), j.vmName(), j.vmVersion(), flags, j.defaultAsyncParallelism(), j.cores(),
                j.host(), j.run())).toList();
        return doc.withRun(new RunInfo(run.id(), run.profile(), run.startedAt(), run.finishedAt(), run.complete(),
                run.planned(), run.suiteVersion(), run.suiteCommit(), run.host(), jvms, run.notes()));
    }

    /** The footnote of a chart that draws one JVM's records. */
    private static List<String> lines(ResultDocument doc, String jvmId) {
        return Provenance.lines(doc.run(), new JvmNames(doc.run()), List.of(jvmId));
    }
}
