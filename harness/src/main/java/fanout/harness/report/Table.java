package fanout.harness.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A table of a report, before it is written as HTML, Markdown or console text, so that all show the same cells.
 * Units are right by construction: where every quantity in a column has one unit, the heading names it ("score ±
 * error (ms/op)") and the cells do not; where a column mixes units, each cell names its own.
 *
 * @param caption what the table holds
 * @param header the column names, without units
 * @param rows the rows, each as long as the header
 * @param note a sentence shown under the table, or empty
 */
public record Table(String caption, List<String> header, List<Row> rows, String note) implements Block {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != header.size()) {
                throw new IllegalArgumentException("row of " + row.cells().size() + " cells under a header of "
                        + header.size() + " in " + caption);
            }
        }
    }

    /**
     * One row.
     *
     * @param cells the cells
     * @param mark what makes the row stand out, if anything
     */
    public record Row(List<Cell> cells, Mark mark) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(List<Cell> cells) {
            return new Row(cells, Mark.NONE);
        }
    }

    /** What a row shows, so that failed records and verdicts stand out (an HTML class). */
    public enum Mark {
        NONE, FAILED, UNSUPPORTED, REGRESSED, IMPROVED, EQUIVALENT, INCONCLUSIVE, INCOMPLETE;

        /** The HTML class, e.g. {@code regressed}; empty for none. */
        public String cssClass() {
            return this == NONE ? "" : this == INCOMPLETE ? "unsupported"
                    : name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The column headings, each with its column's unit where all its quantities share one. */
    public List<String> headings() {
        return IntStream.range(0, header.size())
                .mapToObj(i -> commonUnit(i).map(unit -> header.get(i) + " (" + unit + ")").orElse(header.get(i)))
                .toList();
    }

    /** The text of a cell other than links, with its unit where the heading does not carry it. */
    public String text(int column, Cell cell) {
        if (cell instanceof Cell.Text t) {
            return t.text();
        }
        if (cell instanceof Cell.Number n) {
            return n.text();
        }
        if (cell instanceof Cell.Quantity q) {
            return commonUnit(column).isPresent() ? q.text() : q.text() + " " + q.unit();
        }
        if (cell instanceof Cell.Links l) {
            return String.join(" · ", l.links().stream().map(Cell.Link::text).toList());
        }
        return "–";
    }

    /** Whether a column holds numbers (it has at least one numeric cell), which are right-aligned. */
    public boolean numeric(int column) {
        return rows.stream().anyMatch(row -> row.cells().get(column).numeric());
    }

    /** Whether any heading has text; a table of name–value pairs has none. */
    public boolean hasHeader() {
        return header.stream().anyMatch(name -> !name.isEmpty());
    }

    private java.util.Optional<String> commonUnit(int column) {
        Set<String> units = new LinkedHashSet<>();
        for (Row row : rows) {
            if (row.cells().get(column) instanceof Cell.Quantity q) {
                units.add(q.unit());
            }
        }
        return units.size() == 1 ? java.util.Optional.of(units.iterator().next()) : java.util.Optional.empty();
    }
}
