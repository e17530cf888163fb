package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fanout.harness.chart.Charts;
import fanout.harness.chart.RenderedChart;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the Markdown report, which docs cite, as JMH's ResultFormatTest pins its JSON: a small fixed run
 * ({@code golden/report-input.json}, independent of the sample run) must give exactly {@code golden/report.md}. When a
 * change to the report is intended, review {@code target/golden-report.actual.md} and copy it over the golden file.
 */
class MarkdownGoldenTest {

    @Test
    void markdownReportMatchesTheGoldenFile() throws Exception {
        Path golden = Path.of(getClass().getResource("/golden/report.md").toURI());
        ResultDocument doc = ResultsJson.read(Path.of(getClass().getResource("/golden/report-input.json").toURI()));
        Path runDir = Path.of("run");
        List<RenderedChart> charts = Charts.all().stream().filter(chart -> chart.hasData(doc))
                .map(chart -> new RenderedChart(chart.id(), chart.title(),
                        runDir.resolve("charts/" + chart.id() + ".svg"),
                        runDir.resolve("charts/" + chart.id() + ".png"), chart.interpretation(doc)))
                .toList();

        String actual = MarkdownReport.render(doc, charts, runDir);

        String expected = Files.readString(golden);
        if (!expected.equals(actual)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/golden-report.actual.md"), actual);
        }
        assertEquals(expected, actual, "the Markdown report changed; see target/golden-report.actual.md");
    }
}
