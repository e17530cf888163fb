package fanout.harness.chart;

import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.Figure;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.RunAnalysis;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * <b>How many times faster than running the calls one after another is each strategy, as N grows, and how much
 * of the possible gain does it get?</b>
 *
 * <p>Speedup over SEQUENTIAL (the SEQUENTIAL record at the same N and latency divided by the strategy's, with the
 * ratio's interval as error bars) against N on log-log axes, with the speedup the models predict (SEQUENTIAL's model
 * over the strategy's model; a prediction, not a bound) as a dotted line of the same colour. Same records as
 * {@link MakespanVsNChart}; a label keeps its colour across the two charts.
 */
public final class SpeedupChart implements FanoutChart<Figure.SpeedupVsN> {

    @Override
    public String id() {
        return "speedup";
    }

    @Override
    public String title() {
        return "Speedup over SEQUENTIAL vs N";
    }

    @Override
    public Optional<Figure.SpeedupVsN> figure(RunAnalysis analysis) {
        return analysis.speedupVsN();
    }

    @Override
    public XYChart getChart(Figure.SpeedupVsN figure) {
        PlotLines lines = new PlotLines();
        figure.measured().forEach(lines::measured);
        figure.models().forEach(lines::model);

        // Create Chart
        XYChart chart = ChartStyle.newChart(
                title() + ": simulated I/O, fixed latency " + Numbers.plain(figure.latencyMs()) + " ms per task",
                "N (tasks per fan-out, log scale)", "speedup over SEQUENTIAL (×, log scale)", true, true,
                figure.provenance(), lines.legendNote("speedup, bars: the ratio's "
                        + Numbers.confidence(Estimate.SHOWN) + " interval, drawn to its wider side", "",
                        "the speedup the models predict (SEQUENTIAL's model / the strategy's)"));

        // Series
        lines.addTo(chart);

        // Customize Chart (after the series: which ticks to label depends on their range)
        ChartStyle.labelLogTicks(chart);
        return chart;
    }
}
