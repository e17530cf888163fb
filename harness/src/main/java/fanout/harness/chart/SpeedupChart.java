package fanout.harness.chart;

import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;

/**
 * <b>How many times faster than running the calls one after another is each strategy, as N grows, and how much
 * of the possible gain does it get?</b>
 *
 * <p>Speedup over SEQUENTIAL (the SEQUENTIAL record at the same N and latency as denominator, errors propagated
 * from both intervals) against N on log-log axes, with the ideal speedup (SEQUENTIAL's ideal over the strategy's
 * ideal) as a dashed line of the same colour. Same records as {@link MakespanVsNChart}; a label keeps its colour
 * across the two charts.
 */
public final class SpeedupChart implements FanoutChart {
    private static final String BASELINE = "SEQUENTIAL";

    @Override
    public String id() {
        return "speedup";
    }

    @Override
    public String title() {
        return "Speedup over SEQUENTIAL vs N";
    }

    @Override
    public boolean hasData(ResultDocument doc) {
        return NSweep.of(doc).map(SpeedupChart::speedups).filter(s -> !s.isEmpty()).isPresent();
    }

    @Override
    public XYChart getChart(ResultDocument doc) {
        NSweep sweep = NSweep.of(doc).orElseThrow(this::noData);
        Map<String, List<Speedup>> speedups = speedups(sweep);
        if (speedups.isEmpty()) {
            throw noData();
        }
        PlotLines lines = new PlotLines();
        speedups.forEach((label, points) -> {
            int index = sweep.index(label);
            lines.measured(label, values(points, Speedup::n), values(points, Speedup::value),
                    values(points, Speedup::error), index);
            List<Speedup> withIdeal = points.stream().filter(s -> Double.isFinite(s.ideal())).toList();
            lines.ideal(label, values(withIdeal, Speedup::n), values(withIdeal, Speedup::ideal), index);
        });

        // Create Chart
        XYChart chart = ChartStyle.newChart(
                title() + ": simulated I/O, fixed latency " + Numbers.plain(sweep.selection().latencyMs())
                        + " ms per task",
                "N (tasks per fan-out, log scale)", "speedup over SEQUENTIAL (×, log scale)", true, true,
                Provenance.lines(doc, sweep.selection().jvm()),
                lines.legendNote("ideal speedup (SEQUENTIAL's ideal / the strategy's)"));

        // Series
        lines.addTo(chart);

        // Customize Chart (after the series: which ticks to label depends on their range)
        ChartStyle.labelLogTicks(chart);
        return chart;
    }

    /**
     * E.g. "At N = 1000, ALL_OF(VIRTUAL) gained the most over SEQUENTIAL, 728.7 ± 6.5× (73% of its ideal 1000×);
     * the furthest from its ideal was ALL_OF(DEFAULT_ASYNC), 212× of 1000× (21%)."
     */
    @Override
    public String interpretation(ResultDocument doc) {
        return NSweep.of(doc).map(SpeedupChart::speedups).filter(s -> !s.isEmpty()).map(SpeedupChart::interpret)
                .orElse("No SEQUENTIAL baseline beside other strategies at two or more N was measured, so this chart"
                        + " was not drawn.");
    }

    private static String interpret(Map<String, List<Speedup>> speedups) {
        double n = speedups.values().stream().flatMap(List::stream).mapToDouble(Speedup::n).max().orElseThrow();
        List<Speedup> at = new ArrayList<>();
        speedups.values().forEach(points -> points.stream().filter(s -> s.n() == n).findFirst().ifPresent(at::add));
        Speedup best = at.stream().max(Comparator.comparingDouble(Speedup::value)).orElseThrow();
        StringBuilder sentence = new StringBuilder("At N = ").append(Numbers.count((long) n)).append(", ")
                .append(best.record().label()).append(" gained the most over SEQUENTIAL, ")
                .append(Numbers.withError(best.value(), best.error())).append('×');
        if (Double.isFinite(best.ideal())) {
            sentence.append(" (").append(percent(best)).append(" of its ideal ").append(Numbers.value(best.ideal()))
                    .append("×)");
        }
        at.stream().filter(s -> Double.isFinite(s.shareOfIdeal()))
                .min(Comparator.comparingDouble(Speedup::shareOfIdeal))
                .filter(furthest -> furthest != best)
                .ifPresent(s -> sentence.append("; the furthest from its ideal was ").append(s.record().label())
                        .append(", ").append(Numbers.value(s.value())).append("× of ")
                        .append(Numbers.value(s.ideal())).append("× (").append(percent(s)).append(')'));
        return sentence.append('.').toString();
    }

    private static String percent(Speedup speedup) {
        return Math.round(100 * speedup.shareOfIdeal()) + "%";
    }

    /** Per label other than SEQUENTIAL, its speedups at the N where SEQUENTIAL was measured too. */
    private static Map<String, List<Speedup>> speedups(NSweep sweep) {
        Map<Double, ResultRecord> sequential = new LinkedHashMap<>();
        sweep.selection().records().stream().filter(r -> BASELINE.equals(r.strategy()))
                .forEach(r -> sequential.putIfAbsent(FixedLatencySelection.n(r), r));
        Map<String, List<Speedup>> speedups = new LinkedHashMap<>();
        sweep.series().forEach((label, records) -> {
            List<Speedup> points = records.stream()
                    .filter(r -> !BASELINE.equals(r.strategy()))
                    .filter(r -> sequential.containsKey(FixedLatencySelection.n(r)))
                    .map(r -> Speedup.of(r, sequential.get(FixedLatencySelection.n(r))))
                    .toList();
            if (!points.isEmpty()) {
                speedups.put(label, points);
            }
        });
        return speedups;
    }

    private static double[] values(List<Speedup> points, ToDoubleFunction<Speedup> value) {
        return points.stream().mapToDouble(value).toArray();
    }

    private IllegalArgumentException noData() {
        return new IllegalArgumentException("no SEQUENTIAL baseline beside other strategies at two or more N for "
                + id());
    }
}
