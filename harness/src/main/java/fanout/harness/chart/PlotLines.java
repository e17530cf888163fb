package fanout.harness.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.Point;
import fanout.harness.analysis.Series;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The lines of one chart, collected before they are drawn so that reference lines can be drawn beneath the
 * measurements, and a reference line several series share (all unbounded strategies have the same one) drawn once,
 * in near-black, rather than in the colour of whichever series happened to be drawn last.
 *
 * <p>Measured series: solid line, a marker that differs from their neighbours', error bars in their colour. Two kinds
 * of reference line per series, never confused (SPEC §2): its <b>lower bound</b>, dashed — no implementation of the
 * strategy can be faster; and its <b>model</b>, dotted — what a simple schedule predicts, not a bound, drawn only
 * where it differs from the series' lower bound. Neither has markers or a place in the legend (the footnote explains
 * them). A limit that holds for every series (the git chart's CPU-bound limit): dashed near-black, no markers, named in
 * the legend. A line a measured series is set <b>beside</b> (chart 8: the bare JDK primitive the strategy wraps,
 * measured too): drawn like a measurement, with markers, error bars and a place in the legend just before its series,
 * but dashed and in a lighter shade of the series' colour, so that the pair reads as one family.
 */
final class PlotLines {
    private static final BasicStroke MEASURED = new BasicStroke(2f);
    private static final BasicStroke LOWER_BOUND = new BasicStroke(1.6f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {9f, 5f}, 0f);
    private static final BasicStroke MODEL = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            10f, new float[] {1f, 4f}, 0f);
    private static final BasicStroke BESIDE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 4f}, 0f);
    private static final Color SHARED = new Color(0x222222);

    static final String MEASURED_BARS = "the geometric mean of the fork means, bars: its "
            + Numbers.confidence(Estimate.SHOWN) + " interval";

    /** Bars longer than this share of their value are cut there, so that a log axis stays readable. */
    private static final double LONGEST_BAR = 0.9;

    private record Line(String name, double[] x, double[] y, double[] errors, int index) {
        boolean sameCurve(Line other) {
            return Arrays.equals(x, other.x) && Arrays.equals(y, other.y);
        }
    }

    private final List<Line> measured = new ArrayList<>();
    private final List<Line> lowerBounds = new ArrayList<>();
    private final List<Line> models = new ArrayList<>();
    private final List<Line> limits = new ArrayList<>();
    private final List<Line> beside = new ArrayList<>();

    /**
     * A measured series; its index picks its colour and marker. Each point's error bar covers the farther end of its
     * interval (XChart draws bars of equal length on both sides); a series none of whose points has an interval (chart
     * 8b's bytes) gets no bars.
     */
    PlotLines measured(Series series) {
        measured.add(new Line(series.name(), x(series), y(series), errors(series), series.index()));
        return this;
    }

    /**
     * What the measured series of the same index is set beside, named in the legend "{@code <its name>: <role>}"
     * (chart 8: "VIRTUAL_SCOPE: bare primitive"); ignored when it has no point.
     */
    PlotLines beside(Series series, String role) {
        if (!series.points().isEmpty()) {
            beside.add(new Line(series.name() + ": " + role, x(series), y(series), errors(series), series.index()));
        }
        return this;
    }

    /** Each point's error bar, covering the farther end of its interval; none where no point has an interval. */
    private static double[] errors(Series series) {
        double[] errors = series.points().stream().mapToDouble(Point::widerSide).toArray();
        return Arrays.stream(errors).allMatch(e -> e == 0) ? null : errors;
    }

    /** The lower bound of the measured series of the same name and index; ignored when it has no point. */
    PlotLines lowerBound(Series series) {
        if (!series.points().isEmpty()) {
            lowerBounds.add(new Line(series.name() + " (lower bound)", x(series), y(series), null, series.index()));
        }
        return this;
    }

    /** The model of the measured series of the same name and index; ignored when it has no point. */
    PlotLines model(Series series) {
        if (!series.points().isEmpty()) {
            models.add(new Line(series.name() + " (model)", x(series), y(series), null, series.index()));
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

    /** The models drawn: those that differ from the lower bound of their own series. */
    private List<Line> drawnModels() {
        return models.stream().filter(model -> lowerBounds.stream()
                .noneMatch(bound -> bound.index() == model.index() && bound.sameCurve(model))).toList();
    }

    /** Whether some lower bound or model is shared by several series, and so drawn in near-black. */
    boolean hasSharedLine() {
        List<Line> drawnModels = drawnModels();
        return lowerBounds.stream().anyMatch(line -> shared(lowerBounds, line))
                || drawnModels.stream().anyMatch(line -> shared(drawnModels, line));
    }

    /** Draws the limits, lower bounds and models, then the measurements over them. */
    void addTo(XYChart chart) {
        for (Line limit : limits) {
            XYSeries series = chart.addSeries(limit.name(), limit.x(), limit.y());
            series.setLineColor(SHARED);
            series.setLineStyle(LOWER_BOUND);
            series.setMarker(SeriesMarkers.NONE);
        }
        addReferences(chart, lowerBounds, LOWER_BOUND);
        addReferences(chart, drawnModels(), MODEL);
        for (Line line : measured) {
            for (Line other : beside) {
                if (other.index() == line.index()) {
                    addMeasured(chart, other, ChartStyle.lighter(ChartStyle.colour(line.index())), BESIDE);
                }
            }
            addMeasured(chart, line, ChartStyle.colour(line.index()), MEASURED);
        }
    }

    private static void addMeasured(XYChart chart, Line line, Color colour, BasicStroke stroke) {
        XYSeries series = line.errors() == null ? chart.addSeries(line.name(), line.x(), line.y())
                : chart.addSeries(line.name(), line.x(), line.y(), cutBars(line.y(), line.errors()));
        series.setLineColor(colour);
        series.setMarkerColor(colour);
        series.setLineStyle(stroke);
        series.setMarker(ChartStyle.marker(line.index()));
    }

    /** Reference lines of one kind, each curve once: near-black where several series share it. */
    private static void addReferences(XYChart chart, List<Line> lines, BasicStroke stroke) {
        List<Line> drawn = new ArrayList<>();
        for (Line line : lines) {
            if (drawn.stream().anyMatch(line::sameCurve)) {
                continue;
            }
            drawn.add(line);
            XYSeries series = chart.addSeries(line.name(), line.x(), line.y());
            series.setLineColor(shared(lines, line) ? SHARED : ChartStyle.colour(line.index()));
            series.setLineStyle(stroke);
            series.setMarker(SeriesMarkers.NONE);
            series.setShowInLegend(false);
        }
    }

    /**
     * How to read the lines, as the last footnote line: bars are the measurements' intervals; dashed lines the
     * lower bounds, dotted lines the models (each said only if drawn).
     *
     * @param lowerBoundMeaning what the lower bound is on this chart
     * @param modelMeaning what the model is on this chart
     */
    String legendNote(String lowerBoundMeaning, String modelMeaning) {
        return legendNote(MEASURED_BARS, lowerBoundMeaning, modelMeaning);
    }

    /** How to read the lines, with what the bars are. */
    String legendNote(String bars, String lowerBoundMeaning, String modelMeaning) {
        List<String> parts = new ArrayList<>();
        if (!lowerBounds.isEmpty()) {
            parts.add("dashed, same colour: " + lowerBoundMeaning);
        }
        if (!models.isEmpty()) {
            parts.add("dotted, same colour: " + modelMeaning + ", not a bound"
                    + (lowerBounds.isEmpty() ? "" : " (drawn where it differs from the lower bound)"));
        }
        if (hasSharedLine()) {
            parts.add("black: a line several strategies share");
        }
        return "Solid: " + bars + "." + (parts.isEmpty() ? "" : " " + capitalised(String.join("; ", parts)) + ".");
    }

    /**
     * How to read the lines of a chart whose dashed lines are what its measurements are set beside, as the last
     * footnote line.
     *
     * @param solid what a solid line is, and its bars
     * @param dashed what a dashed line is
     */
    static String besideNote(String solid, String dashed) {
        return "Solid: " + solid + ". Dashed, in a lighter shade of the same colour and with the same marker: " + dashed
                + ".";
    }

    /** How to read the lines of a chart whose only dashed lines are limits, as the last footnote line. */
    static String limitNote(String limitMeaning) {
        return "Solid: " + MEASURED_BARS + ". Black dashed: " + limitMeaning + ".";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean shared(List<Line> lines, Line line) {
        return lines.stream().filter(line::sameCurve).count() > 1;
    }

    private static double[] cutBars(double[] values, double[] errors) {
        double[] cut = new double[errors.length];
        for (int i = 0; i < errors.length; i++) {
            cut[i] = Math.min(errors[i], values[i] * LONGEST_BAR);
        }
        return cut;
    }
}
