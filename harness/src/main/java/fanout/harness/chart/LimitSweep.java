package fanout.harness.chart;

import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makespan as the limit k grows, for the bounded strategies: the {@linkplain FixedLatencySelection undisturbed}
 * records of SEMAPHORE, BATCHED, FIXED_POOL and BOUNDED_SCOPE at the N measured with the most distinct k (the
 * largest N on a tie), grouped by strategy, each sorted by k with one record per k.
 *
 * @param selection the records of the bounded strategies
 * @param n the N of every record in the series
 * @param series per strategy, in run order, its records sorted by k
 */
record LimitSweep(FixedLatencySelection selection, double n, Map<String, List<ResultRecord>> series) {

    static final Set<String> BOUNDED = Set.of("SEMAPHORE", "BATCHED", "FIXED_POOL", "BOUNDED_SCOPE");

    static Optional<LimitSweep> of(ResultDocument doc) {
        return FixedLatencySelection.of(doc, r -> BOUNDED.contains(r.strategy())
                        && Double.isFinite(Measurement.param(r, "limit")))
                .map(LimitSweep::atBusiestN)
                .filter(sweep -> sweep.series().values().stream().anyMatch(records -> records.size() >= 2));
    }

    private static LimitSweep atBusiestN(FixedLatencySelection selection) {
        Map<Double, Long> distinctK = selection.records().stream().collect(Collectors.groupingBy(
                FixedLatencySelection::n, Collectors.collectingAndThen(
                        Collectors.mapping(r -> Measurement.param(r, "limit"), Collectors.toSet()),
                        ks -> (long) ks.size())));
        double n = distinctK.entrySet().stream()
                .max(Map.Entry.<Double, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        Map<String, TreeMap<Double, ResultRecord>> byStrategy = new LinkedHashMap<>();
        selection.records().stream().filter(r -> FixedLatencySelection.n(r) == n).forEach(r -> byStrategy
                .computeIfAbsent(r.strategy(), s -> new TreeMap<>()).putIfAbsent(k(r), r));
        Map<String, List<ResultRecord>> series = new LinkedHashMap<>();
        byStrategy.forEach((strategy, byK) -> series.put(strategy, List.copyOf(byK.values())));
        return new LimitSweep(selection, n, series);
    }

    static double k(ResultRecord record) {
        return Measurement.param(record, "limit");
    }

    /** Every record of the series. */
    List<ResultRecord> records() {
        return series.values().stream().flatMap(List::stream).toList();
    }

    /** The record of each strategy at k, for the strategies measured there. */
    List<ResultRecord> at(double k) {
        return records().stream().filter(r -> k(r) == k).toList();
    }

    double smallestK() {
        return records().stream().mapToDouble(LimitSweep::k).min().orElseThrow();
    }

    double largestK() {
        return records().stream().mapToDouble(LimitSweep::k).max().orElseThrow();
    }

    static Comparator<ResultRecord> byScore() {
        return Comparator.comparingDouble(ResultRecord::score);
    }
}
