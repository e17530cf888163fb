package fanout.harness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.analysis.cases.OverheadCase;
import fanout.harness.run.RecordFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the results format, as JMH's ResultFormatTest pins JMH's: a checked-in JMH JSON file (from a real run)
 * goes through the same conversion as a live run, and the document must equal the checked-in golden file to
 * the byte. A change to the format shows up here; if it is deliberate, bump
 * {@link ResultDocument#SCHEMA_VERSION} and regenerate with {@code -Dgolden.update=true}.
 */
class ResultFormatGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static ResultDocument fromJmh() throws IOException {
        HostInfo host = new HostInfo("bench-host", "Linux", "6.18.44", "amd64", "AMD EPYC 9B14", 2, 25_769_803_776L,
                "git version 2.39.5");
        JvmInfo jvm = new JvmInfo("jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java", "25.0.3", "Eclipse Adoptium",
                "OpenJDK 64-Bit Server VM", "25.0.3+9-LTS", List.of("-XX:+UseG1GC", "-Djava.awt.headless=true"), 1, 2)
                .measuredIn(host, "2026-11-21T06-07-56Z-smoke");
        RunInfo run = new RunInfo("2026-11-21T06-07-56Z-smoke", "smoke", Instant.parse("2026-11-21T06:07:56Z"),
                Instant.parse("2026-11-21T06:11:00Z"), true, 6, "0.1.0-SNAPSHOT", "0123456789abcdef", host,
                List.of(jvm), List.of("a note"));
        List<ResultRecord> records = ResultsJson.readJmh(GOLDEN.resolve("jmh-result.json")).stream()
                .map(result -> RecordFactory.measured(result, jvm)).toList();
        return RecordFactory.withCpuBoundLimits(ResultDocument.of(run, records));
    }

    @Test
    void documentFromCheckedInJmhJsonMatchesTheGoldenFile() throws IOException {
        String actual = ResultsJson.write(fromJmh());
        Path golden = GOLDEN.resolve("results.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    @Test
    void goldenFileReadsBackToTheSameDocument() throws IOException {
        ResultDocument read = ResultsJson.read(GOLDEN.resolve("results.json"));

        assertEquals(fromJmh(), read);
        assertEquals(ResultsJson.write(read), Files.readString(GOLDEN.resolve("results.json"), StandardCharsets.UTF_8));
    }

    /**
     * The golden file as it was written in schema 3 ({@code compare/golden-v3.json}): upgraded on read, it is the
     * document the suite writes now, to the last number, but for what schema 3 did not record: the lower bounds (its
     * "ideal" was the strategy's model, which it keeps as the model), the sampling of each measurement and the cores a
     * fork may use.
     */
    @Test
    void theSchema3GoldenFileReadsAsTheSameDocumentWithoutWhatItDidNotRecord() throws IOException {
        Path v3 = Path.of("src/test/resources/compare/golden-v3.json");
        assertTrue(Files.readString(v3, StandardCharsets.UTF_8).contains("\"schemaVersion\" : 3"), "a schema-3 file");

        ResultDocument written = fromJmh();
        RunInfo run = written.run();
        List<JvmInfo> jvmsWithoutCores = run.jvms().stream().map(j -> new JvmInfo(j.id(), j.path(), j.version(),
                j.vendor(), j.vmName(), j.vmVersion(), j.jvmArgs(), j.defaultAsyncParallelism(), 0, j.host(), j.run()))
                .toList();
        ResultDocument asSchema3Knew = ResultDocument.of(new RunInfo(run.id(), run.profile(), run.startedAt(),
                run.finishedAt(), run.complete(), run.planned(), run.suiteVersion(), run.suiteCommit(), run.host(),
                jvmsWithoutCores, run.notes()), written.records().stream().map(r -> {
                    Measurement m = r.measurement();
                    return r.withMeasurement(new Measurement(m.score(), m.error(), m.ci(), m.unit(), m.forks(), null))
                            .withLowerBound(null);
                }).toList());
        assertEquals(asSchema3Knew, ResultsJson.read(v3));
    }

    @Test
    void everySimulatedRecordHasItsLowerBoundModelAndEfficiency() throws IOException {
        List<ResultRecord> simulated = fromJmh().records().stream().filter(SampleResults::simulated).toList();
        assertFalse(simulated.isEmpty());
        for (ResultRecord record : simulated) {
            String label = SampleResults.label(record);
            assertEquals(RecordStatus.OK, record.status());
            Measurement measurement = record.measurement();
            assertTrue(measurement.score() > 0 && measurement.error() != null && measurement.ci().size() == 2, label);
            assertEquals(3, measurement.samples().size(), label);
            assertTrue(record.lowerBound() > 0 && record.lowerBound() <= record.model(), label);
            assertEquals(record.lowerBound() / measurement.score(), record.efficiency(), 1e-12, label);
        }
    }

    /** The bare primitive is what the strategy is compared with (the overhead table), not a bound on it. */
    @Test
    void anOverheadRecordHasNeitherLowerBoundNorModel() throws IOException {
        List<ResultRecord> overhead = fromJmh().records().stream()
                .filter(r -> SampleResults.caseOf(r) instanceof OverheadCase).toList();
        assertEquals(2, overhead.size());
        for (ResultRecord record : overhead) {
            assertNull(record.lowerBound(), SampleResults.label(record));
            assertNull(record.model(), SampleResults.label(record));
            assertNull(record.efficiency(), SampleResults.label(record));
        }
    }

    @Test
    void lowerBoundAndModelFollowTheStrategy() throws IOException {
        // N = 100 calls of 10 ms. SEQUENTIAL: 1000 ms, bound and model. SEMAPHORE k=64: the model ⌈100/64⌉·10 =
        // 20 ms; the bound max(10, 100·10/64) = 15.625 ms. ALL_OF on the default async pool of a JVM whose common
        // pool has parallelism 1 (as this JVM reported): one at a time, 1000 ms both. ALL_OF(VIRTUAL): 10 ms both.
        ResultDocument document = fromJmh();
        assertEquals(1000.0, record(document, "SEQUENTIAL").model(), 1e-9);
        assertEquals(1000.0, record(document, "SEQUENTIAL").lowerBound(), 1e-9);
        assertEquals(20.0, record(document, "SEMAPHORE(k=64)").model(), 1e-9);
        assertEquals(15.625, record(document, "SEMAPHORE(k=64)").lowerBound(), 1e-9);
        assertEquals(1000.0, record(document, "ALL_OF(DEFAULT_ASYNC)").model(), 1e-9);
        assertEquals(1000.0, record(document, "ALL_OF(DEFAULT_ASYNC)").lowerBound(), 1e-9);
        assertEquals(10.0, record(document, "ALL_OF(VIRTUAL)").model(), 1e-9);
        assertEquals(10.0, record(document, "ALL_OF(VIRTUAL)").lowerBound(), 1e-9);
    }

    private static ResultRecord record(ResultDocument document, String label) {
        return document.records().stream().filter(r -> SampleResults.simulated(r))
                .filter(r -> SampleResults.label(r).equals(label)).findFirst().orElseThrow();
    }
}
