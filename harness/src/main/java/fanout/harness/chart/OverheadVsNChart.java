package fanout.harness.chart;

import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.Figure;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.Point;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.Series;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;

/**
 * <b>What does a strategy's code cost per task, beside the bare JDK primitive it wraps, as N grows from a thousand
 * to a million?</b> (SPEC §7, chart 8; SPEC §11)
 *
 * <p>Time per task (each side's time per fan-out / N) against N on a log x axis, on calls that return at once, so
 * that the time is pure overhead: per strategy label a solid line (the suite's code) with the interval over the
 * forks as error bars, and beside it, dashed in a lighter shade of the same colour, its bare primitive (e.g. a plain
 * loop over {@code Executors.newVirtualThreadPerTaskExecutor()} for VIRTUAL_SCOPE), timed in the same forks, taking
 * turns with it. The analysis draws only the strategies measured at two or more N (the ones a profile sweeps to
 * N = 1 000 000), on every JVM that measured them, each line named with its JVM where there are several. The y axis
 * is logarithmic where the times span a decade or more, else linear from zero. The ratio of the two sides, with the
 * interval that decides the 5% target, is in the overhead table beside the chart.
 */
public final class OverheadVsNChart implements FanoutChart<Figure.OverheadVsN> {
    /** The file name of chart 8, which the report shows in its overhead section. */
    public static final String ID = "overhead-vs-n";

    /** What the bare primitive's line is called in the legend, after the strategy's name. */
    static final String BARE = "bare primitive";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Per-task overhead vs N";
    }

    @Override
    public Optional<Figure.OverheadVsN> figure(RunAnalysis analysis) {
        return analysis.overheadVsN();
    }

    @Override
    public XYChart getChart(Figure.OverheadVsN figure) {
        return draw(title() + ": " + workload(figure.latencyMs()), "time per task", "ns", figure.strategies(),
                figure.bare(), figure.provenance(),
                PlotLines.besideNote("the suite's strategy, its time per task (time per fan-out / N), "
                        + PlotLines.MEASURED_BARS,
                        "the bare JDK primitive the strategy wraps, timed the same way in the same forks, taking"
                                + " turns with it fan-out by fan-out; bars: its " + Numbers.confidence(Estimate.SHOWN)
                                + " interval"));
    }

    /** "calls that return at once", or "latency 5 ms per task". */
    static String workload(double latencyMs) {
        return latencyMs == 0 ? "calls that return at once" : "latency " + Numbers.plain(latencyMs) + " ms per task";
    }

    /**
     * A chart over N of strategies beside their bare primitives, shared with {@link AllocationVsNChart}: log x axis;
     * log y axis where the values span a decade or more, else linear from zero.
     */
    static XYChart draw(String title, String quantity, String unit, List<Series> strategies, List<Series> bare,
            List<String> provenance, String howToRead) {
        PlotLines lines = new PlotLines();
        strategies.forEach(lines::measured);
        bare.forEach(series -> lines.beside(series, BARE));
        boolean logY = spansDecade(Stream.concat(strategies.stream(), bare.stream()).toList());

        // Create Chart
        XYChart chart = ChartStyle.newChart(title, "N (tasks per fan-out, log scale)",
                quantity + " (" + unit + (logY ? ", log scale)" : ")"), true, logY, provenance, howToRead);

        // Series
        lines.addTo(chart);

        // Customize Chart (after the series: which ticks to label depends on their range)
        if (!logY) {
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisDecimalPattern("0.###");
        }
        ChartStyle.labelLogTicks(chart);
        return chart;
    }

    private static boolean spansDecade(List<Series> series) {
        List<Point> points = series.stream().flatMap(s -> s.points().stream()).toList();
        double lowest = points.stream().mapToDouble(Point::y).min().orElse(1);
        double highest = points.stream().mapToDouble(Point::y).max().orElse(1);
        return highest >= 10 * lowest;
    }
}
