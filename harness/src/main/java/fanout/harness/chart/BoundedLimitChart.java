package fanout.harness.chart;

import fanout.harness.analysis.Figure;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.RunAnalysis;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * <b>With at most k calls in flight, how does the makespan fall as k grows, and which bounded strategy stays
 * closest to its model?</b>
 *
 * <p>Makespan against the limit k (log x axis, log y axis) for SEMAPHORE, BATCHED, FIXED_POOL and BOUNDED_SCOPE at
 * one N, with the interval as error bars; in the same colour each strategy's lower bound as a dashed line
 * (max(L, N·L/k) for fixed latency L; for BATCHED the sum over chunks of the chunk's longest call, as chunks follow
 * each other) and its model as a dotted line where it differs (tasks in input order to the first free worker:
 * ⌈N/k⌉·L; a prediction, not a bound). The N is the one measured with the most distinct k; only undisturbed records
 * are drawn.
 */
public final class BoundedLimitChart implements FanoutChart<Figure.BoundedVsK> {

    @Override
    public String id() {
        return "bounded-limit";
    }

    @Override
    public String title() {
        return "Bounded strategies: makespan vs k";
    }

    @Override
    public Optional<Figure.BoundedVsK> figure(RunAnalysis analysis) {
        return analysis.boundedVsK();
    }

    @Override
    public XYChart getChart(Figure.BoundedVsK figure) {
        PlotLines lines = new PlotLines();
        figure.measured().forEach(lines::measured);
        figure.lowerBounds().forEach(lines::lowerBound);
        figure.models().forEach(lines::model);

        // Create Chart
        XYChart chart = ChartStyle.newChart(
                title() + ": simulated I/O, N = " + Numbers.count(figure.n()) + ", fixed latency "
                        + Numbers.plain(figure.latencyMs()) + " ms",
                "k (most calls in flight, log scale)", "makespan per fan-out (" + figure.unit() + ", log scale)",
                true, true, figure.provenance(),
                lines.legendNote("the strategy's lower bound at that k, which no implementation can beat"
                        + " (max(L, N·L/k); BATCHED: ⌈N/k⌉·L)", "its model, tasks in input order to the first free"
                        + " worker (⌈N/k⌉·L)"));

        // Series
        lines.addTo(chart);

        // Customize Chart (after the series: which ticks to label depends on their range)
        ChartStyle.labelLogTicks(chart);
        return chart;
    }
}
