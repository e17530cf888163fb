package fanout.harness.chart;

import fanout.harness.model.ResultDocument;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart of a run's report (SPEC §7), built from its results document: one class per chart, each answering one
 * question, as XChart's {@code ExampleChart}s do.
 */
public sealed interface FanoutChart permits MakespanVsNChart, SpeedupChart, BoundedLimitChart,
        GitScalingChart, JvmComparisonChart {

    /** The file name of the chart without extension; stable across runs, because docs cite {@code charts/<id>.svg}. */
    String id();

    /** The title, as in the chart and the report. */
    String title();

    /** Whether the document has the records this chart needs; a chart without them is not drawn. */
    boolean hasData(ResultDocument doc);

    /**
     * The chart of the document: an {@code XYChart} for the charts over N, k or repository count, a
     * {@code CategoryChart} for the JVM comparison; each implementation declares which.
     *
     * @throws IllegalArgumentException if the document lacks the records it needs ({@link #hasData} is false)
     */
    Chart<?, ?> getChart(ResultDocument doc);

    /** One sentence saying what the chart shows, computed from the same records as the chart. */
    String interpretation(ResultDocument doc);
}
