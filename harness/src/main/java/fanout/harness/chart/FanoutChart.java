package fanout.harness.chart;

import fanout.harness.analysis.Figure;
import fanout.harness.analysis.RunAnalysis;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart of a run's report (SPEC §7): one class per chart, each answering one question, as XChart's
 * {@code ExampleChart}s do. A chart presents the {@link Figure} the {@link RunAnalysis} prepared for it — titles,
 * axes, series, colours — and computes nothing about the data.
 *
 * @param <F> the figure it draws
 */
public sealed interface FanoutChart<F extends Figure> permits MakespanVsNChart, SpeedupChart, BoundedLimitChart,
        GitScalingChart, JvmComparisonChart, OverheadVsNChart, AllocationVsNChart, HeavyTailChart, FailuresChart {

    /** The file name of the chart without extension; stable across runs, because docs cite {@code charts/<id>.svg}. */
    String id();

    /** The title, as in the chart and the report. */
    String title();

    /** What the analysis prepared for this chart; empty when the run has no records it draws. */
    Optional<F> figure(RunAnalysis analysis);

    /**
     * The chart of a figure: an {@code XYChart} for the charts over N, k or repository count, a {@code CategoryChart}
     * for the JVM comparison, the heavy tail and the failures; each implementation declares which.
     */
    Chart<?, ?> getChart(F figure);
}
