package fanout.harness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Writes a {@link Table} for a terminal: fixed-width columns, numbers right-aligned, a rule under the heading. */
public final class TextRenderer {
    private TextRenderer() {}

    /** The table's rows as lines, each ending with a line break. */
    public static String table(Table table) {
        List<List<String>> all = new ArrayList<>();
        all.add(table.headings());
        for (Table.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                cells.add(table.text(i, row.cells().get(i)));
            }
            all.add(cells);
        }
        int[] widths = new int[table.header().size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(table.numeric(i) ? pad + cell : cell + pad);
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                StringJoiner rule = new StringJoiner("  ");
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                text.append(rule).append('\n');
            }
        }
        return text.toString();
    }
}
