package fanout.harness.chart;

import fanout.harness.analysis.Point;
import fanout.harness.analysis.Series;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Grouped bars with whiskers, shared by charts 4 and 5 (as {@link JvmComparisonChart} draws chart 7): a log y axis
 * where the values span a decade or more, else linear from zero; a missing value is drawn as no bar.
 */
final class Bars {
    private static final Color ERROR_BARS = new Color(0x222222);

    private Bars() {}

    static CategoryChart draw(String title, String xTitle, String quantity, String unit, List<String> categories,
            List<Series> bars, List<String> provenance, String howToRead) {
        return draw(title, xTitle, quantity, unit, categories, bars, List.of(), provenance, howToRead);
    }

    /**
     * The same, with each of {@code lowerBounds} drawn as a bar in a lighter shade of its strategy's colour, right after
     * that strategy's bar (a bar of height 0 where a category has no bound). XChart puts a line series of a bar chart in
     * a slot of its own, beside the bars rather than over them, so a bound is a bar too.
     */
    static CategoryChart draw(String title, String xTitle, String quantity, String unit, List<String> categories,
            List<Series> bars, List<Series> lowerBounds, List<String> provenance, String howToRead) {
        List<Point> drawn = java.util.stream.Stream.concat(bars.stream(), lowerBounds.stream())
                .flatMap(s -> s.points().stream()).filter(p -> Double.isFinite(p.y())).toList();
        double lowest = drawn.stream().mapToDouble(Point::y).min().orElse(1);
        double highest = drawn.stream().mapToDouble(Point::y).max().orElse(1);
        boolean log = highest >= 10 * lowest;

        // Create Chart
        CategoryChart chart = ChartStyle.newCategoryChart(title, xTitle,
                quantity + " (" + unit + (log ? ", log scale)" : ")"), provenance, howToRead);

        // Customize Chart
        CategoryStyler styler = chart.getStyler();
        styler.setXAxisLabelRotation(categories.size() > 5 ? 30 : 0);
        styler.setErrorBarsColorSeriesColor(false);
        styler.setErrorBarsColor(ERROR_BARS);
        styler.setYAxisLogarithmic(log);
        styler.setYAxisDecimalPattern("0.###");
        if (log) {
            double bottom = drawn.stream().mapToDouble(p -> Math.max(p.lower(), p.y() / 10)).min().orElse(1);
            styler.setYAxisMin(Math.pow(10, Math.floor(Math.log10(bottom))));
            styler.setYAxisMax(1.25 * drawn.stream()
                    .mapToDouble(p -> p.y() * JvmComparisonChart.logAxisErrorBar(p)).max().orElse(1));
        } else {
            styler.setYAxisMin(0.0);
        }

        // Series: each strategy's bar, then its bound's
        for (Series s : bars) {
            List<Double> values = s.points().stream().map(p -> Double.isFinite(p.y()) ? p.y() : 0.0).toList();
            List<Double> whiskers = s.points().stream().map(p -> !Double.isFinite(p.y()) ? 0.0
                    : log ? JvmComparisonChart.logAxisErrorBar(p) : p.widerSide()).toList();
            CategorySeries series = chart.addSeries(s.name(), categories, values, whiskers);
            series.setFillColor(ChartStyle.colour(s.index()));
            lowerBounds.stream().filter(b -> b.index() == s.index()).forEach(b -> {
                List<Double> bound = b.points().stream().map(p -> Double.isFinite(p.y()) ? p.y() : 0.0).toList();
                CategorySeries boundSeries = chart.addSeries(b.name(), categories, bound,
                        bound.stream().map(v -> 0.0).toList());
                boundSeries.setFillColor(ChartStyle.lighter(ChartStyle.colour(b.index())));
            });
        }
        return chart;
    }
}
