package fanout.harness.analysis;

import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.strategy.Strategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Makespan as N grows: the {@linkplain FixedLatencySelection undisturbed} records grouped by label, each series
 * sorted by N with one record per N (the first the run measured), keeping only labels measured at two or more N;
 * and the speedup of each over SEQUENTIAL at the same N. Charts 1 and 2 draw it.
 *
 * @param selection the records the series come from
 * @param series per label, in run order, its records sorted by N
 */
record NSweep(FixedLatencySelection selection, Map<String, List<CaseResult<SimulatedIoCase>>> series) {

    static Optional<NSweep> of(FixedLatencySelection selection) {
        Map<String, TreeMap<Integer, CaseResult<SimulatedIoCase>>> byLabel = new LinkedHashMap<>();
        for (CaseResult<SimulatedIoCase> record : selection.records()) {
            byLabel.computeIfAbsent(record.label(), label -> new TreeMap<>())
                    .putIfAbsent(record.benchmarkCase().n(), record);
        }
        Map<String, List<CaseResult<SimulatedIoCase>>> series = new LinkedHashMap<>();
        byLabel.forEach((label, byN) -> {
            if (byN.size() >= 2) {
                series.put(label, List.copyOf(byN.values()));
            }
        });
        return series.isEmpty() ? Optional.empty() : Optional.of(new NSweep(selection, series));
    }

    static int n(CaseResult<SimulatedIoCase> record) {
        return record.benchmarkCase().n();
    }

    /** The largest N any series has. */
    int largestN() {
        return series.values().stream().flatMap(List::stream).mapToInt(NSweep::n).max().orElseThrow();
    }

    /** The record of each label at N, for the labels measured there, in series order. */
    List<CaseResult<SimulatedIoCase>> at(int n) {
        List<CaseResult<SimulatedIoCase>> at = new ArrayList<>();
        for (List<CaseResult<SimulatedIoCase>> records : series.values()) {
            records.stream().filter(r -> n(r) == n).findFirst().ifPresent(at::add);
        }
        return at;
    }

    /** The position of a label in the series, which picks its colour and marker consistently across charts. */
    int index(String label) {
        return new ArrayList<>(series.keySet()).indexOf(label);
    }

    String unit() {
        return selection.records().get(0).measurement().unit();
    }

    /** Chart 1. */
    Figure.MakespanVsN makespan(List<String> provenance) {
        List<Series> measured = new ArrayList<>();
        List<Series> lowerBounds = new ArrayList<>();
        List<Series> models = new ArrayList<>();
        series.forEach((label, records) -> {
            measured.add(Series.measured(label, index(label), records, NSweep::n));
            lowerBounds.add(Series.reference(label, index(label), records, NSweep::n, CaseResult::lowerBound));
            models.add(Series.reference(label, index(label), records, NSweep::n, CaseResult::model));
        });
        return new Figure.MakespanVsN(selection.latencyMs(), unit(), measured, lowerBounds, models, provenance,
                makespanSentence());
    }

    /**
     * E.g. "At N = 1000 (latency 10 ms), ALL_OF(VIRTUAL) was the fastest at 13.9 ± 0.1 ms/op and SEQUENTIAL the
     * slowest at 10118 ± 60 ms/op; efficiency ranged from 0.21 (ALL_OF(DEFAULT_ASYNC)) to 0.99 (SEQUENTIAL)."
     */
    private String makespanSentence() {
        int n = largestN();
        List<CaseResult<SimulatedIoCase>> at = at(n);
        CaseResult<SimulatedIoCase> fastest = at.stream().min(byScore()).orElseThrow();
        CaseResult<SimulatedIoCase> slowest = at.stream().max(byScore()).orElseThrow();
        StringBuilder sentence = new StringBuilder("At N = ").append(Numbers.count(n))
                .append(" (latency ").append(Numbers.plain(selection.latencyMs())).append(" ms), ");
        if (at.size() == 1) {
            sentence.append("only ").append(fastest.label()).append(" was measured: ").append(score(fastest));
        } else {
            sentence.append(fastest.label()).append(" was the fastest at ").append(score(fastest))
                    .append(" and ").append(slowest.label()).append(" the slowest at ").append(score(slowest));
        }
        List<CaseResult<SimulatedIoCase>> withEfficiency = at.stream()
                .filter(r -> Double.isFinite(r.efficiency())).toList();
        if (!withEfficiency.isEmpty()) {
            Comparator<CaseResult<SimulatedIoCase>> byEfficiency = Comparator.comparingDouble(CaseResult::efficiency);
            CaseResult<SimulatedIoCase> least = withEfficiency.stream().min(byEfficiency).orElseThrow();
            CaseResult<SimulatedIoCase> most = withEfficiency.stream().max(byEfficiency).orElseThrow();
            sentence.append(least == most
                    ? "; its efficiency was " + Numbers.ratio(least.efficiency())
                    : "; efficiency ranged from " + Numbers.ratio(least.efficiency()) + " (" + least.label()
                            + ") to " + Numbers.ratio(most.efficiency()) + " (" + most.label() + ")");
        }
        return sentence.append('.').toString();
    }

    /** One speedup over SEQUENTIAL, with the speedup the two models predict (NaN where either has no model). */
    record Speedup(CaseResult<SimulatedIoCase> record, Ratio value, double model) {
        int n() {
            return NSweep.n(record);
        }

        /** The share of the model's speedup reached, NaN without a model. */
        double shareOfModel() {
            return value.value() / model;
        }
    }

    /** Per label other than SEQUENTIAL, its speedups at the N where SEQUENTIAL was measured too. */
    Map<String, List<Speedup>> speedups() {
        Map<Integer, CaseResult<SimulatedIoCase>> sequential = new LinkedHashMap<>();
        selection.records().stream().filter(NSweep::sequential).forEach(r -> sequential.putIfAbsent(n(r), r));
        Map<String, List<Speedup>> speedups = new LinkedHashMap<>();
        series.forEach((label, records) -> {
            List<Speedup> points = records.stream()
                    .filter(r -> !sequential(r) && sequential.containsKey(n(r)))
                    .map(r -> speedup(r, sequential.get(n(r))))
                    .toList();
            if (!points.isEmpty()) {
                speedups.put(label, points);
            }
        });
        return speedups;
    }

    private static Speedup speedup(CaseResult<SimulatedIoCase> record, CaseResult<SimulatedIoCase> sequential) {
        double model = sequential.model().isPresent() && record.model().isPresent()
                ? sequential.model().get() / record.model().get() : Double.NaN;
        return new Speedup(record, Ratio.of(sequential.measurement(), record.measurement()), model);
    }

    private static boolean sequential(CaseResult<SimulatedIoCase> record) {
        return record.benchmarkCase().strategy().strategy() == Strategy.SEQUENTIAL;
    }

    /** Chart 2, if SEQUENTIAL was measured beside other labels at some N. */
    Optional<Figure.SpeedupVsN> speedup(List<String> provenance) {
        Map<String, List<Speedup>> speedups = speedups();
        if (speedups.isEmpty()) {
            return Optional.empty();
        }
        List<Series> measured = new ArrayList<>();
        List<Series> models = new ArrayList<>();
        speedups.forEach((label, points) -> {
            measured.add(new Series(label, index(label), points.stream().map(s -> new Point(s.n(),
                    s.value().value(), s.value().lower(), s.value().upper())).toList()));
            models.add(new Series(label, index(label), points.stream().filter(s -> Double.isFinite(s.model()))
                    .map(s -> Point.exact(s.n(), s.model())).toList()));
        });
        return Optional.of(new Figure.SpeedupVsN(selection.latencyMs(), measured, models, provenance,
                speedupSentence(speedups)));
    }

    /**
     * E.g. "At N = 1000, ALL_OF(VIRTUAL) gained the most over SEQUENTIAL, 728.7× [719.6, 737.8] (73% of the 1000× its
     * model predicts); the furthest from its model was ALL_OF(DEFAULT_ASYNC), 212× of 1000× (21%)."
     */
    private static String speedupSentence(Map<String, List<Speedup>> speedups) {
        int n = speedups.values().stream().flatMap(List::stream).mapToInt(Speedup::n).max().orElseThrow();
        List<Speedup> at = new ArrayList<>();
        speedups.values().forEach(points -> points.stream().filter(s -> s.n() == n).findFirst().ifPresent(at::add));
        Speedup best = at.stream().max(Comparator.comparingDouble(s -> s.value().value())).orElseThrow();
        StringBuilder sentence = new StringBuilder("At N = ").append(Numbers.count(n)).append(", ")
                .append(best.record().label()).append(" gained the most over SEQUENTIAL, ")
                .append(Numbers.withInterval(best.value().value(), "×", best.value().lower(),
                        best.value().upper()));
        if (Double.isFinite(best.model())) {
            sentence.append(" (").append(percent(best)).append(" of the ").append(Numbers.value(best.model()))
                    .append("× its model predicts)");
        }
        at.stream().filter(s -> Double.isFinite(s.shareOfModel()))
                .min(Comparator.comparingDouble(Speedup::shareOfModel))
                .filter(furthest -> furthest != best)
                .ifPresent(s -> sentence.append("; the furthest from its model was ").append(s.record().label())
                        .append(", ").append(Numbers.value(s.value().value())).append("× of ")
                        .append(Numbers.value(s.model())).append("× (").append(percent(s)).append(')'));
        return sentence.append('.').toString();
    }

    private static String percent(Speedup speedup) {
        return Math.round(100 * speedup.shareOfModel()) + "%";
    }

    private static String score(CaseResult<?> record) {
        return Numbers.estimate(record.estimate());
    }

    static Comparator<CaseResult<?>> byScore() {
        return Comparator.comparingDouble(CaseResult::score);
    }
}
