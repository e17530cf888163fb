package fanout.harness.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.knowm.xchart.style.Styler;

/**
 * Lines of text below a chart's plot, in space of their own: the environment a chart was measured in and how to
 * read it, which a cited PNG or SVG must carry with it. XChart lays a chart out in the height it is painted with,
 * so the chart is painted in the height minus the footnote and the footnote below, each line wrapped at spaces to
 * the width. {@link FootnotedChart} and {@link FootnotedCategoryChart} paint through it.
 */
final class Footnote {
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int LINE_SPACING = 4;
    private static final int PADDING = 6;

    private final List<String> lines;

    Footnote(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }

    /**
     * Paints the chart through {@code paintChart} (given the height left for it), then the footnote below it.
     */
    void paint(Graphics2D g, int width, int height, Styler styler, IntConsumer paintChart) {
        FontMetrics metrics = g.getFontMetrics(FONT);
        int left = styler.getChartPadding() + 2;
        List<String> wrapped = wrap(metrics, width - 2 * left);
        int lineHeight = metrics.getHeight() + LINE_SPACING;
        int footnoteHeight = wrapped.isEmpty() ? 0 : 2 * PADDING + lineHeight * wrapped.size();
        paintChart.accept(height - footnoteHeight);
        if (wrapped.isEmpty()) {
            return;
        }
        g.setColor(styler.getChartBackgroundColor());
        g.fillRect(0, height - footnoteHeight, width, footnoteHeight);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(styler.getChartFontColor());
        g.setFont(FONT);
        int baseline = height - footnoteHeight + PADDING + metrics.getAscent();
        for (String line : wrapped) {
            g.drawString(line, left, baseline);
            baseline += lineHeight;
        }
    }

    /** The lines, each broken at spaces where it is wider than {@code width}. */
    private List<String> wrap(FontMetrics metrics, int width) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
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
