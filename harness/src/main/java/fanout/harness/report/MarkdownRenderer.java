package fanout.harness.report;

import fanout.harness.chart.RenderedChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link Report} as Markdown (GitHub flavour), for docs: the same sections, sentences and tables as the
 * {@linkplain HtmlRenderer HTML page}, charts as relative links to their SVG files, each followed by the Markdown to
 * cite it ({@link ChartCitation}) in a collapsed {@code <details>}, the only HTML this page writes. Text from results
 * is escaped so that it reads as the text it is: Markdown's and HTML's special characters backslash-escaped, line
 * breaks turned into spaces, and {@code |} in a cell kept from ending it.
 */
public final class MarkdownRenderer {
    /** Characters that start Markdown or HTML syntax; {@code _} only at a word's edge, where it can emphasise. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*\\[\\]<>|#!&]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])");

    private final Path pageDir;
    private final StringBuilder md = new StringBuilder();
    /** Whether {@link ChartCitation#NOTE} was written, before the first chart. */
    private boolean citationNoted;

    private MarkdownRenderer(Path pageDir) {
        this.pageDir = pageDir;
    }

    /** The report written into {@code pageDir}; links are relative to it. */
    public static String page(Report report, Path pageDir) {
        MarkdownRenderer renderer = new MarkdownRenderer(pageDir);
        renderer.md.append("# ").append(escape(report.title())).append("\n\n");
        report.lead().forEach(renderer::block);
        renderer.sections(report.sections());
        return renderer.finished();
    }

    /** Sections alone, without a title, e.g. for a pull-request comment. */
    public static String sections(List<Report.Section> sections, Path pageDir) {
        MarkdownRenderer renderer = new MarkdownRenderer(pageDir);
        renderer.sections(sections);
        return renderer.finished();
    }

    /** Text as literal Markdown inline content, on one line. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return SPECIAL.matcher(oneLine).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    private void sections(List<Report.Section> sections) {
        for (Report.Section section : sections) {
            md.append("## ").append(escape(section.heading())).append("\n\n");
            section.blocks().forEach(this::block);
        }
    }

    /** The document with one line break at its end. */
    private String finished() {
        int end = md.length();
        while (end > 0 && md.charAt(end - 1) == '\n') {
            end--;
        }
        return md.substring(0, end) + "\n";
    }

    /** A block, followed by a blank line. */
    private void block(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            md.append(paragraph.kind() == Block.Paragraph.Kind.WARNING ? "> **" + escape(paragraph.text()) + "**"
                    : escape(paragraph.text())).append("\n\n");
        } else if (block instanceof Block.Bullets bullets) {
            bullets.items().forEach(item -> md.append("- ").append(escape(item)).append('\n'));
            md.append('\n');
        } else if (block instanceof Block.Chart chart) {
            chart(chart.chart());
        } else if (block instanceof Block.DataFiles files) {
            files.names().forEach(name -> md.append("- [").append(escape(name)).append("](")
                    .append(Links.segment(name)).append(')')
                    .append(Files.exists(pageDir.resolve(name)) ? "" : " (not written by this run)").append('\n'));
            md.append('\n');
        } else {
            table((Table) block);
        }
    }

    /**
     * The chart's heading, its SVG and sentence, and the Markdown to cite it in a fenced block inside a collapsed
     * {@code <details>}, which GitHub shows with a copy button when opened; before the first chart, the note on where
     * the files are.
     */
    private void chart(RenderedChart chart) {
        if (!citationNoted) {
            md.append(escape(ChartCitation.NOTE)).append("\n\n");
            citationNoted = true;
        }
        md.append("### ").append(escape(chart.title())).append("\n\n");
        md.append("![").append(escape(chart.title())).append("](").append(Links.relative(pageDir, chart.svg()))
                .append(")\n\n");
        md.append(escape(chart.sentence())).append("\n\n");
        String snippet = ChartCitation.markdown(chart);
        String fence = fence(snippet);
        md.append("<details><summary>").append(ChartCitation.SUMMARY).append("</summary>\n\n")
                .append(fence).append("markdown\n").append(snippet).append('\n').append(fence).append("\n\n")
                .append("</details>\n\n");
    }

    /** A code fence longer than any run of backticks in {@code code}, and at least three long. */
    static String fence(String code) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    /** The table as a GitHub table, its caption as a bold line above it and its note below. */
    private void table(Table table) {
        if (!table.caption().isEmpty()) {
            md.append("**").append(escape(table.caption())).append("**\n\n");
        }
        row(table.headings());
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < table.header().size(); i++) {
            rule.append(table.numeric(i) ? "---:|" : "---|");
        }
        md.append(rule).append('\n');
        for (Table.Row row : table.rows()) {
            md.append('|');
            for (int i = 0; i < row.cells().size(); i++) {
                Cell cell = row.cells().get(i);
                md.append(' ').append(cell instanceof Cell.Links links ? links(links) : cellText(table.text(i, cell)))
                        .append(" |");
            }
            md.append('\n');
        }
        if (!table.note().isEmpty()) {
            md.append('\n').append(escape(table.note())).append('\n');
        }
        md.append('\n');
    }

    private void row(List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(cellText(cell)).append(" |"));
        md.append('\n');
    }

    private static String cellText(String text) {
        return text.isEmpty() ? " " : escape(text);
    }

    private String links(Cell.Links links) {
        return String.join(" · ", links.links().stream().map(link -> "[" + escape(link.text()) + "]("
                + Links.relative(pageDir, link.target()) + ")").toList());
    }
}
