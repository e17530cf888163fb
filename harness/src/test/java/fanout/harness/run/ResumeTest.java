package fanout.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.UsageException;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.ResultsJson;
import fanout.harness.model.RunInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fanout run --resume}: a run stopped before its end goes on in its own folder with the cases it has no record
 * of, each case recorded once; and it is refused, in one line, where going on would mix what should not be mixed.
 * The cases are virtual-thread strategies on a JDK 17, which are recorded as unsupported without starting a fork.
 */
class ResumeTest {
    private static final JvmInfo JDK17 = new JvmInfo("jdk17", "/nowhere/jdk-17", "17.0.15", "test",
            "OpenJDK 64-Bit Server VM", "17.0.15", List.of(), 1, 2);
    private static final RunRequest REQUEST = new RunRequest("smoke", "SimulatedIoBenchmark .*n=10 ", null,
            List.of("VIRTUAL_SCOPE", "SEMAPHORE"), Map.of(), List.of(), "current");

    @TempDir
    Path results;

    @TempDir
    Path lockDir;

    private String lockBefore;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void ownLock() {
        lockBefore = System.getProperty(RunLock.DIR_PROPERTY);
        System.setProperty(RunLock.DIR_PROPERTY, lockDir.toString());
    }

    @AfterEach
    void restoreLock() {
        if (lockBefore == null) {
            System.clearProperty(RunLock.DIR_PROPERTY);
        } else {
            System.setProperty(RunLock.DIR_PROPERTY, lockBefore);
        }
    }

    private BenchmarkRun.Summary run(RunRequest request, List<JvmInfo> jvms, BenchmarkRun.Resume resume)
            throws Exception {
        return new BenchmarkRun(request.plan(), results, new PrintStream(console, true, StandardCharsets.UTF_8),
                (document, directory) -> { }, List.of(), jvms, List.of(), request, resume).execute();
    }

    /** The run as a kill after {@code kept} records leaves it: those records, the run not finished. */
    private static BenchmarkRun.Resume stoppedAfter(BenchmarkRun.Summary finished, int kept) throws Exception {
        ResultDocument done = finished.document();
        RunInfo run = done.run();
        ResultDocument stopped = done.withRun(new RunInfo(run.id(), run.profile(), run.startedAt(), null, false,
                run.planned(), run.suiteVersion(), run.suiteCommit(), run.host(), run.jvms(), run.notes()))
                .withRecords(done.records().subList(0, kept));
        finished.directory().writeAtomically("results.json", ResultsJson.write(stopped));
        return new BenchmarkRun.Resume(RunDirectory.existing(finished.directory().dir()));
    }

    @Test
    void casesTheJvmCannotRunAddNothingToTheEstimate() throws Exception {
        BenchmarkRun.Summary first = run(REQUEST, List.of(JDK17), null);
        console.reset();
        run(REQUEST, List.of(JDK17), stoppedAfter(first, 1));

        String said = console.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains(" left (profile smoke on jdk17 (/nowhere/jdk-17)), estimated 0:00\n"), said);
        assertTrue(said.contains("(elapsed 0:00, ETA 0:00)"), said);
    }

    @Test
    void aStoppedRunGoesOnInItsFolderWithTheCasesItHasNoRecordOf() throws Exception {
        BenchmarkRun.Summary first = run(REQUEST, List.of(JDK17), null);
        int planned = first.document().run().planned();
        assertTrue(planned >= 2, "the test needs two cases or more: " + planned);
        assertEquals(REQUEST, RunRequest.of(first.directory().dir()), "the request is kept in the run's folder");

        BenchmarkRun.Summary resumed = run(REQUEST, List.of(JDK17), stoppedAfter(first, 1));

        assertEquals(first.directory().dir(), resumed.directory().dir(), "the same folder, no new run");
        ResultDocument document = ResultsJson.read(resumed.directory().file("results.json"));
        assertEquals(first.document().run().id(), document.run().id());
        assertEquals(planned, document.records().size());
        Set<String> cases = new HashSet<>();
        for (ResultRecord record : document.records()) {
            assertTrue(cases.add(record.benchmark() + record.params() + record.jvm()), "recorded twice: " + record);
        }
        assertNotNull(document.run().finishedAt(), "finished now");
        assertEquals(first.document().run().startedAt(), document.run().startedAt());
        assertTrue(document.run().notes().stream().anyMatch(note -> note.startsWith("resumed at ")
                && note.endsWith(" after 1 of " + planned + " records")), document.run().notes().toString());
        assertTrue(console.toString(StandardCharsets.UTF_8).contains((planned - 1) + " of its " + planned
                + " cases left"), console.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFinishedRunOtherOptionsOrOtherJvmsAreRefused() throws Exception {
        BenchmarkRun.Summary first = run(REQUEST, List.of(JDK17), null);
        BenchmarkRun.Resume finished = new BenchmarkRun.Resume(first.directory());
        UsageException done = assertThrows(UsageException.class, () -> run(REQUEST, List.of(JDK17), finished));
        assertTrue(done.getMessage().endsWith("finished; there is nothing to resume"), done.getMessage());

        BenchmarkRun.Resume stopped = stoppedAfter(first, 1);
        RunRequest fewer = new RunRequest("smoke", REQUEST.include(), null, List.of("VIRTUAL_SCOPE"), Map.of(),
                List.of(), "current");
        UsageException other = assertThrows(UsageException.class, () -> run(fewer, List.of(JDK17), stopped));
        assertTrue(other.getMessage().contains("the profile or the parameters changed"), other.getMessage());

        JvmInfo elsewhere = new JvmInfo("jdk17", "/elsewhere/jdk-17", "17.0.15", "test", "OpenJDK 64-Bit Server VM",
                "17.0.15", List.of(), 1, 2);
        UsageException jvms = assertThrows(UsageException.class, () -> run(REQUEST, List.of(elsewhere), stopped));
        assertTrue(jvms.getMessage().contains("but the JVMs found now are"), jvms.getMessage());
        assertEquals(1, ResultsJson.read(first.directory().file("results.json")).records().size(),
                "a refused resume writes nothing");
    }

    @Test
    void onlyARunFolderCanBeResumed() {
        assertThrows(UsageException.class, () -> RunDirectory.existing(results));
        UsageException none = assertThrows(UsageException.class, () -> RunRequest.of(results));
        assertTrue(none.getMessage().endsWith("it has no " + RunRequest.FILE), none.getMessage());
    }

    @Test
    void theRequestReadsBackAsWritten() throws Exception {
        Path dir = Files.createDirectories(results.resolve("runs/x"));
        RunRequest request = new RunRequest("full", "a b", "c", null, Map.of("n", List.of("10", "100")),
                List.of("/repo with space"), "auto");
        Files.writeString(dir.resolve(RunRequest.FILE), request.json());
        assertEquals(request, RunRequest.of(dir));
    }

    @Test
    void aCaseThatHadFailedIsMeasuredAgain() throws Exception {
        BenchmarkRun.Summary first = run(REQUEST, List.of(JDK17), null);
        int planned = first.document().run().planned();
        BenchmarkRun.Resume stopped = stoppedAfter(first, 2);
        ResultDocument withFailure = ResultsJson.read(first.directory().file("results.json"));
        ResultRecord failed = withFailure.records().get(1)
                .withoutMeasurement(fanout.harness.model.RecordStatus.FAILED, "fork exited with 130");
        first.directory().writeAtomically("results.json", ResultsJson.write(withFailure.withRecords(
                List.of(withFailure.records().get(0), failed))));

        BenchmarkRun.Summary resumed = run(REQUEST, List.of(JDK17), stopped);

        assertEquals(planned, resumed.document().records().size());
        assertEquals(0, resumed.count(fanout.harness.model.RecordStatus.FAILED), "measured again, not kept");
        assertTrue(resumed.document().run().notes().stream().anyMatch(note -> note.endsWith(
                "after 1 of " + planned + " records; the 1 that had failed are measured again")),
                resumed.document().run().notes().toString());
    }

    /** Once the shutdown hook has taken the records, the loop writes nothing more: the stopped run's report stands. */
    @Test
    void afterTheStopTheLoopWritesNothing() throws Exception {
        BenchmarkRun.Summary first = run(REQUEST, List.of(JDK17), null);
        String before = Files.readString(first.directory().file("results.json"));
        BenchmarkRun.Written written = new BenchmarkRun.Written(first.directory(), first.document());

        assertEquals(first.document(), written.stop());
        assertTrue(!written.write(first.document().withRecords(List.of()), ResultsJson.mapper().createArrayNode()),
                "a write after the stop is refused");
        assertEquals(before, Files.readString(first.directory().file("results.json")));
    }

    /** A run resumed after a newer run finished leaves latest at the newer one. */
    @Test
    void latestStaysAtANewerRun() throws Exception {
        RunDirectory older = RunDirectory.existing(
                Files.createDirectories(results.resolve("runs/2026-01-01T00-00-00Z-full")));
        RunDirectory newer = RunDirectory.existing(
                Files.createDirectories(results.resolve("runs/2026-01-02T00-00-00Z-ci")));
        newer.markLatest();

        assertTrue(!older.markLatestUnlessNewer());
        assertEquals(Path.of("runs/2026-01-02T00-00-00Z-ci"), Files.readSymbolicLink(results.resolve("latest")));
        assertTrue(newer.markLatestUnlessNewer(), "the newest may always be marked");
    }
}
