package fanout.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultsJson;
import fanout.harness.report.Reports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped before its end (Ctrl-C, SIGTERM: its shutdown hook calls {@link BenchmarkRun#reportStopped}) keeps its
 * finished records and gets a report of them that says it is incomplete; {@code latest} does not move. (The JVM's exit
 * status after a signal is the signal's, 130 or 143: non-zero.) {@link StoppedBySignalTest} stops one with a real
 * signal.
 */
class StoppedRunTest {

    @TempDir
    Path results;

    /** The sample run as a stop after its first three records leaves it: those records, the run not finished. */
    static ResultDocument sampleStoppedAfterThree() {
        ResultDocument sample = SampleResults.load();
        fanout.harness.model.RunInfo run = sample.run();
        return sample.withRun(new fanout.harness.model.RunInfo(run.id(), run.profile(), run.startedAt(), null, false,
                run.planned(), run.suiteVersion(), run.suiteCommit(), run.host(), run.jvms(), run.notes()))
                .withRecords(sample.records().subList(0, 3));
    }

    /** Where a stopped run's folder is made, in the tests that stop one. */
    static RunDirectory stoppedRunDirectory(Path results) {
        return RunDirectory.create(results, Instant.parse("2026-11-29T14:00:00Z"), "smoke");
    }

    @Test
    void aStoppedRunWritesTheReportOfWhatFinishedMarkedIncomplete() throws Exception {
        ResultDocument unfinished = sampleStoppedAfterThree();
        RunDirectory directory = stoppedRunDirectory(results);
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        BenchmarkRun.reportStopped(unfinished, directory, (document, dir) -> Reports.writeAll(document, dir.dir()),
                new PrintStream(console, true, StandardCharsets.UTF_8));

        assertEquals(3, ResultsJson.read(directory.file("results.json")).records().size(), "the finished records");
        String report = Files.readString(directory.file("report.md"));
        assertTrue(report.contains("INCOMPLETE: 3 of " + unfinished.run().planned() + " planned records"), report);
        assertTrue(Files.exists(directory.file("report.html")));
        assertTrue(console.toString(StandardCharsets.UTF_8).startsWith("fanout-bench: stopped after 3 of "),
                console.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(results.resolve("latest"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }
}
