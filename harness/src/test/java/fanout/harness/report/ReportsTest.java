package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.OverheadSweepRun;
import fanout.harness.SampleResults;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.chart.Charts;
import fanout.harness.chart.FanoutChart;
import fanout.harness.chart.AllocationVsNChart;
import fanout.harness.chart.JvmComparisonChart;
import fanout.harness.chart.OverheadVsNChart;
import fanout.harness.chart.RenderedChart;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportsTest {
    private static final ResultDocument SAMPLE = SampleResults.load();
    /**
     * Every chart but the JVM comparison, which a run on one JVM such as the sample does not get, and charts 8 and 8b,
     * which need an overhead sweep over N (the sample's overhead records are at N = 1000).
     */
    private static final List<String> ONE_JVM_CHARTS = Charts.all().stream().map(FanoutChart::id)
            .filter(id -> !List.of(JvmComparisonChart.ID, OverheadVsNChart.ID, AllocationVsNChart.ID,
                    fanout.harness.chart.HeavyTailChart.ID, fanout.harness.chart.FailuresChart.ID).contains(id))
            .toList();
    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'co' | more";

    @Test
    void writesChartsAndBothReportsIntoTheRunFolder(@TempDir Path runDir) throws Exception {
        Reports.Written written = Reports.writeAll(SAMPLE, runDir);

        assertEquals(runDir.resolve("report.html"), written.html());
        assertEquals(runDir.resolve("report.md"), written.markdown());
        assertEquals(ONE_JVM_CHARTS, written.charts().stream().map(RenderedChart::id).toList());
        for (RenderedChart chart : written.charts()) {
            assertEquals(runDir.resolve("charts").resolve(chart.id() + ".svg"), chart.svg());
            assertTrue(Files.size(chart.svg()) > 0 && Files.size(chart.png()) > 0, chart.id());
        }
        try (var leftovers = Files.list(runDir)) {
            assertTrue(leftovers.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "temporary file left");
        }
    }

    @Test
    void htmlIsWellFormedAndSelfContained(@TempDir Path runDir) throws Exception {
        Reports.writeAll(SAMPLE, runDir);
        Document page = XmlPages.parse(Files.readString(runDir.resolve("report.html")));

        assertEquals("html", page.getDocumentElement().getTagName());
        List<String> sources = XmlPages.attributes(page, "src");
        assertEquals(ONE_JVM_CHARTS.size(), sources.size(), "one inline image per chart");
        assertTrue(sources.stream().allMatch(src -> src.startsWith("data:image/png;base64,")), "external image");
        assertEquals(0, page.getElementsByTagName("script").getLength());
        assertEquals(0, page.getElementsByTagName("link").getLength());
        for (String href : XmlPages.attributes(page, "href")) {
            assertFalse(href.contains("://") || href.startsWith("/"), "not a relative link: " + href);
        }
        assertTrue(XmlPages.attributes(page, "href").containsAll(List.of("results.json", "jmh-result.json",
                "charts/makespan-vs-n.svg")));
    }

    @Test
    void htmlShowsEnvironmentInterpretationsAndEveryRecord(@TempDir Path runDir) throws Exception {
        Reports.Written written = Reports.writeAll(SAMPLE, runDir);
        Document page = XmlPages.parse(Files.readString(written.html()));
        String text = page.getDocumentElement().getTextContent();

        assertTrue(text.contains(SAMPLE.run().host().cpuModel()));
        assertTrue(text.contains(SAMPLE.run().host().gitVersion()));
        assertTrue(text.contains(SAMPLE.run().suiteCommit()));
        assertTrue(text.contains(String.join(" ", SAMPLE.run().jvms().get(0).jvmArgs())));
        for (RenderedChart chart : written.charts()) {
            assertTrue(text.contains(chart.sentence()), chart.id());
        }
        long rows = page.getElementsByTagName("tr").getLength();
        assertTrue(rows >= SAMPLE.records().size(), "a row per record");
        for (ResultRecord record : SAMPLE.records()) {
            if (!record.ok()) {
                assertTrue(text.contains(record.status() + ": " + record.reason()), record.reason());
            }
        }
        assertFalse(text.contains("INCOMPLETE"));
    }

    /**
     * The method says what a lower bound, a model and an efficiency are, never calling the model a bound or anything
     * an "ideal", and what an interval and a verdict mean.
     */
    @Test
    void theMethodTellsTheLowerBoundFromTheModelAndSaysWhatIntervalsAndVerdictsMean(@TempDir Path runDir)
            throws Exception {
        Reports.Written written = Reports.writeAll(SAMPLE, runDir);
        String md = Files.readString(written.markdown());
        String method = md.substring(md.indexOf("\n## Method\n"), md.indexOf("\n## Charts\n"));

        assertTrue(method.contains("The lower bound is a makespan no implementation of the strategy can beat,"
                + " provably"), method);
        assertTrue(method.contains("Efficiency is lower bound / score"), method);
        assertTrue(method.contains("A score whose whole interval lies below its lower bound is a measurement error"),
                method);
        assertTrue(method.contains("The model is what one simple schedule predicts"), method);
        assertTrue(method.contains("is never called one"), method);
        assertTrue(method.contains("Each score is the geometric mean of the fork means, and its 95% interval is a"
                + " Student-t interval over the forks on a log scale: the fork, not the iteration, is the sample"),
                method);
        assertTrue(method.contains("A verdict (REGRESSED, improved, equivalent, inconclusive) comes from one"
                + " interval, the ratio B/A's over the forks, against the family's noise threshold θ"), method);
        assertTrue(method.contains("which θ, calibrated from separate runs of the same build (fanout calibrate), must"
                + " cover."), method);
        assertTrue(method.contains("fixed heap"), method);
        assertFalse(md.toLowerCase(java.util.Locale.ROOT).contains("ideal"), "the word ideal is gone");
    }

    @Test
    void htmlEscapesHostileText(@TempDir Path runDir) throws Exception {
        ResultDocument hostile = SampleResults.hostile(SAMPLE, HOSTILE);

        Reports.writeAll(hostile, runDir);
        String html = Files.readString(runDir.resolve("report.html"));
        Document page = XmlPages.parse(html);

        assertFalse(html.contains("<script"), "unescaped <script>");
        assertTrue(html.contains("&lt;script&gt;"));
        assertTrue(html.contains("&amp; &#x27;co&#x27;"));
        assertEquals(0, page.getElementsByTagName("script").getLength());
        String text = page.getDocumentElement().getTextContent();
        assertTrue(text.contains("host" + HOSTILE), "host name shown as text");
        assertTrue(text.contains("FAILED: " + HOSTILE), "reason shown as text");
        assertTrue(XmlPages.texts(page, "title").get(0).contains(HOSTILE), "run id shown as text");
    }

    @Test
    void markdownEscapesCellsAndLinksChartFiles(@TempDir Path runDir) throws Exception {
        ResultDocument hostile = SampleResults.mapRecords(SAMPLE, r -> !r.ok(),
                r -> SampleResults.withStatus(r, r.status(), HOSTILE + "\nsecond line"));

        Reports.Written written = Reports.writeAll(hostile, runDir);
        List<String> lines = Files.readAllLines(written.markdown());

        List<String> failedRows = lines.stream().filter(l -> l.contains("FAILED:")).toList();
        assertFalse(failedRows.isEmpty());
        for (String row : failedRows) {
            assertTrue(row.contains("\\| more"), row);
            assertTrue(row.contains("\\<script\\>"), row);
            assertTrue(row.contains("second line"), "line break kept the row whole: " + row);
        }
        assertTableRowsHaveTheirHeadersWidth(lines);
        for (RenderedChart chart : written.charts()) {
            String link = "](charts/" + chart.id() + ".svg)";
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("![") && l.endsWith(link)), link);
            assertTrue(lines.contains(MarkdownRenderer.escape(chart.sentence())), chart.id());
            assertTrue(Files.exists(runDir.resolve("charts").resolve(chart.id() + ".svg")));
        }
    }

    @Test
    void incompleteRunIsFlagged(@TempDir Path runDir) throws Exception {
        var run = SAMPLE.run();
        ResultDocument killed = SAMPLE.withRun(new fanout.harness.model.RunInfo(run.id(), run.profile(),
                run.startedAt(), null, false, run.planned() + 20, run.suiteVersion(), run.suiteCommit(), run.host(),
                run.jvms(), run.notes()));

        Reports.Written written = Reports.writeAll(killed, runDir);
        Document page = XmlPages.parse(Files.readString(written.html()));

        List<String> warnings = XmlPages.texts(page, "p").stream().filter(t -> t.startsWith("INCOMPLETE")).toList();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains(SAMPLE.records().size() + " of " + (run.planned() + 20)), warnings.get(0));
        assertTrue(Files.readString(written.markdown()).contains("INCOMPLETE"));
    }

    @Test
    void runWithoutChartDataStillGetsItsTables(@TempDir Path runDir) throws Exception {
        ResultDocument overheadOnly = SampleResults.keepRecords(SAMPLE, SampleResults::overhead);

        Reports.Written written = Reports.writeAll(overheadOnly, runDir);

        assertEquals(List.of(), written.charts());
        String text = XmlPages.parse(Files.readString(written.html())).getDocumentElement().getTextContent();
        assertTrue(text.contains("no records any chart draws"));
        assertTrue(text.contains("STRATEGY / BARE"));
    }

    @Test
    void gitRecordsAreInTheGitSectionOnly(@TempDir Path runDir) throws Exception {
        List<ResultRecord> git = SAMPLE.records().stream().filter(SampleResults::git).toList();
        RunAnalysis analysis = RunAnalysis.of(SAMPLE);
        List<Table> resultTables = ResultTables.of(analysis);
        Table gitTable = GitTable.of(analysis).orElseThrow();

        assertFalse(git.isEmpty(), "the sample run needs git records");
        assertEquals(SAMPLE.records().size() - git.size(), resultTables.stream().mapToInt(t -> t.rows().size()).sum(),
                "a git record in a result table");
        assertEquals(git.size(), gitTable.rows().size());
        assertTrue(gitTable.rows().stream().anyMatch(r -> r.cells().contains(new Cell.Text("VFORK"))));

        Reports.Written written = Reports.writeAll(SAMPLE, runDir);
        String md = Files.readString(written.markdown());
        int gitSection = md.indexOf("\n## Git\n");
        assertTrue(gitSection > md.indexOf("\n## Results\n"), "no Git section after the results");
        assertTrue(md.indexOf("](charts/git-scaling.svg)") > gitSection, "the git chart is not in the Git section");
        assertTrue(md.indexOf("**GitBenchmark.fanOut") > gitSection, "the git table is not in the Git section");
        assertTrue(md.indexOf("](charts/makespan-vs-n.svg)") < gitSection);
        Document page = XmlPages.parse(Files.readString(written.html()));
        assertTrue(XmlPages.attributes(page, "href").contains("#git"));
    }

    @Test
    void overheadChartsAreInTheOverheadSectionAboveItsTable(@TempDir Path runDir) throws Exception {
        ResultDocument sweep = OverheadSweepRun.build();

        Reports.Written written = Reports.writeAll(sweep, runDir);

        assertEquals(List.of(OverheadVsNChart.ID, AllocationVsNChart.ID), written.charts().stream()
                .map(RenderedChart::id).filter(id -> id.equals(OverheadVsNChart.ID) || id.equals(AllocationVsNChart.ID))
                .toList());
        String md = Files.readString(written.markdown());
        int overheadSection = md.indexOf("\n## Strategy overhead\n");
        int chart8 = md.indexOf("](charts/overhead-vs-n.svg)");
        int chart8b = md.indexOf("](charts/allocation-vs-n.svg)");
        int table = md.indexOf("**Strategy overhead: strategy code vs the bare JDK primitive**");
        assertTrue(overheadSection > md.indexOf("\n## Git\n"), "no overhead section after Git");
        assertTrue(overheadSection < chart8 && chart8 < chart8b && chart8b < table, "charts 8 and 8b, then the table");
        assertTrue(md.indexOf("](charts/makespan-vs-n.svg)") < overheadSection, "chart 1 stays under Charts");
        RunAnalysis analysis = RunAnalysis.of(sweep);
        String html = XmlPages.parse(Files.readString(written.html())).getDocumentElement().getTextContent();
        assertTrue(html.contains(analysis.overheadVsN().orElseThrow().sentence()), "chart 8's sentence");
        assertTrue(html.contains(analysis.allocationVsN().orElseThrow().sentence()), "chart 8b's sentence");
    }

    @Test
    void runWithoutGitRecordsSaysSo(@TempDir Path runDir) throws Exception {
        ResultDocument noGit = SampleResults.keepRecords(SAMPLE, r -> !SampleResults.git(r));

        Reports.Written written = Reports.writeAll(noGit, runDir);

        assertTrue(GitTable.of(RunAnalysis.of(noGit)).isEmpty());
        assertTrue(Files.readString(written.markdown()).contains("## Git\n\nThis run has no git records."));
    }

    /** Every row of a Markdown table has as many unescaped cell separators as its header. */
    private static void assertTableRowsHaveTheirHeadersWidth(List<String> lines) {
        int expected = -1;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int pipes = line.replace("\\|", "").length() - line.replace("\\|", "").replace("|", "").length();
            if (expected < 0) {
                expected = pipes;
            }
            assertEquals(expected, pipes, line);
        }
    }
}
