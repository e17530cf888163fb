package fanout.harness;

import fanout.harness.analysis.OverheadPair;
import fanout.harness.analysis.cases.OverheadCase;
import fanout.harness.analysis.cases.StrategyChoice;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.Measurement;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.RunInfo;
import fanout.jmh.StrategyOverheadBenchmark.Implementation;
import fanout.strategy.ExecutorKind;
import fanout.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sample run with the overhead records a profile writes for chart 8 in place of the sample's own: every strategy
 * at N = 1000, and {@link #SWEPT} at each of {@link #N} as well, each a {@code PAIRED} record of {@value #FORKS} forks
 * on the sample's JVM whose numbers are known:
 * <ul>
 *   <li>the bare primitive's time per task in the forks is {@code bare × (0.98, 1.00, 1.02)}, so its geometric mean
 *       is {@code bare × 0.99997…};
 *   <li>the strategy's is the bare primitive's of the same fork times {@code ratio × (0.99, 1.00, 1.01)}: per fork
 *       quotients whose geometric mean is {@code ratio × 0.99997…};
 *   <li>per task and pair, the bare primitive allocates {@code bytes} and the strategy {@code 1.5 × bytes}.
 * </ul>
 */
public final class OverheadSweepRun {
    /** The strategies swept over N, in run order: what chart 8 draws. */
    public static final List<Strategy> SWEPT = List.of(Strategy.VIRTUAL_SCOPE, Strategy.SEMAPHORE, Strategy.BATCHED);
    public static final List<Integer> N = List.of(1000, 10_000, 100_000, 1_000_000);
    public static final int FORKS = 3;
    /** How the forks of each side spread around its centre. */
    public static final List<Double> BARE_FORKS = List.of(0.98, 1.00, 1.02);
    public static final List<Double> RATIO_FORKS = List.of(0.99, 1.00, 1.01);
    public static final double STRATEGY_BYTES = 1.5;

    /** Per swept strategy, by N: the bare primitive's ns per task. */
    public static final Map<Strategy, List<Double>> BARE = Map.of(
            Strategy.VIRTUAL_SCOPE, List.of(400.0, 420.0, 480.0, 600.0),
            Strategy.SEMAPHORE, List.of(300.0, 300.0, 310.0, 330.0),
            Strategy.BATCHED, List.of(900.0, 950.0, 1000.0, 1100.0));
    /** Per swept strategy, by N: strategy / bare. */
    public static final Map<Strategy, List<Double>> RATIO = Map.of(
            Strategy.VIRTUAL_SCOPE, List.of(1.00, 1.01, 1.02, 1.03),
            Strategy.SEMAPHORE, List.of(0.95, 0.96, 0.96, 0.97),
            Strategy.BATCHED, List.of(1.10, 1.10, 1.10, 1.10));
    /** Per swept strategy, by N: the bare primitive's bytes per task. */
    public static final Map<Strategy, List<Double>> BYTES = Map.of(
            Strategy.VIRTUAL_SCOPE, List.of(200.0, 210.0, 220.0, 230.0),
            Strategy.SEMAPHORE, List.of(100.0, 100.0, 100.0, 100.0),
            Strategy.BATCHED, List.of(50.0, 60.0, 70.0, 80.0));

    private OverheadSweepRun() {}

    /** The sample run with the sweep's overhead records (and none of its own) on its JVM. */
    public static ResultDocument build() {
        return build(true);
    }

    /** As {@link #build()}; without allocation readings (as on JDK 17) where {@code allocation} is false. */
    public static ResultDocument build(boolean allocation) {
        ResultDocument sample = SampleResults.keepRecords(SampleResults.load(), r -> !SampleResults.overhead(r));
        String jvm = sample.run().jvms().get(0).id();
        List<ResultRecord> records = new ArrayList<>(sample.records());
        for (Strategy strategy : Strategy.values()) {
            if (!SWEPT.contains(strategy)) {
                records.add(paired(jvm, strategy, 1000, 500, 1.02, allocation ? 100 : 0));
            }
        }
        records.addAll(sweep(jvm, SWEPT, allocation));
        return sample.withRecords(records);
    }

    /** The sweep's records of {@code strategies} on one JVM. */
    public static List<ResultRecord> sweep(String jvm, List<Strategy> strategies, boolean allocation) {
        List<ResultRecord> records = new ArrayList<>();
        for (Strategy strategy : strategies) {
            for (int i = 0; i < N.size(); i++) {
                records.add(paired(jvm, strategy, N.get(i), BARE.get(strategy).get(i), RATIO.get(strategy).get(i),
                        allocation ? BYTES.get(strategy).get(i) : 0));
            }
        }
        return records;
    }

    /**
     * The sweep on two JVMs: the sample's (JDK 25, with allocation readings) and JDK 17, listed first, which has no
     * VIRTUAL_SCOPE (it needs JDK 21) and no allocation readings; its records are the JDK 25 ones.
     */
    public static ResultDocument onTwoJvms() {
        ResultDocument doc = build();
        RunInfo run = doc.run();
        JvmInfo jdk25 = run.jvms().get(0);
        JvmInfo jdk17 = new JvmInfo("jdk17", "/usr/lib/jvm/java-17-openjdk-amd64/bin/java", "17.0.15",
                "Eclipse Adoptium", "OpenJDK 64-Bit Server VM", "17.0.15+6", jdk25.jvmArgs(), 1, 2);
        List<ResultRecord> records = new ArrayList<>(doc.records());
        records.addAll(sweep("jdk17", List.of(Strategy.SEMAPHORE, Strategy.BATCHED), false));
        RunInfo twoJvms = new RunInfo(run.id(), run.profile(), run.startedAt(), run.finishedAt(), run.complete(),
                records.size(), run.suiteVersion(), run.suiteCommit(), run.host(), List.of(jdk17, jdk25),
                run.notes());
        return ResultDocument.of(twoJvms, records);
    }

    /** The time per task a side's geometric mean over the forks gives, for a centre and the forks' spread. */
    public static double overForks(double centre, List<Double> spread) {
        return centre * Math.exp(spread.stream().mapToDouble(Math::log).average().orElseThrow());
    }

    /**
     * A paired record of {@value #FORKS} forks of two iterations of one pair each: per fork the bare primitive's
     * nanoseconds {@code bare × N × BARE_FORKS[f] × 2}, the strategy's those times {@code ratio × RATIO_FORKS[f]};
     * bytes per task and pair {@code bytes} and {@code STRATEGY_BYTES × bytes} (no reading where {@code bytes} is 0).
     */
    public static ResultRecord paired(String jvm, Strategy strategy, int n, double bare, double ratio,
            double bytes) {
        OverheadCase c = new OverheadCase(new StrategyChoice(strategy, 64, ExecutorKind.VIRTUAL),
                Implementation.PAIRED, n, 0);
        double pairs = 2;
        List<List<Double>> bareNanos = new ArrayList<>();
        List<List<Double>> strategyNanos = new ArrayList<>();
        List<List<Double>> pairTimes = new ArrayList<>();
        for (int fork = 0; fork < FORKS; fork++) {
            double bareFork = bare * n * BARE_FORKS.get(fork) * pairs;
            double strategyFork = bareFork * ratio * RATIO_FORKS.get(fork);
            bareNanos.add(halves(bareFork));
            strategyNanos.add(halves(strategyFork));
            pairTimes.add(halves((bareFork + strategyFork) / 1000 / pairs)); // µs per pair, each iteration alike
        }
        List<List<Double>> pairCounts = List.of(halves(pairs), halves(pairs), halves(pairs));
        List<List<Double>> allocationPairs = bytes > 0 ? pairCounts : List.of(halves(0), halves(0), halves(0));
        Map<String, List<List<Double>>> counters = Map.of(
                OverheadPair.STRATEGY_NANOS, strategyNanos,
                OverheadPair.BARE_NANOS, bareNanos,
                OverheadPair.PAIRS, pairCounts,
                OverheadPair.ALLOCATION_PAIRS, allocationPairs,
                OverheadPair.STRATEGY_BYTES, List.of(halves(STRATEGY_BYTES * bytes * n * pairs),
                        halves(STRATEGY_BYTES * bytes * n * pairs), halves(STRATEGY_BYTES * bytes * n * pairs)),
                OverheadPair.BARE_BYTES, List.of(halves(bytes * n * pairs), halves(bytes * n * pairs),
                        halves(bytes * n * pairs)));
        return ResultRecord.measured(c.benchmark(), c.params(), jvm,
                new Measurement(pairTimes.get(1).get(0), null, null, "us/op", pairTimes,
                        new Measurement.Sampling(FORKS, 1, "500 ms", 2, "500 ms"))).withSecondaryForks(counters);
    }

    /** A fork's total split over its two iterations. */
    private static List<Double> halves(double total) {
        return List.of(total / 2, total / 2);
    }
}
