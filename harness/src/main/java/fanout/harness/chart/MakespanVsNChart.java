package fanout.harness.chart;

import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;

/**
 * <b>How long does one fan-out of N blocking calls take with each strategy, and how close is that to what the
 * strategy could achieve?</b>
 *
 * <p>Makespan against N on log-log axes, one series per strategy label with the 99.9% interval as error bars, and
 * each strategy's ideal makespan (SPEC §2: Σ latency for SEQUENTIAL, one latency when unbounded, ⌈N/k⌉ latencies
 * when bounded at k) as a dashed line of the same colour. Only undisturbed records are drawn (fixed latency, no
 * fault, COLLECT, no deadline; see {@link FixedLatencySelection}), and only labels measured at two or more N.
 */
public final class MakespanVsNChart implements FanoutChart {

    @Override
    public String id() {
        return "makespan-vs-n";
    }

    @Override
    public String title() {
        return "Makespan vs N";
    }

    @Override
    public boolean hasData(ResultDocument doc) {
        return NSweep.of(doc).isPresent();
    }

    @Override
    public XYChart getChart(ResultDocument doc) {
        NSweep sweep = NSweep.of(doc).orElseThrow(() -> new IllegalArgumentException(
                "no undisturbed simulated-I/O records at two or more N for " + id()));
        PlotLines lines = new PlotLines();
        sweep.series().forEach((label, records) -> {
            int index = sweep.index(label);
            lines.measured(label, values(records, FixedLatencySelection::n), values(records, ResultRecord::score),
                    values(records, Measurement::error), index);
            List<ResultRecord> withIdeal = records.stream().filter(r -> r.ideal() != null && r.ideal() > 0).toList();
            lines.ideal(label, values(withIdeal, FixedLatencySelection::n), values(withIdeal, ResultRecord::ideal),
                    index);
        });

        // Create Chart
        XYChart chart = ChartStyle.newChart(
                title() + ": simulated I/O, fixed latency " + Numbers.plain(sweep.selection().latencyMs())
                        + " ms per task",
                "N (tasks per fan-out, log scale)", "makespan per fan-out (" + unit(sweep) + ", log scale)",
                true, true, Provenance.lines(doc, sweep.selection().jvm()),
                lines.legendNote("the strategy's ideal makespan (model lower bound)"));

        // Series
        lines.addTo(chart);

        // Customize Chart (after the series: which ticks to label depends on their range)
        ChartStyle.labelLogTicks(chart);
        return chart;
    }

    /**
     * E.g. "At N = 1000 (latency 10 ms), ALL_OF(VIRTUAL) was the fastest at 13.9 ± 0.1 ms/op and SEQUENTIAL the
     * slowest at 10118 ± 60 ms/op; efficiency ranged from 0.21 (ALL_OF(DEFAULT_ASYNC)) to 0.99 (SEQUENTIAL)."
     */
    @Override
    public String interpretation(ResultDocument doc) {
        return NSweep.of(doc).map(MakespanVsNChart::interpret).orElse("No undisturbed simulated-I/O records at two"
                + " or more N were measured, so this chart was not drawn.");
    }

    private static String interpret(NSweep sweep) {
        double n = sweep.largestN();
        List<ResultRecord> at = sweep.at(n);
        String unit = unit(sweep);
        ResultRecord fastest = at.stream().min(NSweep.byScore()).orElseThrow();
        ResultRecord slowest = at.stream().max(NSweep.byScore()).orElseThrow();
        StringBuilder sentence = new StringBuilder("At N = ").append(Numbers.count((long) n))
                .append(" (latency ").append(Numbers.plain(sweep.selection().latencyMs())).append(" ms), ");
        if (at.size() == 1) {
            sentence.append("only ").append(fastest.label()).append(" was measured: ").append(score(fastest, unit));
        } else {
            sentence.append(fastest.label()).append(" was the fastest at ").append(score(fastest, unit))
                    .append(" and ").append(slowest.label()).append(" the slowest at ").append(score(slowest, unit));
        }
        List<ResultRecord> withEfficiency = at.stream()
                .filter(r -> Double.isFinite(Measurement.efficiency(r))).toList();
        if (!withEfficiency.isEmpty()) {
            Comparator<ResultRecord> byEfficiency = Comparator.comparingDouble(Measurement::efficiency);
            ResultRecord least = withEfficiency.stream().min(byEfficiency).orElseThrow();
            ResultRecord most = withEfficiency.stream().max(byEfficiency).orElseThrow();
            sentence.append(least == most
                    ? "; its efficiency was " + Numbers.ratio(Measurement.efficiency(least))
                    : "; efficiency ranged from " + Numbers.ratio(Measurement.efficiency(least)) + " ("
                            + least.label() + ") to " + Numbers.ratio(Measurement.efficiency(most)) + " ("
                            + most.label() + ")");
        }
        return sentence.append('.').toString();
    }

    private static String score(ResultRecord record, String unit) {
        return Numbers.withError(record.score(), Measurement.error(record)) + " " + unit;
    }

    private static double[] values(List<ResultRecord> records, ToDoubleFunction<ResultRecord> value) {
        return records.stream().mapToDouble(value).toArray();
    }

    private static String unit(NSweep sweep) {
        return sweep.selection().records().get(0).unit();
    }
}
