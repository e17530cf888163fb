package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.analysis.JvmNames;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.merge.MergeSource;
import fanout.harness.merge.ResultsMerger;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultsJson;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Environment section and summary line of a document merged from two machines (the golden run on
 * {@code bench-host}, {@code merge/bench-b.json} on {@code bench-b}): each machine, and each JVM with its machine
 * and source run. A single run's tables stay as they were (the Markdown golden file pins that).
 */
class MergedEnvironmentTest {
    static final ResultDocument A = ResultsJson.read(Path.of("src/test/resources/golden/results.json"));
    static final ResultDocument B = ResultsJson.read(Path.of("src/test/resources/merge/bench-b.json"));
    static final ResultDocument MERGED = new ResultsMerger(List.of(new MergeSource("a.json", A),
            new MergeSource("b.json", B))).document("merged-run");

    /** The cells, as text, of the table's row whose first cell says {@code first}. */
    private static List<String> row(Table table, String first) {
        return table.rows().stream().map(row -> texts(table, row)).filter(cells -> cells.get(0).equals(first))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + first + " in " + table.rows()));
    }

    private static List<String> texts(Table table, Table.Row row) {
        return IntStream.range(0, row.cells().size()).mapToObj(i -> table.text(i, row.cells().get(i))).toList();
    }

    @Test
    void theRunTableHasOneRowPerMachine() {
        Table run = EnvironmentFacts.run(RunAnalysis.of(MERGED));

        assertEquals("AMD EPYC 9B14 (amd64), 2 cores, 24.0 GiB, Linux 6.18.44, git version 2.39.5",
                row(run, "machine bench-host").get(1));
        assertEquals("Intel Xeon Gold 6338 (amd64), 4 cores, 16.0 GiB, Linux 6.12.9, git version 2.47.1",
                row(run, "machine bench-b").get(1));
        assertEquals("merged", row(run, "profile").get(1));
        assertFalse(run.rows().stream().anyMatch(r -> r.cells().get(0).equals("host")), "no single host row");
    }

    @Test
    void theJvmsTableNamesEachJvmsMachineAndRun() {
        Table jvms = EnvironmentFacts.jvms(MERGED.run());

        assertEquals(List.of("machine", "run"), jvms.header().subList(jvms.header().size() - 2, jvms.header().size()));
        List<String> b25 = row(jvms, "bench-b-jdk25");
        assertEquals(List.of("bench-b (Intel Xeon Gold 6338, 4 cores, 16.0 GiB)", B.run().id()),
                b25.subList(b25.size() - 2, b25.size()));
        List<String> host25 = row(jvms, "bench-host-jdk25");
        assertEquals(List.of("bench-host (AMD EPYC 9B14, 2 cores, 24.0 GiB)", A.run().id()),
                host25.subList(host25.size() - 2, host25.size()));
        assertEquals("21.0.9", row(jvms, "jdk21").get(1));
    }

    @Test
    void aSingleRunsJvmsTableHasNoMachineColumn() {
        Table jvms = EnvironmentFacts.jvms(A.run());

        assertFalse(jvms.header().contains("machine"), jvms.header().toString());
        assertEquals("bench-host", row(EnvironmentFacts.run(RunAnalysis.of(A)), "host").get(1));
    }

    @Test
    void theSummaryNamesTheMachines() {
        String names = new JvmNames(MERGED.run()).all();

        assertEquals("JDK 25.0.3 Eclipse Adoptium on bench-host, JDK 25.0.3 Eclipse Adoptium on bench-b,"
                + " JDK 21.0.9 Eclipse Adoptium on bench-b", names);
        assertTrue(RunAnalysis.of(MERGED).summary().contains(" · " + names + " · "), "the summary line's names");
        assertEquals("JDK 25.0.3 Eclipse Adoptium", new JvmNames(A.run()).all());
    }

    @Test
    void theMarkdownReportShowsBothMachinesAndTheMergeNote() {
        String md = MarkdownRenderer.page(RunReport.of(RunAnalysis.of(MERGED), List.of()), Path.of("run"));

        assertTrue(md.contains("machine bench-host"), md);
        assertTrue(md.contains("machine bench-b"), md);
        assertTrue(md.contains("merged from 2 runs: " + A.run().id()), md);
    }
}
