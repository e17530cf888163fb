package fanout.harness.analysis;

import fanout.harness.analysis.cases.SimulatedIoCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makespan as the limit k grows, for the bounded strategies: the {@linkplain FixedLatencySelection undisturbed}
 * records of SEMAPHORE, BATCHED, FIXED_POOL and BOUNDED_SCOPE at the N measured with the most distinct k (the
 * largest N on a tie), grouped by strategy, each sorted by k with one record per k. Chart 3 draws it.
 *
 * @param selection the records of the bounded strategies
 * @param n the N of every record in the series
 * @param series per strategy, in run order, its records sorted by k
 */
record LimitSweep(FixedLatencySelection selection, int n, Map<String, List<CaseResult<SimulatedIoCase>>> series) {

    /** The sweep of a selection of bounded strategies' records, if some strategy was measured at two or more k. */
    static Optional<LimitSweep> of(FixedLatencySelection selection) {
        Map<Integer, Long> distinctK = selection.records().stream().collect(Collectors.groupingBy(NSweep::n,
                Collectors.collectingAndThen(Collectors.mapping(LimitSweep::k, Collectors.toSet()),
                        ks -> (long) ks.size())));
        int n = distinctK.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        Map<String, TreeMap<Integer, CaseResult<SimulatedIoCase>>> byStrategy = new LinkedHashMap<>();
        selection.records().stream().filter(r -> NSweep.n(r) == n).forEach(r -> byStrategy
                .computeIfAbsent(r.benchmarkCase().strategy().strategy().name(), s -> new TreeMap<>())
                .putIfAbsent(k(r), r));
        Map<String, List<CaseResult<SimulatedIoCase>>> series = new LinkedHashMap<>();
        byStrategy.forEach((strategy, byK) -> series.put(strategy, List.copyOf(byK.values())));
        LimitSweep sweep = new LimitSweep(selection, n, series);
        return series.values().stream().anyMatch(records -> records.size() >= 2) ? Optional.of(sweep)
                : Optional.empty();
    }

    /** Whether a record is of a bounded strategy: what this sweep selects from. */
    static boolean bounded(CaseResult<SimulatedIoCase> record) {
        return record.benchmarkCase().strategy().bounded();
    }

    static int k(CaseResult<SimulatedIoCase> record) {
        return record.benchmarkCase().strategy().limit();
    }

    /** Every record of the series. */
    List<CaseResult<SimulatedIoCase>> records() {
        return series.values().stream().flatMap(List::stream).toList();
    }

    /** The record of each strategy at k, for the strategies measured there. */
    List<CaseResult<SimulatedIoCase>> at(int k) {
        return records().stream().filter(r -> k(r) == k).toList();
    }

    int smallestK() {
        return records().stream().mapToInt(LimitSweep::k).min().orElseThrow();
    }

    int largestK() {
        return records().stream().mapToInt(LimitSweep::k).max().orElseThrow();
    }

    /** Chart 3. */
    Figure.BoundedVsK figure(List<String> provenance) {
        List<Series> measured = new ArrayList<>();
        List<Series> lowerBounds = new ArrayList<>();
        List<Series> models = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<CaseResult<SimulatedIoCase>>> entry : series.entrySet()) {
            List<CaseResult<SimulatedIoCase>> records = entry.getValue();
            measured.add(Series.measured(entry.getKey(), index, records, LimitSweep::k));
            lowerBounds.add(Series.reference(entry.getKey(), index, records, LimitSweep::k, CaseResult::lowerBound));
            models.add(Series.reference(entry.getKey(), index, records, LimitSweep::k, CaseResult::model));
            index++;
        }
        return new Figure.BoundedVsK(n, selection.latencyMs(), records().get(0).measurement().unit(), measured,
                lowerBounds, models, provenance, sentence());
    }

    /**
     * E.g. "At N = 1000 (latency 10 ms), the fastest was SEMAPHORE at k = 16 (636 ± 4 ms/op) and SEMAPHORE at
     * k = 256 (41.8 ± 0.3 ms/op); the lowest efficiency was FIXED_POOL's 0.85 at k = 256."
     */
    private String sentence() {
        StringBuilder sentence = new StringBuilder("At N = ").append(Numbers.count(n))
                .append(" (latency ").append(Numbers.plain(selection.latencyMs())).append(" ms), the fastest was ")
                .append(fastestAt(smallestK())).append(" and ").append(fastestAt(largestK()));
        records().stream().filter(r -> Double.isFinite(r.efficiency()))
                .min(Comparator.comparingDouble(CaseResult::efficiency))
                .ifPresent(r -> sentence.append("; the lowest efficiency was ")
                        .append(r.benchmarkCase().strategy().strategy().name()).append("'s ")
                        .append(Numbers.ratio(r.efficiency())).append(" at k = ").append(Numbers.count(k(r))));
        return sentence.append('.').toString();
    }

    private String fastestAt(int k) {
        CaseResult<SimulatedIoCase> fastest = at(k).stream().min(NSweep.byScore()).orElseThrow();
        return fastest.benchmarkCase().strategy().strategy().name() + " at k = " + Numbers.count(k) + " ("
                + Numbers.estimate(fastest.estimate()) + ")";
    }
}
