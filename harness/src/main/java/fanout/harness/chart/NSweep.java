package fanout.harness.chart;

import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Makespan as N grows: the {@linkplain FixedLatencySelection undisturbed} records grouped by label, each series
 * sorted by N with one record per N (the first the run measured), keeping only labels measured at two or more N.
 *
 * @param selection the records the series come from
 * @param series per label, in run order, its records sorted by N
 */
record NSweep(FixedLatencySelection selection, Map<String, List<ResultRecord>> series) {

    static Optional<NSweep> of(ResultDocument doc) {
        return FixedLatencySelection.of(doc, r -> true).map(NSweep::group).filter(s -> !s.series().isEmpty());
    }

    private static NSweep group(FixedLatencySelection selection) {
        Map<String, TreeMap<Double, ResultRecord>> byLabel = new LinkedHashMap<>();
        for (ResultRecord record : selection.records()) {
            byLabel.computeIfAbsent(record.label(), label -> new TreeMap<>())
                    .putIfAbsent(FixedLatencySelection.n(record), record);
        }
        Map<String, List<ResultRecord>> series = new LinkedHashMap<>();
        byLabel.forEach((label, byN) -> {
            if (byN.size() >= 2) {
                series.put(label, List.copyOf(byN.values()));
            }
        });
        return new NSweep(selection, series);
    }

    /** The largest N any series has. */
    double largestN() {
        return series.values().stream().flatMap(List::stream).mapToDouble(FixedLatencySelection::n).max()
                .orElseThrow();
    }

    /** The record of each label at N, for the labels measured there, in series order. */
    List<ResultRecord> at(double n) {
        List<ResultRecord> at = new ArrayList<>();
        for (List<ResultRecord> records : series.values()) {
            records.stream().filter(r -> FixedLatencySelection.n(r) == n).findFirst().ifPresent(at::add);
        }
        return at;
    }

    /** The position of a label in the series, which picks its colour and marker consistently across charts. */
    int index(String label) {
        return new ArrayList<>(series.keySet()).indexOf(label);
    }

    static Comparator<ResultRecord> byScore() {
        return Comparator.comparingDouble(ResultRecord::score);
    }
}
