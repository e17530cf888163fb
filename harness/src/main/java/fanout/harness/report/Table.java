package fanout.harness.report;

import fanout.harness.model.RecordStatus;
import java.util.List;
import java.util.Set;

/**
 * A table of a report, before it is written as HTML or Markdown, so that both show the same cells.
 *
 * @param caption what the table holds
 * @param header the column names
 * @param numeric the indexes of the columns that hold numbers (right-aligned in HTML)
 * @param rows the rows, each as long as the header
 * @param note a sentence shown under the table, or empty
 */
record Table(String caption, List<String> header, Set<Integer> numeric, List<Row> rows, String note) {

    Table {
        header = List.copyOf(header);
        numeric = Set.copyOf(numeric);
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
     * @param cells the text of each cell
     * @param status the status of the record the row shows, so that failed rows stand out; null for other rows
     */
    record Row(List<String> cells, RecordStatus status) {
        Row {
            cells = List.copyOf(cells);
        }

        static Row of(List<String> cells) {
            return new Row(cells, null);
        }
    }
}
