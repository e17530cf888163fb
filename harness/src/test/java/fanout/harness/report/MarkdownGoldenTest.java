package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fanout.harness.analysis.Figure;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.chart.Charts;
import fanout.harness.chart.FanoutChart;
import fanout.harness.chart.RenderedChart;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultsJson;
import fanout.harness.run.StoredBounds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the Markdown report, which docs cite, as JMH's ResultFormatTest pins its JSON: a small fixed run
 * ({@code golden/report-input.json}, independent of the sample run, and of results schema 3, so that it also proves
 * old files still read), with the lower bounds and models a run of this suite stores ({@link StoredBounds}: schema 3
 * had none), must give exactly {@code golden/report.md}. When a change to the report is intended, review
 * {@code target/golden-report.actual.md} and copy it over the golden file.
 */
class MarkdownGoldenTest {

    @Test
    void markdownReportMatchesTheGoldenFile(@TempDir Path runDir) throws Exception {
        Path golden = Path.of(getClass().getResource("/golden/report.md").toURI());
        Path input = Path.of(getClass().getResource("/golden/report-input.json").toURI());
        ResultDocument doc = StoredBounds.of(ResultsJson.read(input));
        // The run folder holds the data files a run writes, so that the report links them as written.
        Files.copy(input, runDir.resolve("results.json"));
        Files.copy(Path.of(getClass().getResource("/golden/jmh-result.json").toURI()),
                runDir.resolve("jmh-result.json"));
        RunAnalysis analysis = RunAnalysis.of(doc);
        List<RenderedChart> charts = Charts.all().stream().flatMap(chart -> unrendered(chart, analysis, runDir)
                .stream()).toList();

        String actual = MarkdownRenderer.page(RunReport.of(analysis, charts), runDir);

        String expected = Files.readString(golden);
        if (!expected.equals(actual)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/golden-report.actual.md"), actual);
        }
        assertEquals(expected, actual, "the Markdown report changed; see target/golden-report.actual.md");
    }

    /** The chart as the report names it, where the analysis has a figure for it, without drawing its images. */
    private static <F extends Figure> Optional<RenderedChart> unrendered(FanoutChart<F> chart, RunAnalysis analysis,
            Path runDir) {
        return chart.figure(analysis).map(figure -> new RenderedChart(chart.id(), chart.title(),
                runDir.resolve("charts/" + chart.id() + ".svg"), runDir.resolve("charts/" + chart.id() + ".png"),
                figure.sentence(), figure.provenance()));
    }
}
