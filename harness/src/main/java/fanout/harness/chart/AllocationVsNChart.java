package fanout.harness.chart;

import fanout.harness.analysis.Figure;
import fanout.harness.analysis.RunAnalysis;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * <b>How many bytes does a strategy allocate per task, beside the bare JDK primitive it wraps, as N grows?</b>
 * (SPEC §7, chart 8b)
 *
 * <p>The same pairs and lines as {@link OverheadVsNChart}, the y axis the bytes the JVM allocated per task while
 * each side ran: solid the strategy, dashed in a lighter shade its bare primitive. A point has no interval: it is the
 * bytes of every fan-out of that side over all forks, divided by the fan-outs and by N. Drawn only where some pair has
 * readings (JDK 21 and later; not on JDK 17).
 */
public final class AllocationVsNChart implements FanoutChart<Figure.AllocationVsN> {
    /** The file name of chart 8b, which the report shows in its overhead section. */
    public static final String ID = "allocation-vs-n";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Allocation per task vs N";
    }

    @Override
    public Optional<Figure.AllocationVsN> figure(RunAnalysis analysis) {
        return analysis.allocationVsN();
    }

    @Override
    public XYChart getChart(Figure.AllocationVsN figure) {
        return OverheadVsNChart.draw(title() + ": " + OverheadVsNChart.workload(figure.latencyMs()),
                "bytes allocated per task", "B", figure.strategies(), figure.bare(), figure.provenance(),
                PlotLines.besideNote("the bytes the JVM allocated per task while the suite's strategy ran: over every"
                        + " fan-out of all forks, so without an interval", "the same for the bare JDK primitive the"
                        + " strategy wraps, measured in the same forks"));
    }
}
