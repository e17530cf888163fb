package fanout.harness.report;

import fanout.harness.chart.RenderedChart;
import fanout.harness.compare.JvmComparisons;
import fanout.harness.compare.JvmPair;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.RunInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Markdown report of one run (SPEC §8), for docs: the same environment, method, interpretations, JVM comparison
 * and tables as
 * the {@linkplain HtmlReport HTML report}, with the charts as relative links to their SVG files
 * ({@code charts/<id>.svg}). Text from the results is escaped, {@code |} in table cells included.
 */
public final class MarkdownReport {
    private MarkdownReport() {}

    /** The report for a run whose report is written into {@code reportDir}; links are relative to it. */
    public static String render(ResultDocument doc, List<RenderedChart> charts, Path reportDir) {
        RunInfo run = doc.run();
        StringBuilder md = new StringBuilder();
        md.append("# fanout-bench run ").append(Markdown.escape(run.id())).append("\n\n");
        md.append(Markdown.escape(HtmlReport.summary(doc))).append("\n\n");
        if (!run.complete()) {
            md.append("> **").append(Markdown.escape(EnvironmentFacts.completeness(doc))).append("**\n\n");
        }

        md.append("## Environment\n\n");
        md.append(Markdown.table(EnvironmentFacts.run(doc)));
        md.append(Markdown.table(EnvironmentFacts.jvms(run)));
        if (!run.notes().isEmpty()) {
            md.append(Markdown.table(EnvironmentFacts.notes(run)));
        }

        md.append("## Method\n\n");
        MethodText.paragraphs().forEach(paragraph -> md.append(Markdown.escape(paragraph)).append("\n\n"));

        md.append("## Charts\n\n");
        List<RenderedChart> simulated = charts.stream()
                .filter(chart -> !HtmlReport.isGit(chart) && !JvmSection.isJvmChart(chart)).toList();
        if (simulated.isEmpty()) {
            md.append(charts.isEmpty() ? "This run has no records any chart draws.\n\n"
                    : "This run has no simulated-I/O records any chart draws; its git chart is under Git.\n\n");
        }
        simulated.forEach(chart -> appendChart(md, chart, reportDir));

        md.append("## JVMs\n\n");
        appendJvmSection(md, doc, charts, reportDir);

        md.append("## Results\n\n");
        ResultTables.of(doc).forEach(table -> md.append(Markdown.table(table)));

        md.append("## Git\n\n");
        charts.stream().filter(HtmlReport::isGit).forEach(chart -> appendChart(md, chart, reportDir));
        md.append(GitTable.of(doc).map(Markdown::table).orElse("This run has no git records.\n\n"));

        md.append("## Strategy overhead\n\n");
        md.append(OverheadTable.of(doc).map(Markdown::table).orElse("This run has no overhead records.\n\n"));

        md.append("## Data\n\n");
        md.append("- [results.json](results.json)\n- [jmh-result.json](jmh-result.json)\n");
        return md.toString();
    }

    /** The same JVM comparison as the HTML report's: summaries, chart 7, verdicts and unmeasured records. */
    private static void appendJvmSection(StringBuilder md, ResultDocument doc, List<RenderedChart> charts,
            Path reportDir) {
        Optional<JvmComparisons> comparisons = JvmComparisons.of(doc);
        if (comparisons.isEmpty()) {
            md.append(Markdown.escape(JvmSection.oneJvm(doc))).append("\n\n");
            return;
        }
        comparisons.get().pairs().forEach(pair -> md.append(Markdown.escape(pair.summary())).append("\n\n"));
        charts.stream().filter(JvmSection::isJvmChart).findFirst().ifPresentOrElse(
                chart -> appendChart(md, chart, reportDir),
                () -> md.append(Markdown.escape(JvmSection.noChart(doc))).append("\n\n"));
        for (JvmPair pair : comparisons.get().pairs()) {
            md.append(Markdown.table(JvmSection.verdicts(pair)));
            Table notMeasured = JvmSection.notMeasured(pair);
            md.append(notMeasured.rows().isEmpty() ? Markdown.escape(notMeasured.note()) + "\n\n"
                    : Markdown.table(notMeasured));
        }
    }

    private static void appendChart(StringBuilder md, RenderedChart chart, Path reportDir) {
        md.append("### ").append(Markdown.escape(chart.title())).append("\n\n");
        md.append("![").append(Markdown.escape(chart.title())).append("](")
                .append(Links.relative(reportDir, chart.svg())).append(")\n\n");
        md.append(Markdown.escape(chart.interpretation())).append("\n\n");
    }
}
