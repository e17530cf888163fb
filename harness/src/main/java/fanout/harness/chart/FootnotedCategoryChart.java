package fanout.harness.chart;

import java.awt.Graphics2D;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/** A {@link CategoryChart} (bars per category) with a {@link Footnote} below the plot. */
final class FootnotedCategoryChart extends CategoryChart implements Footnoted {
    private final Footnote footnote;

    FootnotedCategoryChart(int width, int height, List<String> footnote) {
        super(width, height);
        this.footnote = new Footnote(footnote);
    }

    @Override
    public List<String> footnote() {
        return footnote.lines();
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        footnote.paint(g, width, height, getStyler(), chartHeight -> {
            super.paint(g, width, chartHeight);
            setHeight(height);
        });
    }
}
