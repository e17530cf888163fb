package fanout.harness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes sections for a terminal: headings and paragraphs as lines, list items after "- ", tables in fixed-width
 * columns with numbers right-aligned and a rule under the heading.
 */
public final class TextRenderer {
    private TextRenderer() {}

    /** The sections as plain text, a blank line after each block. */
    public static String sections(List<Report.Section> sections) {
        StringBuilder text = new StringBuilder();
        for (Report.Section section : sections) {
            text.append(section.heading()).append("\n\n");
            for (Block block : section.blocks()) {
                if (block instanceof Block.Paragraph paragraph) {
                    text.append(paragraph.text()).append('\n');
                } else if (block instanceof Block.Bullets bullets) {
                    bullets.items().forEach(item -> text.append("- ").append(item).append('\n'));
                } else if (block instanceof Table table) {
                    text.append(table(table));
                    if (!table.note().isEmpty()) {
                        text.append(table.note()).append('\n');
                    }
                } else if (block instanceof Block.DataFiles files) {
                    files.names().forEach(name -> text.append("- ").append(name).append('\n'));
                } else if (block instanceof Block.Chart chart) {
                    text.append(chart.chart().title()).append(": ").append(chart.chart().sentence()).append('\n');
                }
                text.append('\n');
            }
        }
        return text.toString().stripTrailing() + "\n";
    }

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
