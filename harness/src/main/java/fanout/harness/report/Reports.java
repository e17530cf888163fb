package fanout.harness.report;

import fanout.harness.chart.Charts;
import fanout.harness.chart.RenderedChart;
import fanout.harness.model.ResultDocument;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** What the harness calls after a run: its charts and reports, written into the run's folder. */
public final class Reports {
    private Reports() {}

    /**
     * The files written for one run.
     *
     * @param html {@code report.html}
     * @param markdown {@code report.md}
     * @param charts the charts in {@code charts/}, in report order
     */
    public record Written(Path html, Path markdown, List<RenderedChart> charts) {}

    /**
     * Renders the charts into {@code runDir/charts/} and writes {@code runDir/report.html} and
     * {@code runDir/report.md}; each file is replaced whole, so a report is never left half-written. Charts
     * without data are left out. Works headless.
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public static Written writeAll(ResultDocument doc, Path runDir) {
        List<RenderedChart> charts = Charts.renderAll(doc, runDir.resolve("charts"));
        Path html = runDir.resolve("report.html");
        Path markdown = runDir.resolve("report.md");
        ReportFiles.write(html, HtmlReport.render(doc, charts, runDir));
        ReportFiles.write(markdown, MarkdownReport.render(doc, charts, runDir));
        return new Written(html, markdown, charts);
    }
}
