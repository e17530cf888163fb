package fanout.harness.analysis;

import fanout.harness.analysis.cases.OverheadCase;
import fanout.harness.model.Measurement;
import fanout.jmh.StrategyOverheadBenchmark.Implementation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A strategy's code beside the bare JDK primitive it wraps (SPEC §11: at most 5% slower), on one JVM with the same
 * parameters: each side's cost per task, the bytes each allocates per task, and their ratio with its interval.
 *
 * <p>A {@link Implementation#PAIRED} record measured both sides in the same forks, taking turns: the ratio is then
 * {@link Ratio#paired} over each fork's quotient of summed nanoseconds, and each side's cost per task is an interval
 * over the forks. Records of older runs measured each side in forks of its own ({@code STRATEGY} and {@code BARE}):
 * their ratio is Welch's ({@link Ratio#of}), which differs by whatever differed between the two sides' JVMs.
 *
 * @param jvm the JVM id
 * @param benchmarkCase the case, as its STRATEGY side (or its PAIRED record)
 * @param strategy the strategy's side, where measured
 * @param bare the bare primitive's side, where measured
 * @param ratio strategy / bare with its interval, where both sides were measured
 * @param paired whether both sides were measured in the same forks
 * @param notMeasured why a side has no measurement ("not run", "FAILED: …"); empty when both were measured
 */
public record OverheadPair(String jvm, OverheadCase benchmarkCase, Optional<Side> strategy, Optional<Side> bare,
        Optional<Ratio> ratio, boolean paired, Optional<String> notMeasured) {

    /** SPEC §11: strategy code adds at most 5% over its bare primitive. */
    public static final double TARGET = 1.05;
    /**
     * The resolution below which a run is said not to resolve the target (issue 10's smoke criterion): an interval
     * reaching more than 5% either side of its ratio, straddling 1.05, is reported as not resolved instead of as a
     * ratio. SPEC §11 asks ±2% of a publication run; the table prints every interval, so a reader sees which.
     */
    public static final double RESOLUTION = 0.05;

    /** The overhead benchmark's counters (secondary metrics) a paired record carries, summed per iteration. */
    public static final String STRATEGY_NANOS = "strategyNanos";
    public static final String BARE_NANOS = "bareNanos";
    public static final String STRATEGY_BYTES = "strategyBytes";
    public static final String BARE_BYTES = "bareBytes";
    public static final String PAIRS = "pairs";
    public static final String ALLOCATION_PAIRS = "allocationPairs";

    /**
     * One side's cost.
     *
     * @param nanosPerTask its time per task in ns, with an interval over the forks
     * @param bytesPerTask the bytes the JVM allocated per task while it ran, where measured
     */
    public record Side(Estimate nanosPerTask, OptionalDouble bytesPerTask) {}

    /** Whether the target is met, as far as the interval of the ratio says. */
    public enum TargetMet {
        /** The whole ratio interval is at or below the target. */
        YES,
        /** The whole interval is above the target. */
        NO,
        /** The interval straddles the target and reaches no more than ±5% ({@link #RESOLUTION}) around its ratio. */
        UNCLEAR,
        /** The interval straddles the target and is wider than ±5%: the run could not resolve the target. */
        NOT_RESOLVED,
        /** A side has fewer than two forks: its interval is one JVM's iterations, on which no verdict rests. */
        TOO_FEW_FORKS;

        /** How a table says it: "yes", "no", "unclear", "not resolved", "too few forks". */
        public String words() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        /** What {@code ratio}'s interval says of the target ({@link #TARGET}). */
        public static TargetMet of(Ratio ratio) {
            return !ratio.byForks() ? TOO_FEW_FORKS : ratio.atMost(TARGET) ? YES : ratio.above(TARGET) ? NO
                    : ratio.relativeHalfWidth() > RESOLUTION ? NOT_RESOLVED : UNCLEAR;
        }
    }

    /** Every pair of the overhead records, in the order their first record was run. */
    public static List<OverheadPair> of(List<CaseResult<OverheadCase>> overhead) {
        record Key(String jvm, OverheadCase strategyCase) {}
        Map<Key, List<CaseResult<OverheadCase>>> sides = new LinkedHashMap<>();
        for (CaseResult<OverheadCase> record : overhead) {
            OverheadCase c = record.benchmarkCase();
            OverheadCase strategyCase = c.withImplementation(Implementation.STRATEGY);
            sides.computeIfAbsent(new Key(record.jvm(), strategyCase), k -> new ArrayList<>()).add(record);
        }
        List<OverheadPair> pairs = new ArrayList<>();
        sides.forEach((key, records) -> {
            Optional<CaseResult<OverheadCase>> paired = side(records, Implementation.PAIRED);
            pairs.add(paired.isPresent() ? ofPaired(key.jvm(), paired.get())
                    : ofSeparate(key.jvm(), key.strategyCase(), side(records, Implementation.STRATEGY),
                            side(records, Implementation.BARE)));
        });
        return pairs;
    }

    private static Optional<CaseResult<OverheadCase>> side(List<CaseResult<OverheadCase>> records,
            Implementation implementation) {
        return records.stream().filter(r -> r.benchmarkCase().implementation() == implementation).findFirst();
    }

    /** Both sides from one record that timed them in the same forks. */
    static OverheadPair ofPaired(String jvm, CaseResult<OverheadCase> record) {
        OverheadCase c = record.benchmarkCase();
        if (!record.measured()) {
            return new OverheadPair(jvm, c, Optional.empty(), Optional.empty(), Optional.empty(), true,
                    Optional.of(statusOf(record)));
        }
        List<Double> strategyNanos = record.secondaryByFork(STRATEGY_NANOS);
        List<Double> bareNanos = record.secondaryByFork(BARE_NANOS);
        List<Double> pairs = record.secondaryByFork(PAIRS);
        Optional<Ratio> ratio = Ratio.ofForkSums(strategyNanos, bareNanos);
        if (ratio.isEmpty() || strategyNanos.size() != pairs.size() || pairs.stream().anyMatch(p -> !(p > 0))) {
            return new OverheadPair(jvm, c, Optional.empty(), Optional.empty(), Optional.empty(), true,
                    Optional.of("no paired counters by fork in the record"));
        }
        double allocationPairs = sum(record.secondaryByFork(ALLOCATION_PAIRS));
        return new OverheadPair(jvm, c,
                Optional.of(pairedSide(c, strategyNanos, pairs, sum(record.secondaryByFork(STRATEGY_BYTES)),
                        allocationPairs)),
                Optional.of(pairedSide(c, bareNanos, pairs, sum(record.secondaryByFork(BARE_BYTES)),
                        allocationPairs)),
                ratio, true, Optional.empty());
    }

    private static Side pairedSide(OverheadCase c, List<Double> nanosByFork, List<Double> pairsByFork, double bytes,
            double allocationPairs) {
        List<Double> perTask = new ArrayList<>();
        for (int fork = 0; fork < nanosByFork.size(); fork++) {
            perTask.add(nanosByFork.get(fork) / pairsByFork.get(fork) / c.n());
        }
        return new Side(Estimate.overForks(perTask, "ns/task"),
                allocationPairs > 0 ? OptionalDouble.of(bytes / allocationPairs / c.n()) : OptionalDouble.empty());
    }

    /** The sides from records of older runs that measured each in its own forks. */
    static OverheadPair ofSeparate(String jvm, OverheadCase strategyCase, Optional<CaseResult<OverheadCase>> strategy,
            Optional<CaseResult<OverheadCase>> bare) {
        Optional<String> notMeasured = strategy.isEmpty() || bare.isEmpty() ? Optional.of("not run")
                : !strategy.get().measured() ? Optional.of(statusOf(strategy.get()))
                : !bare.get().measured() ? Optional.of(statusOf(bare.get())) : Optional.empty();
        Optional<Ratio> ratio = notMeasured.isPresent() ? Optional.empty()
                : Optional.of(Ratio.of(strategy.get().measurement(), bare.get().measurement()));
        return new OverheadPair(jvm, strategyCase, strategy.filter(CaseResult::measured).map(OverheadPair::separateSide),
                bare.filter(CaseResult::measured).map(OverheadPair::separateSide), ratio, false, notMeasured);
    }

    private static Side separateSide(CaseResult<OverheadCase> record) {
        Measurement perTask = record.measurement().map(value -> TimeUnits.toNanos(value,
                record.measurement().unit()) / record.benchmarkCase().n());
        Estimate estimate = Estimate.of(perTask);
        return new Side(new Estimate(estimate.center(), estimate.lower(), estimate.upper(), estimate.confidence(),
                estimate.forks(), estimate.byFork(), "ns/task"),
                record.allocation().filter(Allocation::perTask).map(a -> OptionalDouble.of(a.bytes()))
                        .orElse(OptionalDouble.empty()));
    }

    private static String statusOf(CaseResult<?> record) {
        return record.reason() == null || record.reason().isBlank() ? record.status().name()
                : record.status().name() + ": " + record.reason();
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Whether the ratio's interval shows the target met, where both sides were measured. */
    public Optional<TargetMet> targetMet() {
        return ratio.map(TargetMet::of);
    }
}
