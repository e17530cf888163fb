package fanout.harness.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look every chart shares, sized to be read at {@value #WIDTH}×{@value #HEIGHT}: white background, fonts,
 * legend outside the plot, error bars in the series' colour, a colour per series index, readable log-axis ticks.
 */
final class ChartStyle {
    static final int WIDTH = 1000;
    static final int HEIGHT = 600;

    /** Ten colours that stay apart on white (the "tab10" palette). */
    private static final Color[] COLOURS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};
    private static final Marker[] MARKERS = {
        SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP,
        SeriesMarkers.TRIANGLE_DOWN};

    private static final String PLAIN_NUMBER = "0.###";

    private ChartStyle() {}

    /**
     * An empty chart with its titles, log scale on the axes asked for, and below the plot a footnote: where and
     * when it was measured, then how to read its lines.
     */
    static XYChart newChart(String title, String xTitle, String yTitle, boolean logX, boolean logY,
            List<String> provenance, String howToRead) {
        XYChart chart = titled(new FootnotedChart(WIDTH, HEIGHT, footnote(provenance, howToRead)), title, xTitle,
                yTitle);
        XYStyler styler = chart.getStyler();
        styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        shareLook(styler);
        styler.setXAxisLogarithmic(logX);
        styler.setYAxisLogarithmic(logY);
        return chart;
    }

    /**
     * An empty bar chart (one group of bars per category) with its titles and the footnote, in the same look as
     * {@link #newChart}; the axes are linear until the caller decides otherwise.
     */
    static CategoryChart newCategoryChart(String title, String xTitle, String yTitle, List<String> provenance,
            String howToRead) {
        CategoryChart chart = titled(new FootnotedCategoryChart(WIDTH, HEIGHT, footnote(provenance, howToRead)),
                title, xTitle, yTitle);
        CategoryStyler styler = chart.getStyler();
        styler.setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Bar);
        shareLook(styler);
        styler.setAvailableSpaceFill(0.8);
        return chart;
    }

    /** The footnote: where and when it was measured, then how to read the chart. */
    private static List<String> footnote(List<String> provenance, String howToRead) {
        List<String> footnote = new ArrayList<>(provenance);
        footnote.add(howToRead);
        return footnote;
    }

    private static <C extends Chart<?, ?>> C titled(C chart, String title, String xTitle, String yTitle) {
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        return chart;
    }

    /** White background, fonts, legend outside the plot, error bars in the series' colour. */
    private static void shareLook(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(Color.GRAY);
        styler.setPlotGridLinesColor(new Color(0xdddddd));
        // Solid: XChart fills each grid line's stroked outline, and a dashed one is a rectangle per dash in an SVG.
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendPosition(LegendPosition.OutsideE);
        styler.setLegendLayout(LegendLayout.Vertical);
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
        styler.setLegendSeriesLineLength(28);
        styler.setMarkerSize(8);
        styler.setErrorBarsColorSeriesColor(true);
        styler.setLocale(Locale.ROOT);
    }

    /**
     * Labels the ticks of log axes readably, once the series are added: plain numbers ("10000", not "1E4"), and
     * every tick labelled on an axis spanning less than two decades, where decade labels alone would leave it
     * with one label or none. (A tick-label function would be simpler, but XChart then lays the axis out linearly.)
     */
    static void labelLogTicks(XYChart chart) {
        XYStyler styler = chart.getStyler();
        Collection<XYSeries> series = chart.getSeriesMap().values();
        if (styler.isXAxisLogarithmic()) {
            styler.setXAxisLogarithmicDecadeOnly(span(series, XYSeries::getXMin, XYSeries::getXMax) >= 100);
            styler.setXAxisDecimalPattern(PLAIN_NUMBER);
        }
        if (styler.isYAxisLogarithmic()) {
            styler.setYAxisLogarithmicDecadeOnly(span(series, XYSeries::getYMin, XYSeries::getYMax) >= 100);
            styler.setYAxisDecimalPattern(PLAIN_NUMBER);
        }
    }

    /** The colour of the series at {@code index}; the palette repeats after ten. */
    static Color colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }

    /** A lighter shade of {@code colour}, of the same hue: for a line drawn beside the series of that colour. */
    static Color lighter(Color colour) {
        return new Color(halfwayToWhite(colour.getRed()), halfwayToWhite(colour.getGreen()),
                halfwayToWhite(colour.getBlue()));
    }

    private static int halfwayToWhite(int component) {
        return component + (255 - component) / 2;
    }

    /** The marker of the series at {@code index}, shifted each time the colours repeat, so no two series look alike. */
    static Marker marker(int index) {
        return MARKERS[Math.floorMod(index + index / COLOURS.length, MARKERS.length)];
    }

    private static double span(Collection<XYSeries> series, ToDoubleFunction<XYSeries> min,
            ToDoubleFunction<XYSeries> max) {
        double lowest = series.stream().mapToDouble(min).min().orElse(1);
        double highest = series.stream().mapToDouble(max).max().orElse(1);
        return highest / lowest;
    }
}
