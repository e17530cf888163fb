package fanout.harness.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * An {@link XYChart} with lines of text below the plot, in space of their own: the environment a chart was
 * measured in and how to read it, which a cited PNG or SVG must carry with it. XChart lays a chart out in the
 * height it is painted with, so this paints the chart in the height minus the footnote and the footnote below.
 */
final class FootnotedChart extends XYChart {
    private static final int PADDING = 8;
    private static final int LARGEST_FONT = 13;
    private static final int SMALLEST_FONT = 9;

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
        int lineHeight = LARGEST_FONT + 5;
        int footnoteHeight = footnote.isEmpty() ? 0 : 2 * PADDING + lineHeight * footnote.size();
        super.paint(g, width, height - footnoteHeight);
        setHeight(height);
        if (footnote.isEmpty()) {
            return;
        }
        g.setColor(getStyler().getChartBackgroundColor());
        g.fillRect(0, height - footnoteHeight, width, footnoteHeight);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(getStyler().getChartFontColor());
        int left = getStyler().getChartPadding() + 2;
        g.setFont(fittingFont(g, width - 2 * left));
        int baseline = height - footnoteHeight + PADDING + g.getFontMetrics().getAscent();
        for (String line : footnote) {
            g.drawString(line, left, baseline);
            baseline += lineHeight;
        }
    }

    /** The largest font, down to a legible minimum, in which every line fits the width. */
    private Font fittingFont(Graphics2D g, int width) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, LARGEST_FONT);
        while (font.getSize() > SMALLEST_FONT && widest(g.getFontMetrics(font)) > width) {
            font = font.deriveFont((float) font.getSize() - 1);
        }
        return font;
    }

    private int widest(FontMetrics metrics) {
        return footnote.stream().mapToInt(metrics::stringWidth).max().orElse(0);
    }
}
