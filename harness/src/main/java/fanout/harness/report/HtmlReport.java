package fanout.harness.report;

import static j2html.TagCreator.a;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.figcaption;
import static j2html.TagCreator.figure;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.img;
import static j2html.TagCreator.li;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.p;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

import fanout.harness.chart.GitScalingChart;
import fanout.harness.chart.RenderedChart;
import fanout.harness.compare.CompareHtml;
import fanout.harness.compare.JvmComparisons;
import fanout.harness.compare.JvmPair;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.RunInfo;
import j2html.tags.DomContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The HTML report of one run (SPEC §8): one self-contained page, readable from disk in a browser without a server,
 * with the environment, the method, each chart inline (its PNG as a data: URI) with its interpretation, the
 * comparison of the run's JVMs ({@link JvmSection}), the result and overhead tables, and links to the run's JSON files. Every text from the results is escaped by j2html.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /**
     * The page for a run whose report is written into {@code reportDir}; links to the charts' files and to
     * {@code results.json} and {@code jmh-result.json} are relative to it.
     *
     * @throws UncheckedIOException if a chart's PNG cannot be read
     */
    public static String render(ResultDocument doc, List<RenderedChart> charts, Path reportDir) {
        RunInfo run = doc.run();
        List<DomContent> content = new ArrayList<>();
        content.add(h1("fanout-bench run " + run.id()));
        content.add(p(summary(doc)));
        if (!run.complete()) {
            content.add(p(EnvironmentFacts.completeness(doc)).withClass("warning"));
        }
        content.add(nav(a("Environment").withHref("#environment"), a("Method").withHref("#method"),
                a("Charts").withHref("#charts"), a("JVMs").withHref("#jvms"), a("Results").withHref("#results"), a("Git").withHref("#git"),
                a("Overhead").withHref("#overhead"), a("Data").withHref("#data")));

        content.add(h2("Environment").withId("environment"));
        content.add(Html.table(EnvironmentFacts.run(doc)));
        content.add(Html.table(EnvironmentFacts.jvms(run)));
        if (!run.notes().isEmpty()) {
            content.add(Html.table(EnvironmentFacts.notes(run)));
        }

        content.add(h2("Method").withId("method"));
        MethodText.paragraphs().forEach(paragraph -> content.add(p(paragraph)));

        content.add(h2("Charts").withId("charts"));
        List<RenderedChart> simulated = charts.stream()
                .filter(chart -> !isGit(chart) && !JvmSection.isJvmChart(chart)).toList();
        if (simulated.isEmpty()) {
            content.add(p(charts.isEmpty() ? "This run has no records any chart draws."
                    : "This run has no simulated-I/O records any chart draws; its git chart is under Git."));
        }
        simulated.forEach(chart -> content.add(chartFigure(chart, reportDir)));

        content.add(h2("JVMs").withId("jvms"));
        content.addAll(jvmSection(doc, charts, reportDir));

        content.add(h2("Results").withId("results"));
        ResultTables.of(doc).forEach(table -> content.add(Html.table(table)));

        content.add(h2("Git").withId("git"));
        charts.stream().filter(HtmlReport::isGit).forEach(chart -> content.add(chartFigure(chart, reportDir)));
        content.add(GitTable.of(doc).map(Html::table).orElse(p("This run has no git records.")));

        content.add(h2("Strategy overhead").withId("overhead"));
        Optional<Table> overhead = OverheadTable.of(doc);
        content.add(overhead.map(Html::table).orElse(p("This run has no overhead records.")));

        content.add(h2("Data").withId("data"));
        content.add(ul(each(List.of("results.json", "jmh-result.json"), name -> dataLink(reportDir, name))));
        return Html.page("fanout-bench run " + run.id(), content);
    }

    /**
     * The JVM comparison: the summary of each JVM against the first, chart 7, then per pair the verdict table and
     * the records not measured on both; one line for a run on one JVM.
     */
    private static List<DomContent> jvmSection(ResultDocument doc, List<RenderedChart> charts, Path reportDir) {
        Optional<JvmComparisons> comparisons = JvmComparisons.of(doc);
        if (comparisons.isEmpty()) {
            return List.of(p(JvmSection.oneJvm(doc)));
        }
        List<DomContent> section = new ArrayList<>();
        comparisons.get().pairs().forEach(pair -> section.add(p(pair.summary()).withClass("summary")));
        Optional<RenderedChart> chart = charts.stream().filter(JvmSection::isJvmChart).findFirst();
        section.add(chart.map(c -> chartFigure(c, reportDir)).orElse(p(JvmSection.noChart(doc))));
        for (JvmPair pair : comparisons.get().pairs()) {
            Table verdicts = JvmSection.verdicts(pair);
            section.add(div(CompareHtml.verdictTable(pair.comparison(), verdicts.caption())).withClass("wide"));
            section.add(p(verdicts.note()).withClass("note"));
            Table notMeasured = JvmSection.notMeasured(pair);
            section.add(notMeasured.rows().isEmpty() ? p(notMeasured.note()) : Html.table(notMeasured));
        }
        return section;
    }

    /** "full profile · 2025-06-02 09:14:05 UTC · JDK 25.0.1 Eclipse Adoptium · 54 records: …". */
    static String summary(ResultDocument doc) {
        RunInfo run = doc.run();
        return run.profile() + " profile · " + EnvironmentFacts.time(run.startedAt()) + " · "
                + EnvironmentFacts.jvmNames(run) + " · "
                + RecordCounts.of(doc).summary();
    }

    /** Whether the chart is the git one, which the report shows in its git section beside the git table. */
    static boolean isGit(RenderedChart chart) {
        return GitScalingChart.ID.equals(chart.id());
    }

    private static DomContent chartFigure(RenderedChart chart, Path reportDir) {
        return figure(
                img().withSrc("data:image/png;base64," + base64(chart.png())).withAlt(chart.title())
                        .attr("width", 1000).attr("height", 600),
                figcaption(strong(chart.title() + ". "), text(chart.interpretation() + " "),
                        a("SVG").withHref(Links.relative(reportDir, chart.svg())), text(" · "),
                        a("PNG").withHref(Links.relative(reportDir, chart.png()))))
                .withId(chart.id());
    }

    private static DomContent dataLink(Path reportDir, String name) {
        Path file = reportDir.resolve(name);
        return li(a(name).withHref(Links.segment(name)),
                text(Files.exists(file) ? "" : " (not written by this run)"));
    }

    private static String base64(Path file) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chart " + file + ": " + e.getMessage(), e);
        }
    }
}
