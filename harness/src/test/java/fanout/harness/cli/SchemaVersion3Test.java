package fanout.harness.cli;

import static fanout.harness.cli.CliOutcome.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fanout.harness.SampleResults;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results written before schema 4 stay usable: a checked-in schema-3 file is read as the current schema, and can be
 * reported, compared and merged, so that runs on disk and baselines kept by CI keep working.
 */
class SchemaVersion3Test {
    private static final Path SAMPLE = SampleResults.path();
    private static final Path SEMAPHORE_SLOWER = Path.of("src/test/resources/compare/semaphore-slower.json");
    private static final Path BENCH_B = Path.of("src/test/resources/merge/bench-b.json");

    @Test
    void theCheckedInFilesAreSchema3() throws Exception {
        for (Path file : List.of(SAMPLE, SEMAPHORE_SLOWER, BENCH_B)) {
            assertEquals(3, ResultsJson.mapper().readTree(file.toFile()).path("schemaVersion").asInt(), file.toString());
        }
    }

    @Test
    void eachRecordsMeasurementIsItsOldScoreErrorIntervalUnitAndSamples() throws Exception {
        JsonNode old = ResultsJson.mapper().readTree(SAMPLE.toFile()).path("records");
        ResultDocument read = ResultsJson.read(SAMPLE);

        assertEquals(ResultDocument.SCHEMA_VERSION, read.schemaVersion());
        assertEquals(old.size(), read.records().size());
        int measured = 0;
        int notMeasured = 0;
        for (int i = 0; i < old.size(); i++) {
            JsonNode was = old.get(i);
            ResultRecord record = read.records().get(i);
            assertEquals(was.path("status").asText(), record.status().name());
            if (record.ok()) {
                measured++;
                assertEquals(was.path("score").asDouble(), record.measurement().score());
                assertEquals(was.path("error").asDouble(), record.measurement().error());
                assertEquals(was.path("unit").asText(), record.measurement().unit());
                assertEquals(List.of(was.path("ci").get(0).asDouble(), was.path("ci").get(1).asDouble()),
                        record.measurement().ci());
                List<Double> samples = new ArrayList<>();
                was.path("samples").forEach(s -> samples.add(s.asDouble()));
                assertEquals(samples, record.measurement().samples());
            } else {
                notMeasured++;
                assertNull(record.measurement());
                assertEquals(was.path("reason").asText(), record.reason());
            }
        }
        assertTrue(measured > 0 && notMeasured > 0, "the sample needs measured and unmeasured records");
    }

    @Test
    void aMeasuredRecordWithoutAScoreIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) ResultsJson.mapper().readTree(SAMPLE.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("records").get(2)).putNull("score");
        Path broken = dir.resolve("results.json");
        Files.writeString(broken, tree.toString());

        ResultsJson.InvalidResultsException e = org.junit.jupiter.api.Assertions.assertThrows(
                ResultsJson.InvalidResultsException.class, () -> ResultsJson.read(broken));

        assertEquals(broken + ": malformed results: record 3 (SimulatedIoBenchmark.fanOut) is OK but has no score",
                e.getMessage());
    }

    @Test
    void aSchema3FileIsReported(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results.json");
        Files.copy(SAMPLE, results);

        CliOutcome outcome = run("report", results);

        assertEquals(0, outcome.status(), outcome.err());
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("## Results") && md.contains("| SEMAPHORE(k=64) |"), md);
        assertTrue(Files.exists(dir.resolve("report.html")) && Files.exists(dir.resolve("charts/makespan-vs-n.svg")));
    }

    @Test
    void twoSchema3FilesAreCompared() {
        CliOutcome outcome = run("compare", SEMAPHORE_SLOWER, BENCH_B);

        assertEquals(0, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains(" compared: "), outcome.out());
        assertTrue(outcome.rowsWith("SimulatedIoBenchmark.fanOut").size() >= 5, outcome.out());
    }

    @Test
    void schema3FilesAreMergedIntoASchema4Run(@TempDir Path results) throws Exception {
        CliOutcome outcome = run("merge", SAMPLE, BENCH_B, "--results", results);

        assertEquals(0, outcome.status(), outcome.err());
        Path merged = results.resolve("latest").resolve("results.json");
        ResultDocument doc = ResultsJson.read(merged);
        assertEquals(ResultDocument.SCHEMA_VERSION, ResultsJson.mapper().readTree(merged.toFile())
                .path("schemaVersion").asInt());
        assertEquals(ResultsJson.read(SAMPLE).records().size() + ResultsJson.read(BENCH_B).records().size(),
                doc.records().size());
        assertTrue(Files.exists(merged.resolveSibling("report.md")));
    }
}
