package fanout.harness.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * An {@link XYChart} with lines of text below the plot, in space of their own: the environment a chart was
 * measured in and how to read it, which a cited PNG or SVG must carry with it. XChart lays a chart out in the
 * height it is painted with, so this paints the chart in the height minus the footnote and the footnote below,
 * each line wrapped at spaces to the width.
 */
final class FootnotedChart extends XYChart {
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int LINE_SPACING = 4;
    private static final int PADDING = 6;

    private final List<String> footnote;

    FootnotedChart(int width, int height, List<String> footnote) {
        super(width, height);
        this.footnote = List.copyOf(footnote);
    }

    List<String> footnote() {
        return footnote;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        FontMetrics metrics = g.getFontMetrics(FONT);
        int left = getStyler().getChartPadding() + 2;
        List<String> lines = wrap(metrics, width - 2 * left);
        int lineHeight = metrics.getHeight() + LINE_SPACING;
        int footnoteHeight = lines.isEmpty() ? 0 : 2 * PADDING + lineHeight * lines.size();
        super.paint(g, width, height - footnoteHeight);
        setHeight(height);
        if (lines.isEmpty()) {
            return;
        }
        g.setColor(getStyler().getChartBackgroundColor());
        g.fillRect(0, height - footnoteHeight, width, footnoteHeight);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(getStyler().getChartFontColor());
        g.setFont(FONT);
        int baseline = height - footnoteHeight + PADDING + metrics.getAscent();
        for (String line : lines) {
            g.drawString(line, left, baseline);
            baseline += lineHeight;
        }
    }

    /** The footnote's lines, each broken at spaces where it is wider than {@code width}. */
    private List<String> wrap(FontMetrics metrics, int width) {
        List<String> wrapped = new ArrayList<>();
        for (String line : footnote) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (current.length() > 0 && metrics.stringWidth(candidate) > width) {
                    wrapped.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            wrapped.add(current.toString());
        }
        return wrapped;
    }
}
