package fanout.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Text painted as glyph outlines (the way XChart paints it) is read back as the same string, place and angle. */
class GlyphRunsTest {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final GlyphRuns RUNS = new GlyphRuns(List.of(TICKS, TITLE), CONTEXT, List.of());

    /** The outline XChart fills: the layout's outline, rotated by {@code degrees} about its origin, then moved. */
    private static Shape painted(String text, Font font, double degrees, double x, double y) {
        AffineTransform at = AffineTransform.getTranslateInstance(x, y);
        at.rotate(Math.toRadians(degrees));
        return new TextLayout(text, font, CONTEXT).getOutline(at);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -90, 30, 90})
    void readsTheTextItsFontAndWhereItsBaselineStarts(double degrees) {
        String text = "makespan per fan-out (ms/op, log scale) ≤ 1000 · N×L";

        GlyphRuns.Run run = RUNS.read(painted(text, TICKS, degrees, 72.5, 401.25)).orElseThrow();

        assertEquals(text, run.text());
        assertEquals(TICKS, run.font());
        assertEquals(72.5, run.x(), 1e-3);
        assertEquals(401.25, run.y(), 1e-3);
        assertEquals(Math.toRadians(degrees), run.angle(), 1e-6);
    }

    /** Text is never upside down in a chart: a '6' turned half round must not read as the '9' it looks like. */
    @Test
    void aHalfTurnedGlyphIsNotRead() {
        assertEquals(Optional.empty(), RUNS.read(painted("6", TICKS, 180, 50, 50)));
        assertEquals(Optional.empty(), RUNS.read(painted("9", TICKS, 180, 50, 50)));
    }

    @Test
    void tellsTheFontsApartAndKeepsRunsOfSpaces() {
        assertEquals("Makespan vs N", RUNS.read(painted("Makespan vs N", TITLE, 0, 10, 20)).orElseThrow().text());
        assertEquals("a   b", RUNS.read(painted("a   b", TICKS, 0, 0, 0)).orElseThrow().text());
        assertEquals(":i.", RUNS.read(painted(":i.", TICKS, 0, 0, 0)).orElseThrow().text());
    }

    @Test
    void aShapeThatIsNotTextIsNotRead() {
        assertEquals(Optional.empty(), RUNS.read(new Rectangle2D.Double(10, 10, 3, 1)));
        assertEquals(Optional.empty(), RUNS.read(new Ellipse2D.Double(10, 10, 8, 8)));
        assertEquals(Optional.empty(), RUNS.read(new Path2D.Double()));
        // bars, boxes and dashes drawn as paths: a rectangle glyph ('-', '.') is a path of four points too, so only its
        // exact size reads as it (and then the text drawn makes the very same marks)
        for (Rectangle2D box : List.of(new Rectangle2D.Double(10, 10, 3, 1), new Rectangle2D.Double(80, 20, 30, 120),
                new Rectangle2D.Double(5, 5, 10, 10), new Rectangle2D.Double(0, -4, 4, 1))) {
            assertEquals(Optional.empty(), RUNS.read(new Path2D.Double(box)), "a rectangle as a path: " + box);
        }
        Font other = new Font(Font.SERIF, Font.ITALIC, 13);
        assertEquals(Optional.empty(), RUNS.read(painted("Serif text", other, 0, 5, 5)), "a font it was not given");
        // text followed by a shape that is not a glyph: not a run as a whole, so it is filled as it was
        Path2D mixed = new Path2D.Double(painted("10", TICKS, 0, 0, 0));
        mixed.append(new Rectangle2D.Double(40, -5, 3, 1), false);
        assertTrue(RUNS.read(mixed).isEmpty());
    }
}
