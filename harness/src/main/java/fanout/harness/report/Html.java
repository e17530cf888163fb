package fanout.harness.report;

import static j2html.TagCreator.body;
import static j2html.TagCreator.caption;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.style;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.title;
import static j2html.TagCreator.tr;

import fanout.harness.model.RecordStatus;
import j2html.Config;
import j2html.rendering.FlatHtml;
import j2html.tags.DomContent;
import j2html.tags.specialized.HtmlTag;
import j2html.tags.specialized.TdTag;
import j2html.tags.specialized.TrTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The HTML pages' shared parts, built with j2html so that every text and attribute is escaped: the page with its
 * small inline style sheet (no external resource), and tables.
 */
final class Html {
    /** Plain CSS without quotes or angle brackets, so that escaping leaves it unchanged. */
    private static final String CSS = String.join("\n",
            "body { font-family: sans-serif; color: #222; line-height: 1.45; max-width: 1250px; margin: 2em auto;"
                    + " padding: 0 1em }",
            "table { border-collapse: collapse; margin: 0.4em 0 0.6em; font-size: 0.9em }",
            "caption { text-align: left; font-weight: bold; padding: 0.3em 0 }",
            "th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top }",
            "th { background: #f2f2f2 }",
            "td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums }",
            "tr.failed td { background: #fdecea }",
            "tr.unsupported td { color: #666 }",
            "tr.regressed td { background: #fdecea }",
            "tr.improved td { background: #e8f5e9 }",
            "p.summary { font-weight: bold }",
            "p.note { font-size: 0.85em; color: #555; margin-top: 0 }",
            "p.warning { background: #fff3cd; border: 1px solid #d4a000; padding: 0.6em 1em; font-weight: bold }",
            "figure { margin: 1em 0 2.2em }",
            "figure img { max-width: 100%; height: auto; border: 1px solid #ddd }",
            "figcaption { margin-top: 0.4em }",
            "nav a { margin-right: 1em }",
            "div.wide { overflow-x: auto }");

    private Html() {}

    /** A whole page: doctype, UTF-8, title, style sheet and the body's content. */
    static String page(String title, List<DomContent> content) {
        HtmlTag page = html(
                head(meta().withCharset("utf-8"),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        title(title),
                        style(CSS)),
                body(each(content.stream()))).withLang("en");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n");
        try {
            page.render(FlatHtml.into(html, Config.defaults()
                    .withEmptyTagsClosed(true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    /** The table, scrolling sideways where the page is too narrow for it, followed by its note. */
    static DomContent table(Table table) {
        boolean hasHeader = table.header().stream().anyMatch(name -> !name.isEmpty());
        List<DomContent> parts = new ArrayList<>();
        parts.add(div(j2html.TagCreator.table(
                caption(table.caption()),
                iff(hasHeader, thead(tr(each(table.header(), name -> th(name))))),
                tbody(each(table.rows(), row -> row(table, row))))).withClass("wide"));
        if (!table.note().isEmpty()) {
            parts.add(p(table.note()).withClass("note"));
        }
        return each(parts.stream());
    }

    /** A row; one of a failed or unsupported record gets that status as its class, so that it stands out. */
    private static TrTag row(Table table, Table.Row row) {
        boolean notOk = row.status() != null && row.status() != RecordStatus.OK;
        return tr(each(IntStream.range(0, row.cells().size()).boxed().toList(), i -> cell(table, row, i)))
                .withCondClass(notOk, notOk ? row.status().name().toLowerCase(Locale.ROOT) : "");
    }

    private static TdTag cell(Table table, Table.Row row, int index) {
        return td(row.cells().get(index)).withCondClass(table.numeric().contains(index), "num");
    }
}
