package fanout.harness.report;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.caption;
import static j2html.TagCreator.code;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.figcaption;
import static j2html.TagCreator.figure;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.img;
import static j2html.TagCreator.li;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.p;
import static j2html.TagCreator.pre;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.style;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.title;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import fanout.harness.chart.RenderedChart;
import j2html.Config;
import j2html.rendering.FlatHtml;
import j2html.tags.DomContent;
import j2html.tags.specialized.HtmlTag;
import j2html.tags.specialized.TdTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes a {@link Report} as one self-contained HTML page, readable from disk in a browser without a server: a small
 * inline style sheet, charts inline (their PNG as a data: URI), links relative to the page. Built with j2html, so that
 * every text and attribute is escaped.
 */
public final class HtmlRenderer {
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
            "details.cite { margin-top: 0.4em; font-size: 0.85em }",
            "details.cite summary { cursor: pointer; color: #555 }",
            "details.cite pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; padding: 0.6em;"
                    + " margin: 0.3em 0 0 }",
            "nav a { margin-right: 1em }",
            "div.wide { overflow-x: auto }");

    private final Path pageDir;
    /** Whether {@link ChartCitation#NOTE} was written, before the first chart. */
    private boolean citationNoted;

    private HtmlRenderer(Path pageDir) {
        this.pageDir = pageDir;
    }

    /**
     * The page of a report written into {@code pageDir}; links to files are relative to it.
     *
     * @throws UncheckedIOException if a chart's PNG cannot be read
     */
    public static String page(Report report, Path pageDir) {
        HtmlRenderer renderer = new HtmlRenderer(pageDir);
        List<DomContent> content = new ArrayList<>();
        content.add(h1(report.title()));
        report.lead().forEach(block -> content.add(renderer.block(block)));
        if (report.sections().size() > 1) {
            content.add(nav(each(report.sections(), s -> a(s.heading()).withHref("#" + s.id()))));
        }
        for (Report.Section section : report.sections()) {
            content.add(h2(section.heading()).withId(section.id()));
            section.blocks().forEach(block -> content.add(renderer.block(block)));
        }
        HtmlTag page = html(
                head(meta().withCharset("utf-8"),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        title(report.title()),
                        style(CSS)),
                body(each(content.stream()))).withLang("en");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n");
        try {
            page.render(FlatHtml.into(html, Config.defaults().withEmptyTagsClosed(true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    private DomContent block(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            return switch (paragraph.kind()) {
                case PLAIN -> p(paragraph.text());
                case SUMMARY -> p(paragraph.text()).withClass("summary");
                case WARNING -> p(paragraph.text()).withClass("warning");
            };
        }
        if (block instanceof Block.Bullets bullets) {
            return ul(each(bullets.items(), item -> li(item)));
        }
        if (block instanceof Block.Chart chart) {
            return chart(chart.chart());
        }
        if (block instanceof Block.DataFiles files) {
            return ul(each(files.names(), name -> li(a(name).withHref(Links.segment(name)),
                    text(Files.exists(pageDir.resolve(name)) ? "" : " (not written by this run)"))));
        }
        return table((Table) block);
    }

    /**
     * The chart's PNG inline, its caption with links to both files, and under it the Markdown to cite it, collapsed;
     * before the first chart, the note on where the files are.
     */
    private DomContent chart(RenderedChart chart) {
        DomContent figure = figure(
                img().withSrc("data:image/png;base64," + base64(chart.png())).withAlt(chart.title())
                        .attr("width", 1000).attr("height", 600),
                figcaption(strong(chart.title() + ". "), text(chart.sentence() + " "),
                        a("SVG").withHref(Links.relative(pageDir, chart.svg())), text(" · "),
                        a("PNG").withHref(Links.relative(pageDir, chart.png())),
                        details(summary(ChartCitation.SUMMARY), pre(code(ChartCitation.markdown(chart))))
                                .withClass("cite")))
                .withId(chart.id());
        if (citationNoted) {
            return figure;
        }
        citationNoted = true;
        return each(p(ChartCitation.NOTE).withClass("note"), figure);
    }

    /** The table, scrolling sideways where the page is too narrow for it, followed by its note. */
    private DomContent table(Table table) {
        List<String> headings = table.headings();
        DomContent rendered = div(j2html.TagCreator.table(
                caption(table.caption()),
                iff(table.hasHeader(), thead(tr(each(IntStream.range(0, headings.size()).boxed().toList(),
                        i -> th(headings.get(i)).withCondClass(table.numeric(i), "num"))))),
                tbody(each(table.rows(), row -> tr(each(IntStream.range(0, row.cells().size()).boxed().toList(),
                        i -> cell(table, i, row.cells().get(i))))
                        .withCondClass(row.mark() != Table.Mark.NONE, row.mark().cssClass())))))
                .withClass("wide");
        return table.note().isEmpty() ? rendered : each(rendered, p(table.note()).withClass("note"));
    }

    private TdTag cell(Table table, int column, Cell cell) {
        TdTag td = cell instanceof Cell.Links links ? td(each(separated(links).stream())) : td(table.text(column, cell));
        return td.withCondClass(table.numeric(column), "num");
    }

    private List<DomContent> separated(Cell.Links links) {
        List<DomContent> separated = new ArrayList<>();
        for (Cell.Link link : links.links()) {
            if (!separated.isEmpty()) {
                separated.add(text(" · "));
            }
            separated.add(a(link.text()).withHref(Links.relative(pageDir, link.target())));
        }
        return separated;
    }

    private static String base64(Path file) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chart " + file + ": " + e.getMessage(), e);
        }
    }
}
