package fanout.harness.cli;

import static fanout.harness.cli.CliOutcome.expectUsage;
import static fanout.harness.cli.CliOutcome.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fanout merge} on checked-in data: the golden run (machine {@code bench-host}) and
 * {@code merge/bench-b.json} (machine {@code bench-b}) become a new run folder with one results file and one
 * report; bad input is one line, exit status 2 and no folder.
 */
class MergeCliTest {
    static final Path A = Path.of("src/test/resources/golden/results.json");
    static final Path B = Path.of("src/test/resources/merge/bench-b.json");

    @TempDir
    Path tmp;

    private Path onlyRun(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results.resolve("runs"))) {
            List<Path> all = runs.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    @Test
    void writesANewRunFolderWithTheMergedResultsChartsAndReports() throws IOException {
        Path results = tmp.resolve("results");

        CliOutcome outcome = run("merge", A, B, "--results", results);

        assertEquals(0, outcome.status(), outcome.err());
        Path dir = onlyRun(results);
        assertTrue(dir.getFileName().toString().endsWith("-merged"), dir.toString());
        ResultDocument merged = ResultsJson.read(dir.resolve("results.json"));
        assertEquals(dir.getFileName().toString(), merged.run().id());
        assertEquals(List.of("bench-host-jdk25", "bench-b-jdk25", "jdk21"),
                merged.run().jvms().stream().map(JvmInfo::id).toList());
        assertEquals(ResultsJson.read(A).records().size() + ResultsJson.read(B).records().size(),
                merged.records().size());
        for (String file : List.of("report.html", "report.md", "jmh-result.json")) {
            assertTrue(Files.size(dir.resolve(file)) > 0, file);
        }
        assertEquals(dir.toRealPath(), results.resolve("latest").toRealPath(), "latest points at the merged run");
        assertTrue(Files.readString(results.resolve("index.html")).contains(merged.run().id()), "listed in the index");
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("bench-b (Intel Xeon Gold 6338, 4 cores, 16.0 GiB)"), "JVMs table names the machine");
        assertTrue(html.contains("bench-host (AMD EPYC 9B14, 2 cores, 24.0 GiB)"), "JVMs table names the machine");
        assertTrue(outcome.out().contains("merged 14 records of 3 JVMs from 2 runs on 2 machines (bench-host, bench-b):"
                + " bench-host-jdk25, bench-b-jdk25, jdk21"), outcome.out());
        assertTrue(outcome.out().contains("no readable jmh-result.json beside " + B), outcome.out());
    }

    @Test
    void theGoldenRunsJmhJsonIsCarriedIntoTheMergedOne() throws IOException {
        Path results = tmp.resolve("results");

        assertEquals(0, run("merge", A, B, "--results", results).status());

        String golden = Files.readString(A.resolveSibling("jmh-result.json"));
        String merged = Files.readString(onlyRun(results).resolve("jmh-result.json"));
        assertEquals(ResultsJson.mapper().readTree(golden), ResultsJson.mapper().readTree(merged),
                "bench-b.json has no jmh-result.json beside it, so the merged one is the golden run's");
    }

    @Test
    void compareTellsTheTwoMachinesJdk25ApartInTheMergedFile() throws IOException {
        Path results = tmp.resolve("results");
        assertEquals(0, run("merge", A, B, "--results", results).status());
        Path merged = onlyRun(results).resolve("results.json");

        CliOutcome outcome = run("compare", merged, "--jvms", "bench-host-jdk25,bench-b-jdk25");

        assertEquals(0, outcome.status(), outcome.err());
        // bench-b is 10% faster, but neither side kept samples by fork (one fork; a schema-3 file): no verdict.
        assertTrue(outcome.out().contains("6 compared: 0 improved, 0 regressed, 0 equivalent, 0 inconclusive,"
                + " 6 too few forks"), outcome.out());
        assertEquals(6, outcome.out().lines().filter(l -> l.contains("bench-host-jdk25 vs bench-b-jdk25")
                && l.contains(" 0.900 ")).count(), outcome.out());
    }

    @Test
    void chartsOfMergedRunsAreDrawn() throws IOException {
        Path sample = fanout.harness.SampleResults.path();
        Path other = write("bench-02.json", ResultsJson.write(fanout.harness.SampleResults.withRunId(
                fanout.harness.SampleResults.withHostName(ResultsJson.read(sample), "bench-02"),
                "2025-06-03T09-00-00Z-full")));
        Path results = tmp.resolve("results");

        CliOutcome outcome = run("merge", sample, other, "--results", results);

        assertEquals(0, outcome.status(), outcome.err());
        try (Stream<Path> charts = Files.list(onlyRun(results).resolve("charts"))) {
            assertTrue(charts.anyMatch(chart -> chart.toString().endsWith(".svg")), "charts drawn");
        }
    }

    @Test
    void badInputIsOneLineExitStatus2AndNothingWritten() throws IOException {
        String golden = Files.readString(A);
        Path truncated = write("truncated.json", golden.substring(0, golden.length() / 2));
        Path foreign = write("foreign.json", "{\"name\": \"package.json\", \"version\": \"1.0\"}");
        Path schema2 = write("schema2.json", golden.replace("\"schemaVersion\" : " + ResultDocument.SCHEMA_VERSION,
                "\"schemaVersion\" : 2"));
        Path results = tmp.resolve("results");

        expectUsage(run("merge", A, "--results", results),
                "merge needs two or more results files (A.json B.json ...); got 1");
        expectUsage(run("merge", A, tmp.resolve("nope.json"), "--results", results), "nope.json: no such file");
        expectUsage(run("merge", A, truncated, "--results", results),
                "truncated.json: not valid JSON (truncated or corrupt?)");
        expectUsage(run("merge", foreign, A, "--results", results), "foreign.json: not a fanout-bench results file");
        expectUsage(run("merge", A, schema2, "--results", results),
                "schema2.json: schema version 2, this suite reads versions 3 to " + ResultDocument.SCHEMA_VERSION);
        expectUsage(run("merge", A, B, A, "--results", results), A + " and " + A + " both hold the records of JDK"
                + " 25.0.3 Eclipse Adoptium measured on bench-host by run 2026-11-21T06-07-56Z-smoke; give each run once");
        assertFalse(Files.exists(results), "nothing written for bad input");
    }

    @Test
    void aResultsFolderThatIsAFileIsOneLineAndLeftAlone() throws IOException {
        Path file = write("results", "not a folder");

        expectUsage(run("merge", A, B, "--results", file), "is a file, not a directory");
        assertEquals("not a folder", Files.readString(file));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }
}
