package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.LessonsRun;
import fanout.harness.SampleResults;
import fanout.harness.analysis.cases.LessonCase;
import fanout.jmh.LessonBenchmark.Lesson;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.RunInfo;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The report's answer: per situation the fastest strategy, its margin over the next with an interval over the forks,
 * and a call that is clear only where the forks tell the strategies apart. Built on one sample record, copied under
 * other strategies and scaled, so that the margins are known exactly.
 */
class AnswerTest {
    private static final ResultDocument SAMPLE = SampleResults.load();
    /** A measured simulated-I/O record of the sample, in five forks, to copy. */
    private static final ResultRecord BASE = SampleResults.inForks(SAMPLE.records().stream()
            .filter(r -> SampleResults.simulated(r) && r.ok() && "NONE".equals(r.params().get("fault"))
                    && "FIXED".equals(r.params().get("distribution")))
            .findFirst().orElseThrow(), 5);

    private static ResultRecord as(String strategy, String executor, int limit, double factor) {
        ResultRecord r = SampleResults.withParam(SampleResults.withParam(SampleResults.withParam(BASE, "strategy",
                strategy), "executor", executor), "limit", String.valueOf(limit));
        return SampleResults.scaled(r, factor);
    }

    private static Answer answer(List<ResultRecord> records, int defaultAsyncParallelism) {
        RunInfo run = SAMPLE.run();
        List<JvmInfo> jvms = run.jvms().stream().map(j -> new JvmInfo(j.id(), j.path(), j.version(), j.vendor(),
                j.vmName(), j.vmVersion(), j.jvmArgs(), defaultAsyncParallelism, j.cores(), j.host(), j.run()))
                .toList();
        RunInfo withJvms = new RunInfo(run.id(), run.profile(), run.startedAt(), run.finishedAt(), run.complete(),
                run.planned(), run.suiteVersion(), run.suiteCommit(), run.host(), jvms, run.notes());
        return RunAnalysis.of(SAMPLE.withRun(withJvms).withRecords(records.stream()
                .map(r -> r.withJvm(jvms.get(0).id())).toList())).answer();
    }

    @Test
    void aMarginTheForksTellApartIsAClearCall() {
        Answer answer = answer(List.of(as("SEMAPHORE", "VIRTUAL", 64, 2.0), as("VIRTUAL_SCOPE", "VIRTUAL", 64, 1.0)),
                0);

        Answer.Call call = answer.calls().get(0);
        assertEquals("VIRTUAL_SCOPE", call.fastest().strategy());
        assertEquals("SEMAPHORE(k=64)", call.next().orElseThrow().strategy());
        Ratio margin = call.margin().orElseThrow();
        assertEquals(2.0, margin.value(), 1e-9);
        assertTrue(margin.lower() > 1, "the interval excludes 1: " + margin);
        assertTrue(call.clear());
        assertEquals(1 - Answer.ALPHA, answer.confidence(), 1e-12, "one comparison: no correction");
        assertEquals(1, answer.calls().size(), "SEMAPHORE alone at its k is no comparison");
    }

    /** A/A: the same measurement under two names is never a clear call. */
    @Test
    void theSameMeasurementTwiceIsTooCloseToCall() {
        Answer answer = answer(List.of(as("SEMAPHORE", "VIRTUAL", 64, 1.0), as("VIRTUAL_SCOPE", "VIRTUAL", 64, 1.0),
                as("SEQUENTIAL", "VIRTUAL", 64, 9.0)), 0);

        Answer.Call call = answer.calls().get(0);
        assertFalse(call.clear());
        assertEquals(1, call.tied().size(), "the copy is tied with the fastest, SEQUENTIAL is not: " + call.tied());
        assertEquals(1 - Answer.ALPHA / 2, answer.confidence(), 1e-12, "two comparisons, simultaneous");
        assertTrue(answer.summary().get(0).contains("were fastest or not told apart from the fastest in 1 of the 1"),
                answer.summary().toString());
    }

    /** The leader is who led most often, not a strategy measured in one situation only that led there. */
    @Test
    void theSummaryNamesTheStrategyThatLedInTheMostSituations() {
        Answer answer = answer(List.of(
                at(10, as("VIRTUAL_SCOPE", "VIRTUAL", 64, 1.0)), at(10, as("SEMAPHORE", "VIRTUAL", 64, 2.0)),
                at(100, as("VIRTUAL_SCOPE", "VIRTUAL", 64, 1.0)), at(100, as("SEMAPHORE", "VIRTUAL", 64, 2.0)),
                at(1000, as("FIXED_POOL", "VIRTUAL", 8, 1.0)), at(1000, as("VIRTUAL_SCOPE", "VIRTUAL", 64, 2.0))), 0);

        assertEquals(3, answer.calls().size(), answer.calls().toString());
        assertTrue(answer.summary().get(0).contains(": VIRTUAL_SCOPE was fastest or not told apart from the fastest"
                + " in 2 of the 3 situations it ran in"), answer.summary().toString());
    }

    private static ResultRecord at(int n, ResultRecord record) {
        return SampleResults.withParam(record, "n", String.valueOf(n));
    }

    @Test
    void boundedStrategiesGetACallOfTheirOwnPerLimitWhereUnboundedOnesRanToo() {
        Answer answer = answer(List.of(as("VIRTUAL_SCOPE", "VIRTUAL", 64, 1.0), as("SEMAPHORE", "VIRTUAL", 16, 3.0),
                as("BATCHED", "VIRTUAL", 16, 4.0), as("SEMAPHORE", "VIRTUAL", 256, 1.5)), 0);

        List<Answer.Call> limited = answer.calls().stream().filter(c -> c.limit().isPresent()).toList();
        assertEquals(1, limited.size(), "k = 16 has two bounded strategies, k = 256 one: " + limited);
        assertEquals(OptionalInt.of(16), limited.get(0).limit());
        assertEquals("SEMAPHORE(k=16)", limited.get(0).fastest().strategy());
        assertEquals(4.0 / 3.0, limited.get(0).margin().orElseThrow().value(), 1e-9);

        Answer onlyBounded = answer(List.of(as("SEMAPHORE", "VIRTUAL", 16, 3.0), as("BATCHED", "VIRTUAL", 16, 4.0)),
                0);
        assertEquals(1, onlyBounded.calls().size(), "where all are bounded at k, the call is not repeated");
    }

    @Test
    void withTooFewForksThereIsNoCall() {
        ResultRecord oneFork = SampleResults.inForks(as("SEMAPHORE", "VIRTUAL", 64, 2.0), 1);
        Answer answer = answer(List.of(oneFork, SampleResults.inForks(as("VIRTUAL_SCOPE", "VIRTUAL", 64, 1.0), 1)), 0);

        assertFalse(answer.calls().get(0).byForks());
        assertFalse(answer.calls().get(0).clear());
        assertEquals(List.of(), answer.summary(), "no call, nothing to sum up");
    }

    /** JDK-8319447: on a common pool of one thread ALL_OF(DEFAULT_ASYNC) runs the calls one at a time. */
    @Test
    void theDefaultAsyncExecutorOnOneThreadIsAPitfallOnlyWhereItIsOne() {
        List<ResultRecord> records = List.of(as("ALL_OF", "DEFAULT_ASYNC", 64, 50.0),
                as("VIRTUAL_SCOPE", "VIRTUAL", 64, 1.0));

        List<String> onOne = answer(records, 1).pitfalls();
        assertEquals(1, onOne.size(), onOne.toString());
        assertTrue(onOne.get(0).startsWith("ALL_OF(DEFAULT_ASYNC) on ") && onOne.get(0).contains("one at a time: "
                + "50.000×"), onOne.get(0));
        assertEquals(List.of(), answer(records, 0).pitfalls(), "a thread per task: not that pitfall");
    }

    /**
     * A pitfall is listed where the run's reading shows it, not because it was measured: the fixture's lessons all
     * ran faster than their references (no pitfall), its batches lost to the semaphore and its FIRST_ERROR_NO_CANCEL
     * left tasks running (two pitfalls); a lesson made slower than its reference is then listed too.
     */
    @Test
    void aPitfallIsListedOnlyWhereTheReadingShowsIt() {
        ResultDocument lessons = LessonsRun.build();
        List<String> pitfalls = RunAnalysis.of(lessons).answer().pitfalls();
        assertEquals(2, pitfalls.size(), pitfalls.toString());
        assertTrue(pitfalls.get(0).startsWith("Heavy tails: "), pitfalls.get(0));
        assertTrue(pitfalls.get(1).startsWith("gather without return_exceptions: "), pitfalls.get(1));

        ResultDocument slower = SampleResults.mapRecords(lessons, r -> SampleResults.caseOf(r) instanceof LessonCase c
                        && c.lesson() == Lesson.UNCANCELLABLE_FAIL_FAST,
                r -> LessonsRun.lesson(r.jvm(), (LessonCase) SampleResults.caseOf(r), LessonsRun.REFERENCE_MS,
                        LessonsRun.VARIANT_MS));
        List<String> withLesson = RunAnalysis.of(slower).answer().pitfalls();
        assertEquals(3, withLesson.size(), withLesson.toString());
        assertTrue(withLesson.get(2).startsWith("Tasks that ignore interrupts, under FAIL_FAST: "), withLesson.get(2));

        ResultDocument barelySlower = SampleResults.mapRecords(lessons, r -> SampleResults.caseOf(r)
                        instanceof LessonCase c && c.lesson() == Lesson.UNCANCELLABLE_FAIL_FAST,
                r -> LessonsRun.lesson(r.jvm(), (LessonCase) SampleResults.caseOf(r), LessonsRun.REFERENCE_MS * 1.02,
                        LessonsRun.REFERENCE_MS));
        assertEquals(2, RunAnalysis.of(barelySlower).answer().pitfalls().size(),
                "2% slower, within the noise threshold: measurable, but no pitfall");
    }

    /** A run of several JVMs draws chart 4 and 5 on one of them: their pitfalls say which. */
    @Test
    void aPitfallFromOneJvmOfSeveralNamesIt() {
        ResultDocument lessons = LessonsRun.build();
        RunInfo run = lessons.run();
        JvmInfo measured = run.jvms().get(0);
        JvmInfo other = new JvmInfo("other", "/nowhere", "17.0.15", "test", "OpenJDK 64-Bit Server VM", "17.0.15",
                List.of(), 1, 2, measured.host(), measured.run());
        List<JvmInfo> both = List.of(measured, other);
        ResultDocument twoJvms = lessons.withRun(new RunInfo(run.id(), run.profile(), run.startedAt(),
                run.finishedAt(), run.complete(), run.planned(), run.suiteVersion(), run.suiteCommit(), run.host(),
                both, run.notes()));

        List<String> pitfalls = RunAnalysis.of(twoJvms).answer().pitfalls();
        String on = " on JDK " + measured.version() + ": ";
        assertTrue(pitfalls.get(0).startsWith("Heavy tails" + on), pitfalls.get(0));
        assertTrue(pitfalls.get(1).startsWith("gather without return_exceptions" + on), pitfalls.get(1));
    }
}
