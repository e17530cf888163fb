package fanout.harness.chart;

import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;

/**
 * <b>With at most k calls in flight, how does the makespan fall as k grows, and which bounded strategy stays
 * closest to its model?</b>
 *
 * <p>Makespan against the limit k (log x axis, log y axis) for SEMAPHORE, BATCHED, FIXED_POOL and BOUNDED_SCOPE at
 * one N, with the 99.9% interval as error bars and each strategy's model (⌈N/k⌉ latencies for fixed latency; for
 * BATCHED the sum over batches of the batch's longest call) as a dashed line of the same colour. The N is the one
 * measured with the most distinct k; only undisturbed records are drawn (see {@link FixedLatencySelection}).
 */
public final class BoundedLimitChart implements FanoutChart {

    @Override
    public String id() {
        return "bounded-limit";
    }

    @Override
    public String title() {
        return "Bounded strategies: makespan vs k";
    }

    @Override
    public boolean hasData(ResultDocument doc) {
        return LimitSweep.of(doc).isPresent();
    }

    @Override
    public XYChart getChart(ResultDocument doc) {
        LimitSweep sweep = LimitSweep.of(doc).orElseThrow(() -> new IllegalArgumentException(
                "no undisturbed records of a bounded strategy at two or more k for " + id()));
        PlotLines lines = new PlotLines();
        int index = 0;
        for (Map.Entry<String, List<ResultRecord>> entry : sweep.series().entrySet()) {
            List<ResultRecord> records = entry.getValue();
            lines.measured(entry.getKey(), values(records, LimitSweep::k), values(records, ResultRecord::score),
                    values(records, Measurement::error), index);
            List<ResultRecord> withIdeal = records.stream().filter(r -> r.ideal() != null && r.ideal() > 0).toList();
            lines.ideal(entry.getKey(), values(withIdeal, LimitSweep::k), values(withIdeal, ResultRecord::ideal),
                    index);
            index++;
        }

        // Create Chart
        XYChart chart = ChartStyle.newChart(
                title() + ": simulated I/O, N = " + Numbers.count((long) sweep.n()) + ", fixed latency "
                        + Numbers.plain(sweep.selection().latencyMs()) + " ms",
                "k (most calls in flight, log scale)",
                "makespan per fan-out (" + sweep.records().get(0).unit() + ", log scale)", true, true,
                Provenance.lines(doc, sweep.selection().jvm()),
                lines.legendNote("the strategy's model (ideal makespan at that k)"));

        // Series
        lines.addTo(chart);

        // Customize Chart (after the series: which ticks to label depends on their range)
        ChartStyle.labelLogTicks(chart);
        return chart;
    }

    /**
     * E.g. "At N = 1000 (latency 10 ms), the fastest was SEMAPHORE at k = 16 (636 ± 4 ms/op) and SEMAPHORE at
     * k = 256 (41.8 ± 0.3 ms/op); the lowest efficiency was FIXED_POOL's 0.85 at k = 256."
     */
    @Override
    public String interpretation(ResultDocument doc) {
        return LimitSweep.of(doc).map(BoundedLimitChart::interpret).orElse("No undisturbed records of a bounded"
                + " strategy at two or more k were measured, so this chart was not drawn.");
    }

    private static String interpret(LimitSweep sweep) {
        String unit = sweep.records().get(0).unit();
        StringBuilder sentence = new StringBuilder("At N = ").append(Numbers.count((long) sweep.n()))
                .append(" (latency ").append(Numbers.plain(sweep.selection().latencyMs())).append(" ms), the fastest was ")
                .append(fastestAt(sweep, sweep.smallestK(), unit)).append(" and ")
                .append(fastestAt(sweep, sweep.largestK(), unit));
        sweep.records().stream().filter(r -> Double.isFinite(Measurement.efficiency(r)))
                .min(Comparator.comparingDouble(Measurement::efficiency))
                .ifPresent(r -> sentence.append("; the lowest efficiency was ").append(r.strategy()).append("'s ")
                        .append(Numbers.ratio(Measurement.efficiency(r))).append(" at k = ")
                        .append(Numbers.count((long) LimitSweep.k(r))));
        return sentence.append('.').toString();
    }

    private static double[] values(List<ResultRecord> records, ToDoubleFunction<ResultRecord> value) {
        return records.stream().mapToDouble(value).toArray();
    }

    private static String fastestAt(LimitSweep sweep, double k, String unit) {
        ResultRecord fastest = sweep.at(k).stream().min(LimitSweep.byScore()).orElseThrow();
        return fastest.strategy() + " at k = " + Numbers.count((long) k) + " ("
                + Numbers.withError(fastest.score(), Measurement.error(fastest)) + " " + unit + ")";
    }
}
