package fanout.harness;

import fanout.harness.analysis.LessonPair;
import fanout.harness.analysis.cases.Cases;
import fanout.harness.analysis.cases.LessonCase;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.analysis.cases.StrategyChoice;
import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.Measurement;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.jmh.LessonBenchmark.Lesson;
import fanout.strategy.ExecutorKind;
import fanout.strategy.FailurePolicy;
import fanout.strategy.Strategy;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample run with what a smoke profile adds for the lessons section and charts 4 and 5, each record in
 * {@value #FORKS} forks whose numbers are known:
 * <ul>
 *   <li>every lesson with VIRTUAL_SCOPE, whose variant takes {@link #VARIANT_MS} per invocation and reference
 *       {@link #REFERENCE_MS}, times (0.99, 1.00, 1.01) per fork (the ratio variant / reference is then exactly
 *       {@code VARIANT_MS / REFERENCE_MS} in every fork, a point); PINNING's pinned events are 0; CPU_BOUND's CPU time
 *       per invocation is {@link #CPU_MS}; plus an UNSUPPORTED PINNING record of SEMAPHORE;
 *   <li>chart 4: SEMAPHORE and BATCHED at N = 1000 under every distribution, BATCHED {@link #BATCHED_FACTOR} times
 *       SEMAPHORE's makespan under PARETO;
 *   <li>chart 5: VIRTUAL_SCOPE and SEMAPHORE with a failure first and last under COLLECT, FAIL_FAST and
 *       FIRST_ERROR_NO_CANCEL, and the two deadline cases; FIRST_ERROR_NO_CANCEL of a failure first leaves
 *       {@link #ORPHANS} orphans per fan-out for {@link #ORPHAN_MS} ms.
 * </ul>
 */
public final class LessonsRun {
    public static final int FORKS = 3;
    public static final List<Double> SPREAD = List.of(0.99, 1.00, 1.01);
    public static final double VARIANT_MS = 4.0;
    public static final double REFERENCE_MS = 12.0;
    public static final double CPU_MS = 6.0;
    public static final double BATCHED_FACTOR = 1.8;
    public static final double ORPHANS = 999;
    public static final double ORPHAN_MS = 9.0;

    private LessonsRun() {}

    public static ResultDocument build() {
        ResultDocument sample = SampleResults.load();
        String jvm = sample.run().jvms().get(0).id();
        List<ResultRecord> records = new ArrayList<>(sample.records());
        LessonCase defaults = (LessonCase) Cases.defaults(Workload.LESSON);
        for (Lesson lesson : Lesson.values()) {
            records.add(lesson(jvm, defaults.withLesson(lesson), VARIANT_MS, REFERENCE_MS));
        }
        LessonCase unsupported = defaults.withLesson(Lesson.PINNING)
                .withStrategy(new StrategyChoice(Strategy.SEMAPHORE, 64, ExecutorKind.VIRTUAL));
        records.add(ResultRecord.notMeasured(unsupported.benchmark(), unsupported.params(), jvm,
                RecordStatus.UNSUPPORTED, "needs JDK 21+"));

        SimulatedIoCase simulated = ((SimulatedIoCase) Cases.defaults(Workload.SIMULATED_IO)).withN(1000);
        for (LatencyDistribution d : LatencyDistribution.values()) {
            double semaphore = 160 + 10 * d.ordinal();
            records.add(simulated(jvm, simulated.withStrategy(choice(Strategy.SEMAPHORE)).withDistribution(d),
                    semaphore, 150, Map.of()));
            records.add(simulated(jvm, simulated.withStrategy(choice(Strategy.BATCHED)).withDistribution(d),
                    d == LatencyDistribution.PARETO ? semaphore * BATCHED_FACTOR : semaphore * 1.05, 150, Map.of()));
        }
        for (Strategy strategy : List.of(Strategy.VIRTUAL_SCOPE, Strategy.SEMAPHORE)) {
            for (Fault fault : List.of(Fault.FAIL_FIRST, Fault.FAIL_LAST)) {
                for (FailurePolicy policy : FailurePolicy.values()) {
                    double ms = policy == FailurePolicy.COLLECT || fault == Fault.FAIL_LAST ? 11 : 1.1;
                    boolean orphaning = policy == FailurePolicy.FIRST_ERROR_NO_CANCEL && fault == Fault.FAIL_FIRST;
                    records.add(simulated(jvm, simulated.withStrategy(choice(strategy)).withFault(fault, policy), ms,
                            0, orphaning ? Map.of("orphans", ORPHANS, "orphanNanos", ORPHAN_MS * 1e6,
                                    "orphaningFanOuts", 1.0) : Map.of("orphans", 0.0, "orphanNanos", 0.0,
                                    "orphaningFanOuts", 0.0)));
                }
            }
        }
        for (Fault fault : List.of(Fault.HANG_FIRST, Fault.HANG_LAST)) {
            records.add(simulated(jvm, simulated.withStrategy(choice(Strategy.VIRTUAL_SCOPE))
                    .withFault(fault, FailurePolicy.COLLECT).withDeadlineMs(20), 20.5, 20, Map.of()));
        }
        return sample.withRecords(records);
    }

    private static StrategyChoice choice(Strategy strategy) {
        return new StrategyChoice(strategy, 64, ExecutorKind.VIRTUAL);
    }

    /** A lesson record of {@value #FORKS} forks, two iterations of one invocation each. */
    public static ResultRecord lesson(String jvm, LessonCase c, double variantMs, double referenceMs) {
        return lesson(jvm, c, variantMs, referenceMs, 0);
    }

    /** The same, with {@code pinnedPerInvocation} pinned events per invocation. */
    public static ResultRecord lesson(String jvm, LessonCase c, double variantMs, double referenceMs,
            double pinnedPerInvocation) {
        Map<String, List<List<Double>>> counters = new HashMap<>();
        List<List<Double>> variant = new ArrayList<>();
        List<List<Double>> reference = new ArrayList<>();
        List<List<Double>> times = new ArrayList<>();
        for (double f : SPREAD) {
            variant.add(List.of(variantMs * f * 1e6, variantMs * f * 1e6));
            reference.add(List.of(referenceMs * f * 1e6, referenceMs * f * 1e6));
            times.add(List.of((variantMs + referenceMs) * f, (variantMs + referenceMs) * f));
        }
        counters.put(LessonPair.VARIANT_NANOS, variant);
        counters.put(LessonPair.REFERENCE_NANOS, reference);
        counters.put(LessonPair.PAIRS, each(1));
        counters.put(LessonPair.MEDIAN_NANOS, each(c.lesson() == Lesson.COMPLETION_ORDER ? referenceMs / 2 * 1e6 : 0));
        counters.put(LessonPair.VARIANT_FAILURES, each(retry(c) ? 1 : 0));
        counters.put(LessonPair.REFERENCE_FAILURES, each(retry(c) ? 20 : 0));
        counters.put(LessonPair.ATTEMPTS, each(retry(c) ? 125 : 0));
        counters.put(LessonPair.VARIANT_CPU_NANOS, each(c.lesson() == Lesson.CPU_BOUND ? CPU_MS * 1e6 : 0));
        counters.put(LessonPair.PINNED_EVENTS, each(pinnedPerInvocation));
        return ResultRecord.measured(c.benchmark(), c.params(), jvm, new Measurement(variantMs + referenceMs, null,
                null, "ms/op", times, new Measurement.Sampling(FORKS, 1, "200 ms", 2, "200 ms")))
                .withSecondaryForks(counters);
    }

    private static boolean retry(LessonCase c) {
        return c.lesson() == Lesson.RETRY_TRANSIENT || c.lesson() == Lesson.RETRY_PERMANENT;
    }

    /** Every fork's two iterations {@code value} each. */
    private static List<List<Double>> each(double value) {
        return List.of(List.of(value, value), List.of(value, value), List.of(value, value));
    }

    /** A simulated record of {@value #FORKS} forks around {@code ms}, with its lower bound and per-fan-out counters. */
    public static ResultRecord simulated(String jvm, SimulatedIoCase c, double ms, double lowerBoundMs,
            Map<String, Double> perIteration) {
        List<List<Double>> forks = SPREAD.stream().map(f -> List.of(ms * f, ms * f)).toList();
        Map<String, List<List<Double>>> counters = new HashMap<>();
        perIteration.forEach((name, value) -> counters.put(name, each(value)));
        ResultRecord r = ResultRecord.measured(c.benchmark(), c.params(), jvm, new Measurement(ms, null, null,
                "ms/op", forks, new Measurement.Sampling(FORKS, 1, "200 ms", 2, "200 ms")))
                .withSecondaryForks(counters);
        return lowerBoundMs > 0 ? r.withLowerBound(lowerBoundMs) : r;
    }
}
