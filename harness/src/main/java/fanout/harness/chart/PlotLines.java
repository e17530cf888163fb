package fanout.harness.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import fanout.harness.analysis.Point;
import fanout.harness.analysis.Series;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The lines of one chart, collected before they are drawn so that ideals can be drawn beneath the measurements
 * and an ideal several series share (all unbounded strategies have the same one) drawn once, in near-black, rather
 * than in the colour of whichever series happened to be drawn last.
 *
 * <p>Measured series: solid line, a marker that differs from their neighbours', error bars in their colour.
 * Ideals: dashed, no markers, not in the legend (the footnote explains them). A limit that holds for every series
 * (the git chart's CPU-bound limit): dashed near-black, no markers, named in the legend.
 */
final class PlotLines {
    private static final BasicStroke MEASURED = new BasicStroke(2f);
    private static final BasicStroke IDEAL = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 5f}, 0f);
    private static final Color SHARED_IDEAL = new Color(0x222222);

    private static final String MEASURED_BARS = "measured mean, bars: 99.9% confidence interval";

    /** Bars longer than this share of their value are cut there, so that a log axis stays readable. */
    private static final double LONGEST_BAR = 0.9;

    private record Line(String name, double[] x, double[] y, double[] errors, int index) {
        boolean sameCurve(Line other) {
            return Arrays.equals(x, other.x) && Arrays.equals(y, other.y);
        }
    }

    private final List<Line> measured = new ArrayList<>();
    private final List<Line> ideals = new ArrayList<>();
    private final List<Line> limits = new ArrayList<>();

    /**
     * A measured series; its index picks its colour and marker. Each point's error bar covers the farther end of its
     * interval (XChart draws bars of equal length on both sides).
     */
    PlotLines measured(Series series) {
        double[] errors = series.points().stream()
                .mapToDouble(p -> Math.max(p.y() - p.lower(), p.upper() - p.y())).toArray();
        measured.add(new Line(series.name(), x(series), y(series), errors, series.index()));
        return this;
    }

    /** The ideal (a model) of the measured series of the same name and index; ignored when it has no point. */
    PlotLines ideal(Series series) {
        if (!series.points().isEmpty()) {
            ideals.add(new Line(series.name() + " (ideal)", x(series), y(series), null, series.index()));
        }
        return this;
    }

    /** A limit every series shares, named in the legend; ignored when it has no point. */
    PlotLines limit(Series series) {
        if (!series.points().isEmpty()) {
            limits.add(new Line(series.name(), x(series), y(series), null, -1));
        }
        return this;
    }

    private static double[] x(Series series) {
        return series.points().stream().mapToDouble(Point::x).toArray();
    }

    private static double[] y(Series series) {
        return series.points().stream().mapToDouble(Point::y).toArray();
    }

    /** Whether some ideal is shared by several series, and so drawn in near-black. */
    boolean hasSharedIdeal() {
        return ideals.stream().anyMatch(this::shared);
    }

    /** Draws the limits and ideals, then the measurements over them. */
    void addTo(XYChart chart) {
        for (Line limit : limits) {
            XYSeries series = chart.addSeries(limit.name(), limit.x(), limit.y());
            series.setLineColor(SHARED_IDEAL);
            series.setLineStyle(IDEAL);
            series.setMarker(SeriesMarkers.NONE);
        }
        List<Line> drawn = new ArrayList<>();
        for (Line ideal : ideals) {
            if (drawn.stream().anyMatch(ideal::sameCurve)) {
                continue;
            }
            drawn.add(ideal);
            XYSeries series = chart.addSeries(ideal.name(), ideal.x(), ideal.y());
            series.setLineColor(shared(ideal) ? SHARED_IDEAL : ChartStyle.colour(ideal.index()));
            series.setLineStyle(IDEAL);
            series.setMarker(SeriesMarkers.NONE);
            series.setShowInLegend(false);
        }
        for (Line line : measured) {
            XYSeries series = chart.addSeries(line.name(), line.x(), line.y(), cutBars(line.y(), line.errors()));
            series.setLineColor(ChartStyle.colour(line.index()));
            series.setMarkerColor(ChartStyle.colour(line.index()));
            series.setLineStyle(MEASURED);
            series.setMarker(ChartStyle.marker(line.index()));
        }
    }

    /** How to read the lines, as the last footnote line: bars are the measurements' 99.9% intervals. */
    String legendNote(String idealMeaning) {
        return legendNote(MEASURED_BARS, idealMeaning);
    }

    /** How to read the lines, with what the bars are. */
    String legendNote(String bars, String idealMeaning) {
        return "Solid: " + bars + ". Dashed, same colour: " + idealMeaning
                + (hasSharedIdeal() ? "; black dashed: an ideal shared by several." : ".");
    }

    /** How to read the lines of a chart whose only dashed lines are limits, as the last footnote line. */
    static String limitNote(String limitMeaning) {
        return "Solid: " + MEASURED_BARS + ". Black dashed: " + limitMeaning + ".";
    }

    private boolean shared(Line ideal) {
        return ideals.stream().filter(ideal::sameCurve).count() > 1;
    }

    private static double[] cutBars(double[] values, double[] errors) {
        double[] cut = new double[errors.length];
        for (int i = 0; i < errors.length; i++) {
            cut[i] = Math.min(errors[i], values[i] * LONGEST_BAR);
        }
        return cut;
    }
}
