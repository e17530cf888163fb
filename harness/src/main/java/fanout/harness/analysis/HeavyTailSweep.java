package fanout.harness.analysis;

import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.strategy.FailurePolicy;
import fanout.strategy.Strategy;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The records chart 4 draws (SPEC §7: heavy-tailed latency): BATCHED against SEMAPHORE at the same k, and FIXED_POOL
 * and VIRTUAL_SCOPE where measured, as the latency distribution's tail grows (FIXED, UNIFORM, EXPONENTIAL,
 * LOG_NORMAL, PARETO), at one N ({@link #N}, chart 3's) with no fault, COLLECT and no deadline, on one JVM and one
 * mean latency (those with the most such records).
 *
 * @param jvm the JVM drawn
 * @param latencyMs the mean latency of every record
 * @param limit the k of every bounded strategy drawn
 * @param distributions the distributions measured, in the order of the tail
 * @param records per label (in {@link #STRATEGIES} order), per distribution, its record
 */
record HeavyTailSweep(String jvm, double latencyMs, int limit, List<LatencyDistribution> distributions,
        Map<String, Map<LatencyDistribution, CaseResult<SimulatedIoCase>>> records) {

    /** The N of chart 4: the bounded strategies' sweep N ({@code Profile.BOUNDED_N}). */
    static final int N = 1000;
    /** The strategies drawn, in legend order. */
    static final List<Strategy> STRATEGIES = List.of(Strategy.SEMAPHORE, Strategy.BATCHED, Strategy.FIXED_POOL,
            Strategy.VIRTUAL_SCOPE);
    /** The distributions in the order their tails grow. */
    static final List<LatencyDistribution> ORDER = List.of(LatencyDistribution.FIXED, LatencyDistribution.UNIFORM,
            LatencyDistribution.EXPONENTIAL, LatencyDistribution.LOG_NORMAL, LatencyDistribution.PARETO);

    /** The sweep, if SEMAPHORE and BATCHED were measured at one k under two or more distributions. */
    static Optional<HeavyTailSweep> of(List<CaseResult<SimulatedIoCase>> simulated, ToIntFunction<String> feature) {
        List<CaseResult<SimulatedIoCase>> candidates = simulated.stream().filter(r -> {
            SimulatedIoCase c = r.benchmarkCase();
            return c.n() == N && c.fault() == Fault.NONE && c.policy() == FailurePolicy.COLLECT && c.deadlineMs() == 0
                    && STRATEGIES.contains(c.strategy().strategy()) && r.measured();
        }).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String jvm = FixedLatencySelection.jvmWithMostRecords(candidates, feature);
        List<CaseResult<SimulatedIoCase>> ofJvm = candidates.stream().filter(r -> r.jvm().equals(jvm)).toList();
        double latency = FixedLatencySelection.mostCommon(ofJvm, r -> r.benchmarkCase().latencyMs(),
                Comparator.<Double>reverseOrder());
        List<CaseResult<SimulatedIoCase>> atLatency = ofJvm.stream()
                .filter(r -> r.benchmarkCase().latencyMs() == latency).toList();
        List<CaseResult<SimulatedIoCase>> bounded = atLatency.stream()
                .filter(r -> r.benchmarkCase().strategy().strategy() == Strategy.BATCHED).toList();
        if (bounded.isEmpty()) {
            return Optional.empty();
        }
        int k = FixedLatencySelection.mostCommon(bounded, r -> r.benchmarkCase().strategy().limit(),
                Comparator.<Integer>reverseOrder());
        Map<String, Map<LatencyDistribution, CaseResult<SimulatedIoCase>>> byLabel = new LinkedHashMap<>();
        for (Strategy strategy : STRATEGIES) {
            for (LatencyDistribution distribution : ORDER) {
                atLatency.stream().filter(r -> r.benchmarkCase().strategy().strategy() == strategy
                        && r.benchmarkCase().distribution() == distribution
                        && (!strategy.bounded() || r.benchmarkCase().strategy().limit() == k)).findFirst()
                        .ifPresent(r -> byLabel.computeIfAbsent(r.label(), l -> new LinkedHashMap<>())
                                .put(distribution, r));
            }
        }
        List<LatencyDistribution> distributions = ORDER.stream()
                .filter(d -> byLabel.values().stream().anyMatch(m -> m.containsKey(d))).toList();
        boolean bothSides = byLabel.keySet().stream().filter(l -> l.startsWith(Strategy.SEMAPHORE.name())
                || l.startsWith(Strategy.BATCHED.name())).count() == 2;
        return distributions.size() >= 2 && bothSides
                ? Optional.of(new HeavyTailSweep(jvm, latency, k, distributions, byLabel)) : Optional.empty();
    }

    Figure.HeavyTail figure(List<String> provenance) {
        List<String> categories = distributions.stream().map(Enum::name).toList();
        List<Series> bars = new ArrayList<>();
        List<Series> bounds = new ArrayList<>();
        String unit = "";
        for (Map.Entry<String, Map<LatencyDistribution, CaseResult<SimulatedIoCase>>> label : records.entrySet()) {
            List<Point> points = new ArrayList<>();
            List<Point> bound = new ArrayList<>();
            for (int i = 0; i < distributions.size(); i++) {
                CaseResult<SimulatedIoCase> r = label.getValue().get(distributions.get(i));
                points.add(r == null ? new Point(i, Double.NaN, Double.NaN, Double.NaN) : Point.of(i, r.estimate()));
                double b = r == null ? Double.NaN : r.lowerBound().orElse(Double.NaN);
                bound.add(new Point(i, b, b, b));
                if (r != null) {
                    unit = r.measurement().unit();
                }
            }
            Strategy strategy = label.getValue().values().iterator().next().benchmarkCase().strategy().strategy();
            bars.add(new Series(label.getKey(), strategy.ordinal(), points));
            if (bound.stream().anyMatch(p -> Double.isFinite(p.y()))) {
                bounds.add(new Series(label.getKey() + " lower bound", strategy.ordinal(), bound));
            }
        }
        return new Figure.HeavyTail(N, latencyMs, unit, categories, bars, bounds, provenance, sentence());
    }

    private Optional<CaseResult<SimulatedIoCase>> of(Strategy strategy, LatencyDistribution distribution) {
        return records.values().stream().map(m -> m.get(distribution))
                .filter(r -> r != null && r.benchmarkCase().strategy().strategy() == strategy).findFirst();
    }

    /** The most tailed distribution with both BATCHED and SEMAPHORE measured, else the most tailed. */
    private LatencyDistribution heaviestWithBoth() {
        LatencyDistribution tail = distributions.get(distributions.size() - 1);
        for (LatencyDistribution d : distributions) {
            if (of(Strategy.BATCHED, d).isPresent() && of(Strategy.SEMAPHORE, d).isPresent()) {
                tail = d; // the last, most tailed, with both
            }
        }
        return tail;
    }

    /** Whether, under the heaviest tail measured, BATCHED was clearly slower than SEMAPHORE: the pitfall shown. */
    boolean stragglersHoldBatches() {
        return batchedOverSemaphore(heaviestWithBoth())
                .filter(ratio -> LessonPair.Reading.of(ratio) == LessonPair.Reading.HIGHER).isPresent();
    }

    /** BATCHED's makespan / SEMAPHORE's under {@code distribution}, where both were measured. */
    private Optional<Ratio> batchedOverSemaphore(LatencyDistribution distribution) {
        Optional<CaseResult<SimulatedIoCase>> batched = of(Strategy.BATCHED, distribution);
        Optional<CaseResult<SimulatedIoCase>> semaphore = of(Strategy.SEMAPHORE, distribution);
        return batched.isPresent() && semaphore.isPresent()
                ? Optional.of(Ratio.of(batched.get().measurement(), semaphore.get().measurement()))
                : Optional.empty();
    }

    /**
     * "Under PARETO (N = 1000, mean latency 10 ms), BATCHED(k=64) took 1.80× [1.62, 2.01] SEMAPHORE(k=64)'s makespan:
     * stragglers hold a whole batch. Makespan / lower bound under PARETO: SEMAPHORE(k=64) 1.02, BATCHED(k=64) 1.10."
     */
    String sentence() {
        LatencyDistribution tail = heaviestWithBoth();
        LatencyDistribution worst = tail;
        StringBuilder sentence = new StringBuilder("Under " + tail + " (N = " + Numbers.count(N) + ", mean latency "
                + Numbers.plain(latencyMs) + " ms), ");
        Optional<Ratio> measured = batchedOverSemaphore(worst);
        if (measured.isPresent()) {
            Ratio ratio = measured.get();
            sentence.append(of(Strategy.BATCHED, worst).orElseThrow().label()).append(" took ")
                    .append(Numbers.withInterval(ratio.value(), "×", ratio.lower(), ratio.upper())).append(" ")
                    .append(of(Strategy.SEMAPHORE, worst).orElseThrow().label()).append("'s makespan");
            sentence.append(switch (LessonPair.Reading.of(ratio)) {
                case HIGHER -> ": stragglers hold a whole batch";
                case LOWER -> ": batches cost nothing here";
                case SAME -> ": no measurable difference";
                case TOO_WIDE -> ": the interval is too wide to say which is faster";
                case ONE_FORK -> " (one fork: no interval to judge by)";
            });
        } else {
            sentence.append("BATCHED and SEMAPHORE were not both measured");
        }
        List<String> bounds = new ArrayList<>();
        records.values().forEach(m -> {
            CaseResult<SimulatedIoCase> r = m.get(worst);
            if (r != null && Double.isFinite(r.efficiency())) {
                bounds.add(r.label() + " " + Numbers.ratio(1 / r.efficiency()));
            }
        });
        sentence.append(".");
        if (!bounds.isEmpty()) {
            sentence.append(" Makespan / lower bound under ").append(tail).append(": ")
                    .append(String.join(", ", bounds)).append(".");
        }
        return sentence.toString();
    }
}
