package fanout.harness.report;

import fanout.harness.analysis.Comparer;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.Thresholds;
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
     * Analyses the document once and writes its charts and reports; see {@link #writeAll(RunAnalysis, Path)}. Its
     * JVM comparisons use {@link Thresholds#withinRun()}.
     */
    public static Written writeAll(ResultDocument doc, Path runDir) {
        return writeAll(RunAnalysis.of(doc, new Comparer(Thresholds.withinRun(), Comparer.DEFAULT_ALPHA)), runDir);
    }

    /**
     * Renders the charts into {@code runDir/charts/} and writes {@code runDir/report.html} and
     * {@code runDir/report.md}, all from one analysis; each file is replaced whole, so a report is never left
     * half-written. Charts without data are left out. Works headless.
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public static Written writeAll(RunAnalysis analysis, Path runDir) {
        List<RenderedChart> charts = Charts.renderAll(analysis, runDir.resolve("charts"));
        Report report = RunReport.of(analysis, charts);
        Path html = runDir.resolve("report.html");
        Path markdown = runDir.resolve("report.md");
        ReportFiles.write(html, HtmlRenderer.page(report, runDir));
        ReportFiles.write(markdown, MarkdownRenderer.page(report, runDir));
        return new Written(html, markdown, charts);
    }
}
