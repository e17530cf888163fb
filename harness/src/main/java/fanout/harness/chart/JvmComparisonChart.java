package fanout.harness.chart;

import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.Figure;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.Point;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.Series;
import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;

/**
 * <b>Does a strategy get faster or slower on another JVM, and is the difference more than noise?</b> (SPEC §7,
 * chart 7)
 *
 * <p>One group of bars per strategy label, one bar per JVM of the run in run order, the interval as error
 * bars. Each label on the x axis carries the verdict of the run's JVM comparison (every JVM against the first),
 * e.g. "ALL_OF(DEFAULT_ASYNC) · 41× slower", or says on which JVM the label was not measured ("VIRTUAL_SCOPE ·
 * unsupported on JDK 17"), which then has no bar there. The analysis picks the slice: undisturbed simulated-I/O
 * records at one N and latency, at the default limit, so that every bar measures the same thing. The y axis is
 * logarithmic when the scores span a decade or more, as the DEFAULT_ASYNC executor's do between JDKs.
 *
 * <p>Absolute makespans rather than ratios: a bar per JVM shows both what each JVM achieved and, against the other
 * bars of the group, what changed; the ratio and its interval are in the comparison table beside the chart.
 */
public final class JvmComparisonChart implements FanoutChart<Figure.JvmBars> {
    /** The file name of chart 7. */
    public static final String ID = "jvm-comparison";

    private static final Color ERROR_BARS = new Color(0x222222);

    /** On a log axis a whisker reaches down to at most a tenth of its bar, so that a wide interval stays legible. */
    private static final double LONGEST_LOG_BAR = 10;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "JVM comparison";
    }

    @Override
    public Optional<Figure.JvmBars> figure(RunAnalysis analysis) {
        return analysis.jvmBars();
    }

    @Override
    public CategoryChart getChart(Figure.JvmBars figure) {
        List<Point> drawn = figure.bars().stream().flatMap(s -> s.points().stream())
                .filter(p -> Double.isFinite(p.y())).toList();
        boolean log = spansDecade(drawn);

        // Create Chart
        CategoryChart chart = ChartStyle.newCategoryChart(
                title() + ": simulated I/O, N = " + Numbers.count(figure.n()) + ", fixed latency "
                        + Numbers.plain(figure.latencyMs()) + " ms",
                "strategy · verdict of " + figure.pairs(),
                "makespan per fan-out (" + figure.unit() + (log ? ", log scale)" : ")"),
                figure.provenance(),
                "Bars: makespan per JVM (the geometric mean of the fork means), whiskers: its "
                        + Numbers.confidence(Estimate.SHOWN) + " interval. The verdict after each strategy is "
                        + figure.verdictMethod() + "; a strategy without a bar for a JVM was not measured there, as"
                        + " its label says.");

        // Customize Chart
        CategoryStyler styler = chart.getStyler();
        styler.setXAxisLabelRotation(30);
        styler.setErrorBarsColorSeriesColor(false);
        styler.setErrorBarsColor(ERROR_BARS);
        styler.setYAxisLogarithmic(log);
        styler.setYAxisDecimalPattern("0.###");
        if (log) {
            styler.setYAxisMin(decadeBelow(drawn));
            styler.setYAxisMax(topOfLogAxis(drawn));
        } else {
            styler.setYAxisMin(0.0);
        }

        // Series
        for (Series jvm : figure.bars()) {
            List<Double> scores = jvm.points().stream().map(Point::y).toList();
            List<Double> bars = jvm.points().stream()
                    .map(p -> !Double.isFinite(p.y()) ? 0.0 : log ? logAxisErrorBar(p) : p.widerSide())
                    .toList();
            CategorySeries series = chart.addSeries(jvm.name(), figure.categories(), scores, bars);
            series.setFillColor(ChartStyle.colour(jvm.index()));
        }
        return chart;
    }

    private static boolean spansDecade(List<Point> drawn) {
        return drawn.stream().mapToDouble(Point::y).max().orElse(1)
                / drawn.stream().mapToDouble(Point::y).min().orElse(1) >= 10;
    }

    private static double decadeBelow(List<Point> drawn) {
        double lowest = drawn.stream().mapToDouble(p -> Math.max(p.lower(), p.y() / LONGEST_LOG_BAR)).min()
                .orElse(1);
        return Math.pow(10, Math.floor(Math.log10(lowest)));
    }

    /** A little above the highest whisker: a whole decade more would leave the top of the plot empty. */
    private static double topOfLogAxis(List<Point> drawn) {
        return 1.25 * drawn.stream().mapToDouble(p -> p.y() * logAxisErrorBar(p)).max().orElse(1);
    }

    /**
     * The error value that makes XChart 3.8.8 draw a bar's interval on a logarithmic axis. Its bar charts draw a
     * whisker from {@code value / e} to {@code value × e} there (the error taken as a factor, not an amount), so the
     * factor is chosen to cover the interval: the larger of {@code upper / value} and {@code value / lower}, at most
     * {@value #LONGEST_LOG_BAR}. The whisker is symmetric on the log axis and so can reach a little beyond the
     * shorter side of the interval, never short of it.
     */
    static double logAxisErrorBar(Point bar) {
        double down = bar.lower() > 0 ? bar.y() / bar.lower() : LONGEST_LOG_BAR;
        double up = bar.upper() / bar.y();
        return Math.max(1, Math.min(LONGEST_LOG_BAR, Math.max(down, up)));
    }
}
