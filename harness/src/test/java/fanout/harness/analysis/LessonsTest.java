package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.LessonsRun;
import fanout.harness.analysis.cases.Cases;
import fanout.harness.analysis.cases.LessonCase;
import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.jmh.LessonBenchmark.Lesson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lessons, chart 4's and chart 5's analysis, from {@link LessonsRun}'s records whose numbers are known. */
class LessonsTest {
    private static final ResultDocument RUN = LessonsRun.build();
    private static final RunAnalysis ANALYSIS = RunAnalysis.of(RUN);

    private static LessonPair pair(Lesson lesson) {
        return ANALYSIS.lessonPairs().stream().filter(p -> p.lesson() == lesson && p.notMeasured().isEmpty())
                .findFirst().orElseThrow();
    }

    private static String sentence(String start) {
        return ANALYSIS.lessonSentences().stream().filter(s -> s.startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no sentence starting " + start + " in " + ANALYSIS.lessonSentences()));
    }

    @Test
    void eachSideIsItsTimePerInvocationOverTheForksAndTheRatioIsPaired() {
        LessonPair hedging = pair(Lesson.HEDGING);

        assertEquals(LessonsRun.VARIANT_MS, hedging.variant().orElseThrow().center(), 0.01);
        assertEquals(LessonsRun.REFERENCE_MS, hedging.reference().orElseThrow().center(), 0.01);
        assertEquals(LessonsRun.FORKS, hedging.variant().orElseThrow().forks());
        Ratio ratio = hedging.ratio().orElseThrow();
        assertEquals(LessonsRun.VARIANT_MS / LessonsRun.REFERENCE_MS, ratio.value(), 1e-9);
        assertTrue(ratio.byForks());
        assertEquals(LessonPair.Reading.LOWER, hedging.reading().orElseThrow());
    }

    @Test
    void everyLessonHasOneSentenceAndAnUnmeasuredRecordIsListedWithItsReason() {
        assertEquals(Lesson.values().length, ANALYSIS.lessonSentences().size());
        assertEquals(Lesson.values().length + 1, ANALYSIS.lessonPairs().size(), "the unsupported one is listed");
        String pinning = sentence("Blocking inside synchronized");
        assertTrue(pinning.contains("JDK 25 SEMAPHORE(k=64): not measured: UNSUPPORTED: needs JDK 21+"), pinning);
        assertTrue(pinning.contains("JDK 25 VIRTUAL_SCOPE: blocking inside synchronized cost 0.33"), pinning);
        assertTrue(pinning.contains("with 0 pinned events per fan-out of 100 calls — the calls did not pin their "
                + "carriers (JEP 491)"), pinning);
        assertTrue(sentence("Hedging 3 copies under FIXED: VIRTUAL_SCOPE had the first success after 4.00 ms against"
                + " 12.0 ms for one call (0.33").contains("hedging paid"));
    }

    @Test
    void pinningIsReadPerCallWhereEveryCallThatPinsIsAnEvent() {
        String jvm = RUN.run().jvms().get(0).id();
        LessonCase pinning = ((LessonCase) Cases.defaults(Workload.LESSON)).withLesson(Lesson.PINNING);
        for (double perFanOut : new double[] {100, 0.003}) {
            RunAnalysis analysis = RunAnalysis.of(RUN.withRecords(List.of(LessonsRun.lesson(jvm, pinning, 40, 10,
                    perFanOut))));
            String sentence = analysis.lessonSentences().get(0);
            assertTrue(sentence.contains(perFanOut == 100 ? "— the calls pinned their carriers"
                    : "— the calls did not pin their carriers"), sentence);
        }
    }

    @Test
    void lessonExtrasComeFromTheirCounters() {
        assertEquals(0.5, pair(Lesson.COMPLETION_ORDER).extras().medianRatio().orElseThrow().value(), 1e-3);
        LessonPair retry = pair(Lesson.RETRY_TRANSIENT);
        assertEquals(1, retry.extras().variantFailuresPerFanOut().orElseThrow(), 1e-9);
        assertEquals(20, retry.extras().referenceFailuresPerFanOut().orElseThrow(), 1e-9);
        assertEquals(1.25, retry.extras().attemptsPerCall().orElseThrow(), 1e-9);
        assertTrue(sentence("Retrying transient").contains("retrying saved 19.0 failed calls per fan-out"));

        LessonPair cpu = pair(Lesson.CPU_BOUND);
        int cores = CpuBoundLimits.cores(RUN.run(), RUN.run().jvms().get(0).id()); // the host's: the JVM says none
        assertEquals(LessonsRun.CPU_MS / cores, cpu.extras().cpuBoundMs().orElseThrow(), 1e-9);
        assertEquals(LessonsRun.CPU_MS / cores / LessonsRun.VARIANT_MS, cpu.efficiency().orElseThrow(), 1e-3);
        assertFalse(cpu.belowLowerBound());
        assertTrue(sentence("CPU-bound (").contains("on " + cores + " cores; its lower bound (CPU / cores) was 0.75"
                + " of it: no strategy beats the cores"), sentence("CPU-bound ("));
    }

    @Test
    void aVariantFasterThanItsCpuBoundIsFlagged() {
        ResultDocument fast = RUN.withRecords(RUN.records().stream().map(r -> isLesson(r, Lesson.CPU_BOUND)
                ? LessonsRun.lesson(r.jvm(), (LessonCase) Cases.parse(r.benchmark(), r.params()), 1.0, 12.0)
                : r).toList());

        RunAnalysis analysis = RunAnalysis.of(fast);

        assertTrue(analysis.lessonPairs().stream().filter(p -> p.lesson() == Lesson.CPU_BOUND).findFirst()
                .orElseThrow().belowLowerBound());
        assertTrue(analysis.lessonSentences().stream().anyMatch(s -> s.contains("BELOW its lower bound")));
    }

    @Test
    void aWideIntervalAcrossOneGivesNoVerdictAndNoJfrEventIsSaid() {
        List<ResultRecord> records = new ArrayList<>();
        for (ResultRecord r : RUN.records()) {
            if (isLesson(r, Lesson.SHIELD)) {
                // per fork quotients 0.8, 1.0, 1.25: the interval straddles 1 far wider than ±5%
                var counters = new java.util.HashMap<>(r.secondaryForks());
                counters.put(LessonPair.VARIANT_NANOS, List.of(List.of(8e6), List.of(10e6), List.of(12.5e6)));
                counters.put(LessonPair.REFERENCE_NANOS, List.of(List.of(10e6), List.of(10e6), List.of(10e6)));
                counters.put(LessonPair.PAIRS, List.of(List.of(1.0), List.of(1.0), List.of(1.0)));
                records.add(r.withSecondaryForks(counters));
            } else if (isLesson(r, Lesson.PINNING) && r.ok()) {
                var counters = new java.util.HashMap<>(r.secondaryForks());
                counters.put(LessonPair.PINNED_EVENTS, List.of(List.of(-1.0), List.of(-1.0), List.of(-1.0)));
                records.add(r.withSecondaryForks(counters));
            } else {
                records.add(r);
            }
        }
        RunAnalysis analysis = RunAnalysis.of(RUN.withRecords(records));

        String shield = analysis.lessonSentences().stream().filter(s -> s.startsWith("Shielding")).findFirst()
                .orElseThrow();
        assertTrue(shield.contains("the interval is too wide to say"), shield);
        String pinning = analysis.lessonSentences().stream().filter(s -> s.startsWith("Blocking")).findFirst()
                .orElseThrow();
        assertTrue(pinning.contains("no JFR pinning event on this JVM"), pinning);
    }

    @Test
    void chartFourSetsBatchedAgainstSemaphoreAsTheTailGrows() {
        Figure.HeavyTail figure = ANALYSIS.heavyTail().orElseThrow();

        assertEquals(List.of("FIXED", "UNIFORM", "EXPONENTIAL", "LOG_NORMAL", "PARETO"), figure.categories());
        // the sample's FIXED_POOL and VIRTUAL_SCOPE at N = 1000 join them under FIXED, where measured
        assertEquals(List.of("SEMAPHORE(k=64)", "BATCHED(k=64)", "FIXED_POOL(k=64)", "VIRTUAL_SCOPE"),
                figure.bars().stream().map(Series::name).toList());
        assertTrue(Double.isNaN(figure.bars().get(2).points().get(4).y()), "FIXED_POOL was not run under PARETO");
        Series semaphoreBound = figure.lowerBounds().get(0);
        assertEquals("SEMAPHORE(k=64) lower bound", semaphoreBound.name());
        assertEquals(figure.bars().get(0).index(), semaphoreBound.index(), "drawn beside its strategy, in its colour");
        assertEquals(150, semaphoreBound.points().get(4).y(), 1e-9, "each record's own lower bound");
        assertTrue(figure.sentence().startsWith("Under PARETO (N = 1000, mean latency 10 ms), BATCHED(k=64) took"
                + " 1.800× [1.759, 1.842] SEMAPHORE(k=64)'s makespan"), figure.sentence());
        assertTrue(figure.sentence().contains("stragglers hold a whole batch"), figure.sentence());
        assertTrue(figure.sentence().contains("Makespan / lower bound under PARETO: SEMAPHORE(k=64) 1.33,"
                + " BATCHED(k=64) 2.40."), figure.sentence());
    }

    @Test
    void chartFiveDrawsEachPolicyAndCountsTheOrphans() {
        Figure.Failures figure = ANALYSIS.failures().orElseThrow();

        assertEquals(List.of("first · VIRTUAL_SCOPE", "first · SEMAPHORE(k=64)", "last · VIRTUAL_SCOPE",
                "last · SEMAPHORE(k=64)"), figure.categories());
        assertEquals(List.of("COLLECT", "FAIL_FAST", "FIRST_ERROR_NO_CANCEL", "deadline (COLLECT)"),
                figure.bars().stream().map(Series::name).toList());
        assertTrue(figure.orphans().contains("FIRST_ERROR_NO_CANCEL, a failure first, VIRTUAL_SCOPE: returned after"
                + " 1.10 ms and left 999 tasks running for 9.00 ms more (per fan-out that left any)."),
                figure.orphans().toString());
        assertTrue(figure.orphans().contains("FIRST_ERROR_NO_CANCEL, a failure last, SEMAPHORE(k=64): returned after"
                + " 11.0 ms and left no task running."), figure.orphans().toString());
        assertTrue(figure.sentence().contains("a failure first: FAIL_FAST ended SEMAPHORE(k=64)'s fan-out after"
                + " 0.1000× [0.0977, 0.1023] the time COLLECT took"),
                figure.sentence());
        assertTrue(figure.sentence().contains("a hang first: the deadline of 20 ms ended VIRTUAL_SCOPE's fan-out"
                + " after 20.5 ms"), figure.sentence());
        assertTrue(figure.sentence().contains("in 2 of 4 cases"), figure.sentence());
    }

    @Test
    void aRunWithoutThemHasNoLessonsAndNeitherChart() {
        ResultDocument none = RUN.withRecords(RUN.records().stream().filter(r -> !isLesson(r, null)
                && !(r.params().containsKey("fault") && !"NONE".equals(r.params().get("fault")))
                && !(r.params().containsKey("distribution") && !"FIXED".equals(r.params().get("distribution"))))
                .toList());
        RunAnalysis analysis = RunAnalysis.of(none);

        assertEquals(List.of(), analysis.lessonPairs());
        assertEquals(List.of(), analysis.lessonSentences());
        assertTrue(analysis.heavyTail().isEmpty());
        assertTrue(analysis.failures().isEmpty());
    }

    private static boolean isLesson(ResultRecord r, Lesson lesson) {
        return r.benchmark().equals(Workload.LESSON.benchmark())
                && (lesson == null || r.params().get("lesson").equals(lesson.name()));
    }
}
