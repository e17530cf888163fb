package fanout.harness.chart;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * A chart as SVG whose text is {@code <text>}: selectable, searchable, and a tenth of the size of the glyph outlines
 * XChart would otherwise leave in the file. The chart paints into VectorGraphics2D (what XChart's own SVG export uses);
 * every fill that {@link GlyphRuns} reads as a run of glyphs in one of the chart's fonts is drawn as that string
 * instead, at the same place and angle. Anything else is drawn as it was.
 */
final class TextSvg {
    /**
     * VectorGraphics2D leaves out a font size equal to its default (12) and names only the physical family; an SVG
     * viewer's default size is 16 px and it may not have that family. The root sets both defaults.
     */
    private static final String ROOT_TEXT_STYLE =
            "font-size=\"12px\" font-family=\"'DejaVu Sans', Verdana, sans-serif\" ";

    private TextSvg() {}

    /** The chart as an SVG document, {@code width}×{@code height} as the chart is. */
    static byte[] of(Chart<?, ?> chart) throws IOException {
        TextKeeping graphics = new TextKeeping();
        graphics.runs = new GlyphRuns(fonts(chart.getStyler()), graphics.getFontRenderContext(), texts(chart));
        chart.paint(graphics, chart.getWidth(), chart.getHeight());
        Document document = new SVGProcessor().getDocument(graphics.getCommands(),
                new PageSize(0, 0, chart.getWidth(), chart.getHeight()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.writeTo(bytes);
        return withTextDefaults(bytes.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** Adds the text defaults to the root element, and a generic fallback to every family VectorGraphics2D named. */
    static String withTextDefaults(String svg) {
        int root = svg.indexOf("<svg ");
        if (root < 0) {
            throw new IllegalStateException("not an SVG document: no <svg> element");
        }
        String withRoot = svg.substring(0, root + 5) + ROOT_TEXT_STYLE + svg.substring(root + 5);
        return withRoot.replaceAll("font-family:&quot;([^&]*)&quot;;", "font-family:&quot;$1&quot;, sans-serif;");
    }

    /** The fonts XChart paints a chart's text in: title, axis titles, tick labels, legend, annotations. */
    private static List<Font> fonts(Styler styler) {
        List<Font> fonts = new ArrayList<>();
        if (styler instanceof AxesChartStyler axes) {
            fonts.add(axes.getAxisTickLabelsFont());
            fonts.add(axes.getAxisTitleFont());
        }
        fonts.add(styler.getLegendFont());
        fonts.add(styler.getChartTitleFont());
        fonts.add(styler.getAnnotationTextFont());
        fonts.add(styler.getBaseFont());
        fonts.removeIf(Objects::isNull);
        return fonts;
    }

    /** The strings the chart is known to draw: title, axis titles, series names. */
    private static List<String> texts(Chart<?, ?> chart) {
        List<String> texts = new ArrayList<>();
        texts.add(chart.getTitle());
        texts.add(chart.getXAxisTitle());
        texts.add(chart.getYAxisTitle());
        texts.addAll(chart.getSeriesMap().keySet());
        texts.removeIf(Objects::isNull);
        return texts;
    }

    /** VectorGraphics2D that draws a filled glyph run as its string. Copies made by create() do the same. */
    private static final class TextKeeping extends VectorGraphics2D {
        private GlyphRuns runs;

        @Override
        public void fill(Shape shape) {
            Optional<GlyphRuns.Run> run = runs == null ? Optional.empty() : runs.read(shape);
            if (run.isEmpty()) {
                super.fill(shape);
                return;
            }
            GlyphRuns.Run text = run.get();
            AffineTransform before = getTransform();
            Font font = getFont();
            translate(text.x(), text.y());
            rotate(text.angle());
            setFont(text.font());
            super.drawString(text.text(), 0f, 0f);
            setFont(font);
            setTransform(before);
        }
    }
}
