package fanout.harness.chart;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the text back out of a filled glyph outline. XChart paints every piece of text as the outline of its glyphs
 * ({@code TextLayout.getOutline} then {@code Graphics2D.fill}), so a vector file of a chart would hold each label as
 * paths: heavy, and its text can be neither selected nor searched. Given the fonts the chart paints with, this finds
 * the characters whose outlines, placed one after another along one baseline (at any angle), make up exactly the
 * filled shape, and where that baseline starts, so that the text can be written as text instead.
 *
 * <p>Each character's outline is taken from the same font and font render context as the painter's, so a match is
 * exact up to float rounding. A shape that is not exactly such a run (a bar, a marker, text in another font) is not
 * a run, and is left to be filled as it was; one that is exactly a glyph's outline (a rectangle of the size of a '-')
 * reads as that glyph, whose text then makes the same marks.
 */
final class GlyphRuns {
    /** How far a point may lie from where the glyph puts it, in user-space units: float rounding only. */
    private static final double EPSILON = 0.02;
    /** Charts turn text by a quarter turn at most (the y axis title, slanted tick labels). */
    private static final double MAX_ANGLE = Math.PI / 2 + 1e-6;
    /** Each character's glyph per font and render context, laid out once for every chart (none: it draws nothing). */
    private static final Map<List<Object>, Optional<Glyph>> OUTLINES = new ConcurrentHashMap<>();
    /** Besides printable ASCII and Latin-1: the symbols the suite's labels use. */
    private static final String SYMBOLS = "×·–—‒−≤≥≈±µ⌈⌉⌊⌋→←↑↓…‘’“”√∞ΔθσλΣ";

    /** A piece of text found: the string, its font, the start of its baseline and the baseline's angle (radians). */
    record Run(String text, Font font, double x, double y, double angle) {}

    private record Segment(int type, double[] points) {}

    /** One character's outline with its origin at (0, 0), and how far it moves the pen. */
    private record Glyph(char c, List<Segment> segments, double advance) {}

    private final List<Font> fonts;
    private final FontRenderContext context;
    private final List<Character> characters;
    private final Map<Font, List<Glyph>> glyphs = new HashMap<>();
    private final Map<Font, Double> spaceAdvance = new HashMap<>();

    /**
     * @param fonts the fonts text may be painted in, most likely first
     * @param context the painter's font render context
     * @param texts strings the painter is known to draw: their characters are tried first
     */
    GlyphRuns(List<Font> fonts, FontRenderContext context, List<String> texts) {
        this.fonts = List.copyOf(new LinkedHashSet<>(fonts));
        this.context = context;
        Set<Character> ordered = new LinkedHashSet<>();
        texts.forEach(text -> text.chars().forEach(c -> ordered.add((char) c)));
        for (char c = 0x21; c < 0x7f; c++) {
            ordered.add(c);
        }
        for (char c = 0xa1; c <= 0xff; c++) {
            ordered.add(c);
        }
        SYMBOLS.chars().forEach(c -> ordered.add((char) c));
        ordered.removeIf(Character::isWhitespace);
        this.characters = List.copyOf(ordered);
    }

    /** The text {@code shape} is the outline of, if it is exactly one run of glyphs of one of the fonts. */
    Optional<Run> read(Shape shape) {
        List<Segment> segments = segments(shape, null);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        for (Font font : fonts) {
            Optional<Run> run = read(segments, font);
            if (run.isPresent()) {
                return run;
            }
        }
        return Optional.empty();
    }

    private Optional<Run> read(List<Segment> segments, Font font) {
        List<Glyph> table = glyphs(font);
        // The first glyph fixes the angle and the start of the baseline; try each that fits until the rest reads.
        for (Glyph first : table) {
            Optional<AffineTransform> placed = place(first, segments, 0, null);
            if (placed.isEmpty()) {
                continue;
            }
            AffineTransform at = placed.get();
            double angle = Math.atan2(at.getShearY(), at.getScaleX());
            if (Math.abs(angle) > MAX_ANGLE) {
                continue; // text is never drawn upside down: '6' turned half round is not a '9'
            }
            Optional<String> rest = readOn(segments, first.segments().size(), font, table, at,
                    first.advance(), new StringBuilder().append(first.c()));
            if (rest.isPresent()) {
                return Optional.of(new Run(rest.get(), font, at.getTranslateX(), at.getTranslateY(), angle));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads glyphs from segment {@code from} on, on the baseline of {@code start} (the first glyph's placement),
     * the pen {@code pen} units along it; spaces are the gaps of whole space advances between glyphs.
     */
    private Optional<String> readOn(List<Segment> segments, int from, Font font, List<Glyph> table,
            AffineTransform start, double pen, StringBuilder text) {
        int at = from;
        double position = pen;
        double space = spaceAdvance.get(font);
        AffineTransform rotation = AffineTransform.getRotateInstance(Math.atan2(start.getShearY(), start.getScaleX()));
        while (at < segments.size()) {
            Glyph found = null;
            double gap = 0;
            for (Glyph glyph : table) {
                Optional<AffineTransform> placed = place(glyph, segments, at, rotation);
                if (placed.isEmpty()) {
                    continue;
                }
                // Where this glyph's origin lies, measured along and across the first glyph's baseline.
                double[] offset = {placed.get().getTranslateX() - start.getTranslateX(),
                        placed.get().getTranslateY() - start.getTranslateY()};
                double along = offset[0] * Math.cos(angle(start)) + offset[1] * Math.sin(angle(start));
                double across = -offset[0] * Math.sin(angle(start)) + offset[1] * Math.cos(angle(start));
                double spaces = (along - position) / space;
                long whole = Math.round(spaces);
                if (Math.abs(across) < EPSILON && whole >= 0 && Math.abs(along - position - whole * space) < EPSILON) {
                    found = glyph; // the table lists the glyphs with the most segments first: the longest match
                    gap = whole;
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            text.append(" ".repeat((int) gap)).append(found.c());
            position += gap * space + found.advance();
            at += found.segments().size();
        }
        return Optional.of(text.toString());
    }

    private static double angle(AffineTransform at) {
        return Math.atan2(at.getShearY(), at.getScaleX());
    }

    /**
     * The rotation and translation that put {@code glyph}'s outline exactly onto the segments from {@code at} on;
     * with {@code rotation} given, only that rotation is tried.
     */
    private static Optional<AffineTransform> place(Glyph glyph, List<Segment> segments, int at,
            AffineTransform rotation) {
        List<Segment> outline = glyph.segments();
        if (at + outline.size() > segments.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < outline.size(); i++) {
            Segment a = outline.get(i);
            Segment b = segments.get(at + i);
            if (a.type() != b.type() || a.points().length != b.points().length) {
                return Optional.empty();
            }
        }
        double[] g0 = outline.get(0).points();
        double[] s0 = segments.get(at).points();
        AffineTransform transform;
        if (rotation != null) {
            transform = new AffineTransform(rotation);
        } else {
            // The angle from the first point to the first point some distance from it, in both.
            double[] g1 = null;
            double[] s1 = null;
            search:
            for (int i = 0; i < outline.size(); i++) {
                double[] gp = outline.get(i).points();
                double[] sp = segments.get(at + i).points();
                for (int k = 0; k + 1 < gp.length; k += 2) {
                    if (Math.hypot(gp[k] - g0[0], gp[k + 1] - g0[1]) > 1) {
                        g1 = new double[] {gp[k], gp[k + 1]};
                        s1 = new double[] {sp[k], sp[k + 1]};
                        break search;
                    }
                }
            }
            if (g1 == null) {
                return Optional.empty();
            }
            double theta = Math.atan2(s1[1] - s0[1], s1[0] - s0[0]) - Math.atan2(g1[1] - g0[1], g1[0] - g0[0]);
            transform = AffineTransform.getRotateInstance(theta);
        }
        double[] rotated = new double[2];
        transform.transform(g0, 0, rotated, 0, 1);
        AffineTransform placed = AffineTransform.getTranslateInstance(s0[0] - rotated[0], s0[1] - rotated[1]);
        placed.concatenate(transform);
        double[] mapped = new double[6];
        for (int i = 0; i < outline.size(); i++) {
            double[] gp = outline.get(i).points();
            double[] sp = segments.get(at + i).points();
            placed.transform(gp, 0, mapped, 0, gp.length / 2);
            for (int k = 0; k < gp.length; k++) {
                if (Math.abs(mapped[k] - sp[k]) > EPSILON) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(placed);
    }

    private List<Glyph> glyphs(Font font) {
        return glyphs.computeIfAbsent(font, f -> {
            spaceAdvance.put(f, (double) new TextLayout("a a", f, context).getAdvance()
                    - 2 * new TextLayout("a", f, context).getAdvance());
            List<Glyph> table = new ArrayList<>();
            for (char c : characters) {
                OUTLINES.computeIfAbsent(List.of(f, context, c), key -> outline(f, c)).ifPresent(table::add);
            }
            // The glyph with the most segments first: a glyph whose outline begins like another's (':' and '.')
            // is then never taken for the shorter one.
            table.sort(Comparator.comparingInt((Glyph glyph) -> glyph.segments().size()).reversed());
            return table;
        });
    }

    private Optional<Glyph> outline(Font font, char c) {
        if (!font.canDisplay(c)) {
            return Optional.empty();
        }
        TextLayout layout = new TextLayout(String.valueOf(c), font, context);
        List<Segment> outline = segments(layout.getOutline(null), null);
        return outline.isEmpty() ? Optional.empty() : Optional.of(new Glyph(c, outline, layout.getAdvance()));
    }

    /** The shape's path as segments (moves, lines, curves, closes), each with its points. */
    private static List<Segment> segments(Shape shape, AffineTransform at) {
        List<Segment> segments = new ArrayList<>();
        double[] coords = new double[6];
        for (PathIterator it = shape.getPathIterator(at); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            int points = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
                case PathIterator.SEG_QUADTO -> 2;
                case PathIterator.SEG_CUBICTO -> 3;
                default -> 0;
            };
            double[] copy = new double[2 * points];
            System.arraycopy(coords, 0, copy, 0, copy.length);
            segments.add(new Segment(type, copy));
        }
        return segments;
    }
}
