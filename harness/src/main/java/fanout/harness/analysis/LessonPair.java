package fanout.harness.analysis;

import fanout.harness.analysis.cases.LessonCase;
import fanout.jmh.LessonBenchmark.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One lesson record ({@code LessonBenchmark}): its variant beside its reference, timed in the same forks taking turns
 * (as {@link OverheadPair} times a strategy beside its bare primitive), with the lesson's own readings.
 *
 * <p>Per fork, each side's time per invocation is its summed nanoseconds / the invocations ({@code pairs}); each side
 * is an {@link Estimate} over the forks, and variant / reference is {@link Ratio#ofForkSums} over the forks' sums
 * (the fork is the sample). A record that was not measured (unsupported on this JVM, failed) keeps its reason in
 * {@link #notMeasured()}: it is listed, never dropped.
 *
 * @param jvm the JVM id
 * @param benchmarkCase the case
 * @param variant the variant's time per invocation in ms, over the forks, where measured
 * @param reference the reference's time per invocation in ms, over the forks, where measured
 * @param ratio variant / reference with its interval over the forks, where measured
 * @param extras the lesson's own readings, where measured
 * @param notMeasured why there is no measurement ("UNSUPPORTED: needs JDK 21+", "FAILED: …", "no counters by fork")
 */
public record LessonPair(String jvm, LessonCase benchmarkCase, Optional<Estimate> variant,
        Optional<Estimate> reference, Optional<Ratio> ratio, Extras extras, Optional<String> notMeasured) {

    /** The lesson benchmark's counters (secondary metrics), summed per iteration. */
    public static final String VARIANT_NANOS = "variantNanos";
    public static final String REFERENCE_NANOS = "referenceNanos";
    public static final String PAIRS = "pairs";
    public static final String MEDIAN_NANOS = "medianNanos";
    public static final String VARIANT_FAILURES = "variantFailures";
    public static final String REFERENCE_FAILURES = "referenceFailures";
    public static final String ATTEMPTS = "attempts";
    public static final String VARIANT_CPU_NANOS = "variantCpuNanos";
    public static final String PINNED_EVENTS = "pinnedEvents";

    /**
     * Below this relative half-width an interval that straddles 1 says "no measurable difference"; wider, the run
     * could not tell (as the overhead table's "not resolved", {@link OverheadPair#RESOLUTION}).
     */
    public static final double RESOLUTION = OverheadPair.RESOLUTION;

    /**
     * The readings a lesson adds to its two times; each empty where its lesson does not use it or it was not measured.
     *
     * @param medianRatio COMPLETION_ORDER: time to the ⌈n/2⌉-th outcome / time until the call returned, over the forks
     * @param variantFailuresPerFanOut RETRY_*: calls of the variant that ended failed, per fan-out
     * @param referenceFailuresPerFanOut RETRY_*: calls of the reference that ended failed, per fan-out
     * @param attemptsPerCall RETRY_*: the variant's attempts per call
     * @param cpuBoundMs CPU_BOUND: the variant's lower bound, its CPU time per invocation / the fork's cores, in ms
     * @param cores CPU_BOUND: the cores the bound divides by
     * @param pinnedPerInvocation PINNING: {@code jdk.VirtualThreadPinned} events per variant fan-out
     * @param noPinningEvent PINNING: this JVM has no such JFR event (the counter was -1)
     * @param cpuEfficiency CPU_BOUND: bound / variant time, per fork (Σ CPU / cores / Σ variant time: both of the same
     *     invocations) and over the forks, with its interval; above 1 only if the bound is broken
     */
    public record Extras(Optional<Ratio> medianRatio, OptionalDouble variantFailuresPerFanOut,
            OptionalDouble referenceFailuresPerFanOut, OptionalDouble attemptsPerCall, OptionalDouble cpuBoundMs,
            int cores, OptionalDouble pinnedPerInvocation, boolean noPinningEvent, Optional<Ratio> cpuEfficiency) {

        static final Extras NONE = new Extras(Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), 0, OptionalDouble.empty(), false, Optional.empty());
    }

    /** What a ratio's interval lets a sentence say. */
    public enum Reading {
        /** The whole interval lies below 1: the variant is faster. */
        LOWER,
        /** The whole interval lies above 1: the variant is slower. */
        HIGHER,
        /** The interval straddles 1 and reaches no more than ±5% around the ratio: no measurable difference. */
        SAME,
        /** The interval straddles 1 and is wider than ±5%: the run cannot say. */
        TOO_WIDE,
        /** One fork: its iterations carry no verdict. */
        ONE_FORK;

        public static Reading of(Ratio ratio) {
            return !ratio.byForks() ? ONE_FORK : ratio.below(1) ? LOWER : ratio.above(1) ? HIGHER
                    : ratio.relativeHalfWidth() > RESOLUTION ? TOO_WIDE : SAME;
        }
    }

    /** Every lesson record, in document order, each with its case; unmeasured ones with their reason. */
    public static List<LessonPair> of(List<CaseResult<LessonCase>> lessons, java.util.function.ToIntFunction<String>
            coresOfJvm) {
        List<LessonPair> pairs = new ArrayList<>();
        for (CaseResult<LessonCase> record : lessons) {
            pairs.add(of(record, coresOfJvm.applyAsInt(record.jvm())));
        }
        return List.copyOf(pairs);
    }

    /** One lesson record, its CPU bound (CPU_BOUND) divided by {@code cores}. */
    static LessonPair of(CaseResult<LessonCase> record, int cores) {
        LessonCase c = record.benchmarkCase();
        if (!record.measured()) {
            String reason = record.reason() == null || record.reason().isBlank() ? record.status().name()
                    : record.status().name() + ": " + record.reason();
            return notMeasured(record, reason);
        }
        List<Double> variantNanos = record.secondaryByFork(VARIANT_NANOS);
        List<Double> referenceNanos = record.secondaryByFork(REFERENCE_NANOS);
        List<Double> pairs = record.secondaryByFork(PAIRS);
        Optional<Ratio> ratio = Ratio.ofForkSums(variantNanos, referenceNanos);
        if (ratio.isEmpty() || pairs.size() != variantNanos.size() || pairs.stream().anyMatch(p -> !(p > 0))) {
            return notMeasured(record, "no paired counters by fork in the record");
        }
        double totalPairs = sum(pairs);
        Extras extras = new Extras(
                c.lesson() == Lesson.COMPLETION_ORDER
                        ? Ratio.ofForkSums(record.secondaryByFork(MEDIAN_NANOS), referenceNanos) : Optional.empty(),
                retry(c) ? OptionalDouble.of(sum(record.secondaryByFork(VARIANT_FAILURES)) / totalPairs)
                        : OptionalDouble.empty(),
                retry(c) ? OptionalDouble.of(sum(record.secondaryByFork(REFERENCE_FAILURES)) / totalPairs)
                        : OptionalDouble.empty(),
                retry(c) && c.n() > 0 ? OptionalDouble.of(sum(record.secondaryByFork(ATTEMPTS)) / totalPairs / c.n())
                        : OptionalDouble.empty(),
                cpuBound(c, record, totalPairs, cores), cores,
                pinning(c, record, totalPairs), c.lesson() == Lesson.PINNING
                        && record.secondaryByFork(PINNED_EVENTS).stream().anyMatch(v -> v < 0),
                c.lesson() == Lesson.CPU_BOUND && cores > 0 ? Ratio.ofForkSums(record.secondaryByFork(
                        VARIANT_CPU_NANOS), variantNanos).map(r -> r.scaled(1.0 / cores)) : Optional.empty());
        return new LessonPair(record.jvm(), c, Optional.of(perInvocation(variantNanos, pairs)),
                Optional.of(perInvocation(referenceNanos, pairs)), ratio, extras, Optional.empty());
    }

    private static LessonPair notMeasured(CaseResult<LessonCase> record, String reason) {
        return new LessonPair(record.jvm(), record.benchmarkCase(), Optional.empty(), Optional.empty(),
                Optional.empty(), Extras.NONE, Optional.of(reason));
    }

    private static boolean retry(LessonCase c) {
        return c.lesson() == Lesson.RETRY_TRANSIENT || c.lesson() == Lesson.RETRY_PERMANENT;
    }

    private static OptionalDouble cpuBound(LessonCase c, CaseResult<LessonCase> record, double pairs, int cores) {
        double cpu = sum(record.secondaryByFork(VARIANT_CPU_NANOS));
        return c.lesson() == Lesson.CPU_BOUND && cores > 0 && cpu > 0
                ? OptionalDouble.of(cpu / pairs / cores / 1e6) : OptionalDouble.empty();
    }

    private static OptionalDouble pinning(LessonCase c, CaseResult<LessonCase> record, double pairs) {
        List<Double> events = record.secondaryByFork(PINNED_EVENTS);
        return c.lesson() == Lesson.PINNING && !events.isEmpty() && events.stream().allMatch(v -> v >= 0)
                ? OptionalDouble.of(sum(events) / pairs) : OptionalDouble.empty();
    }

    /** A side's time per invocation in each fork, Σ nanoseconds / Σ invocations, as ms over the forks. */
    private static Estimate perInvocation(List<Double> nanos, List<Double> pairs) {
        List<Double> perFork = new ArrayList<>();
        for (int fork = 0; fork < nanos.size(); fork++) {
            perFork.add(nanos.get(fork) / pairs.get(fork) / 1e6);
        }
        return Estimate.overForks(perFork, "ms");
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    public Lesson lesson() {
        return benchmarkCase.lesson();
    }

    /** What the ratio's interval lets a sentence say, where measured. */
    public Optional<Reading> reading() {
        return ratio.map(Reading::of);
    }

    /**
     * CPU_BOUND: bound / variant time (1.0: as fast as the cores allow), per fork from the same invocations' sums and
     * over the forks, where both are known.
     */
    public OptionalDouble efficiency() {
        return extras.cpuEfficiency().map(r -> OptionalDouble.of(r.value())).orElse(OptionalDouble.empty());
    }

    /** CPU_BOUND: whether the variant ran below its bound in every fork's reading (the interval lies above 1): a bug. */
    public boolean belowLowerBound() {
        return extras.cpuEfficiency().map(r -> r.above(1)).orElse(false);
    }

    /** How a table names the lesson: "CPU_BOUND" as "CPU bound". */
    public String lessonName() {
        String words = lesson().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.replace("cpu", "CPU");
    }
}
