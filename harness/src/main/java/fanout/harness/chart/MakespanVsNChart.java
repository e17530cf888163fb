package fanout.harness.chart;

import fanout.harness.analysis.Figure;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.RunAnalysis;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * <b>How long does one fan-out of N blocking calls take with each strategy, and how close is that to what the
 * strategy could achieve?</b>
 *
 * <p>Makespan against N on log-log axes, one series per strategy label with the interval as error bars; in the
 * same colour each strategy's lower bound as a dashed line (SPEC §2: N·L for SEQUENTIAL, L when unbounded, max(L,
 * N·L/k) when bounded at k: no implementation can be faster) and its model as a dotted line where it differs (tasks
 * in input order to the first free worker: ⌈N/k⌉·L when bounded; a prediction, not a bound). The analysis draws
 * only undisturbed records (fixed latency, no fault, COLLECT, no deadline) of one JVM and latency, and only labels
 * measured at two or more N.
 */
public final class MakespanVsNChart implements FanoutChart<Figure.MakespanVsN> {

    @Override
    public String id() {
        return "makespan-vs-n";
    }

    @Override
    public String title() {
        return "Makespan vs N";
    }

    @Override
    public Optional<Figure.MakespanVsN> figure(RunAnalysis analysis) {
        return analysis.makespanVsN();
    }

    @Override
    public XYChart getChart(Figure.MakespanVsN figure) {
        PlotLines lines = new PlotLines();
        figure.measured().forEach(lines::measured);
        figure.lowerBounds().forEach(lines::lowerBound);
        figure.models().forEach(lines::model);

        // Create Chart
        XYChart chart = ChartStyle.newChart(
                title() + ": simulated I/O, fixed latency " + Numbers.plain(figure.latencyMs()) + " ms per task",
                "N (tasks per fan-out, log scale)", "makespan per fan-out (" + figure.unit() + ", log scale)",
                true, true, figure.provenance(),
                lines.legendNote("the strategy's lower bound, which no implementation can beat (N·L for SEQUENTIAL,"
                        + " L unbounded, max(L, N·L/k) bounded at k)", "its model, tasks in input order to the first"
                        + " free worker (⌈N/k⌉·L bounded at k)"));

        // Series
        lines.addTo(chart);

        // Customize Chart (after the series: which ticks to label depends on their range)
        ChartStyle.labelLogTicks(chart);
        return chart;
    }
}
