package fanout.harness.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writing text from results into Markdown (GitHub flavour) so that it reads as the text it is: Markdown's and
 * HTML's special characters backslash-escaped, line breaks turned into spaces, and tables with {@code |} in a
 * cell kept intact.
 */
final class Markdown {
    /** Characters that start Markdown or HTML syntax; {@code _} only at a word's edge, where it can emphasise. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*\\[\\]<>|#!&]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])");

    private Markdown() {}

    /** Text as literal Markdown inline content, on one line. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return SPECIAL.matcher(oneLine).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    /** The table as a GitHub table, its caption as a bold line above it and its note below. */
    static String table(Table table) {
        StringBuilder md = new StringBuilder();
        if (!table.caption().isEmpty()) {
            md.append("**").append(escape(table.caption())).append("**\n\n");
        }
        md.append(row(table.header()));
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < table.header().size(); i++) {
            rule.append(table.numeric().contains(i) ? "---:|" : "---|");
        }
        md.append(rule).append('\n');
        for (Table.Row row : table.rows()) {
            md.append(row(row.cells()));
        }
        if (!table.note().isEmpty()) {
            md.append('\n').append(escape(table.note())).append('\n');
        }
        return md.append('\n').toString();
    }

    private static String row(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(cell.isEmpty() ? " " : escape(cell)).append(" |");
        }
        return row.append('\n').toString();
    }
}
