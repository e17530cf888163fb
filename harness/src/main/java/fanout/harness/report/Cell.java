package fanout.harness.report;

import java.nio.file.Path;
import java.util.List;

/**
 * One cell of a {@link Table}, typed so that both renderers align it alike and a table can state each column's unit
 * once: in the heading when every quantity of the column has the same unit, in each cell otherwise.
 */
public sealed interface Cell permits Cell.Text, Cell.Number, Cell.Quantity, Cell.Missing, Cell.Links {

    /** Words: left-aligned. */
    record Text(String text) implements Cell {}

    /** A number without a unit (a count, a ratio, a fraction), already formatted: right-aligned. */
    record Number(String text) implements Cell {}

    /**
     * A number with a unit, already formatted without it ("161.2 ± 1.3", "[159.9, 162.5]"): right-aligned.
     *
     * @param text the number
     * @param unit its unit, e.g. {@code ms/op}
     */
    record Quantity(String text, String unit) implements Cell {}

    /** Nothing to show here: "–". */
    record Missing() implements Cell {}

    /** Links to files, e.g. a run's reports, shown as "HTML · Markdown · results.json". */
    record Links(List<Link> links) implements Cell {
        public Links {
            links = List.copyOf(links);
        }
    }

    /**
     * A link to a file.
     *
     * @param text what the link says
     * @param target the file it points at, made relative to the page by the renderer
     */
    record Link(String text, Path target) {}

    static Cell text(String text) {
        return new Text(text == null ? "unknown" : text);
    }

    static Cell number(String text) {
        return new Number(text);
    }

    static Cell quantity(String text, String unit) {
        return new Quantity(text, unit);
    }

    static Cell missing() {
        return new Missing();
    }

    /** Whether the cell holds a number, which is right-aligned. */
    default boolean numeric() {
        return this instanceof Number || this instanceof Quantity;
    }
}
