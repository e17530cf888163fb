package fanout.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.TwoJvmRun;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.w3c.dom.Element;

/** Every chart rendered headless from the sample run, as XChart's DemoChartsTest renders every demo. */
class ChartsTest {
    private static final ResultDocument SAMPLE = SampleResults.load();
    private static final ResultDocument TWO_JVMS = TwoJvmRun.build();

    static List<FanoutChart> charts() {
        return Charts.all();
    }

    /** The charts over N, k or repository count: lines with ideals, drawn from the one-JVM sample. */
    static List<FanoutChart> xyCharts() {
        return Charts.all().stream().filter(chart -> !(chart instanceof JvmComparisonChart)).toList();
    }

    /** The run a chart is tested on: the sample, or for the JVM comparison a run on two JVMs. */
    private static ResultDocument runFor(FanoutChart chart) {
        return chart instanceof JvmComparisonChart ? TWO_JVMS : SAMPLE;
    }

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "charts must render without a display (java.awt.headless)");
    }

    @ParameterizedTest
    @MethodSource("charts")
    void rendersAsValidSvgAndPng(FanoutChart chart, @TempDir Path dir) throws Exception {
        ResultDocument run = runFor(chart);
        assertTrue(chart.hasData(run), chart.id() + ": the test run must have data for every chart");

        RenderedChart rendered = Charts.render(chart, run, dir);

        assertEquals(dir.resolve(chart.id() + ".png"), rendered.png());
        assertEquals(dir.resolve(chart.id() + ".svg"), rendered.svg());
        BufferedImage png = ImageIO.read(rendered.png().toFile());
        assertNotNull(png, "not a readable image: " + rendered.png());
        assertEquals(ChartStyle.WIDTH, png.getWidth());
        assertEquals(ChartStyle.HEIGHT, png.getHeight());
        assertTrue(colours(png) > 10, "the PNG looks blank");

        Element svg = parseSvg(rendered.svg());
        assertEquals("svg", svg.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertTrue(svg.getElementsByTagNameNS("*", "path").getLength() > 0, "the SVG draws nothing");
        assertFalse(rendered.interpretation().isBlank());
    }

    @ParameterizedTest
    @MethodSource("charts")
    void svgStaysWellFormedWithHostileText(FanoutChart chart, @TempDir Path dir) throws Exception {
        ResultDocument hostile = SampleResults.withCpuModel(runFor(chart), "<svg onload=alert(1)> & \"co\"");

        RenderedChart rendered = Charts.render(chart, hostile, dir);

        Element svg = parseSvg(rendered.svg());
        assertEquals("svg", svg.getLocalName());
        assertEquals(0, svg.getElementsByTagNameNS("*", "svg").getLength(), "a nested <svg> element");
        assertTrue(svg.getTextContent().contains("<svg onload=alert(1)> & \"co\""), "the CPU model as text");
    }

    @ParameterizedTest
    @MethodSource("charts")
    void statesWorkloadJvmMachineAndDate(FanoutChart chart) {
        Chart<?, ?> drawn = chart.getChart(runFor(chart));
        String footnote = String.join("\n", ((Footnoted) drawn).footnote());
        var run = runFor(chart).run();

        String workload = chart instanceof GitScalingChart ? "git status" : "simulated I/O";
        assertTrue(drawn.getTitle().contains(workload), drawn.getTitle());
        for (var jvm : run.jvms()) {
            assertTrue(footnote.contains("JDK " + jvm.version() + " " + jvm.vendor()), footnote);
        }
        assertTrue(footnote.contains(run.host().summary()), footnote);
        assertTrue(footnote.contains(run.startedAt().toString().substring(0, 10)), footnote);
    }

    @ParameterizedTest
    @MethodSource("xyCharts")
    void measuredSeriesHaveErrorBarsAndDashedIdeals(FanoutChart chart) {
        XYChart xyChart = (XYChart) chart.getChart(SAMPLE);

        List<XYSeries> measured = xyChart.getSeriesMap().values().stream()
                .filter(s -> s.getMarker() != SeriesMarkers.NONE).toList();
        List<XYSeries> ideals = xyChart.getSeriesMap().values().stream()
                .filter(s -> s.getMarker() == SeriesMarkers.NONE).toList();
        assertFalse(measured.isEmpty());
        assertFalse(ideals.isEmpty(), "no ideal line");
        for (XYSeries series : measured) {
            assertTrue(series.isShowInLegend(), series.getName() + " is not in the legend");
            assertNotNull(series.getExtraValues(), series.getName() + " has no error bars");
            assertTrue(Arrays.stream(series.getExtraValues()).allMatch(e -> e > 0),
                    series.getName() + ": every point has a bar");
            assertTrue(series.getXData().length >= 2, series.getName() + " is a single point");
            assertTrue(series.getLineStyle().getDashArray() == null, series.getName() + " is dashed");
        }
        for (XYSeries ideal : ideals) {
            assertNotNull(ideal.getLineStyle().getDashArray(), ideal.getName() + " is not dashed");
        }
        assertTrue(xyChart.getStyler().isXAxisLogarithmic());
        assertFalse(xyChart.getXAxisTitle().isBlank());
        assertFalse(xyChart.getYAxisTitle().isBlank());
    }

    @Test
    void renderAllWritesEveryChartWithData(@TempDir Path dir) {
        Path chartsDir = dir.resolve("charts");

        List<RenderedChart> rendered = Charts.renderAll(SAMPLE, chartsDir);

        assertEquals(xyCharts().stream().map(FanoutChart::id).toList(),
                rendered.stream().map(RenderedChart::id).toList(), "a run on one JVM has every chart but chart 7");
        for (RenderedChart chart : rendered) {
            assertTrue(Files.isRegularFile(chart.svg()) && Files.isRegularFile(chart.png()), chart.id());
        }
    }

    /** Leaves every chart of the sample run in {@code target/chart-preview/}, to be looked at after a build. */
    @Test
    void writesPreviewsIntoTarget() {
        List<RenderedChart> rendered = Charts.renderAll(SAMPLE, Path.of("target", "chart-preview"));
        Charts.render(new JvmComparisonChart(), TWO_JVMS, Path.of("target", "chart-preview"));

        assertEquals(xyCharts().size(), rendered.size());
    }

    @Test
    void skipsChartsWithoutData(@TempDir Path dir) throws Exception {
        ResultDocument overheadOnly = SampleResults.keepRecords(SAMPLE, SampleResults::overhead);

        List<RenderedChart> rendered = Charts.renderAll(overheadOnly, dir);

        assertEquals(List.of(), rendered);
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        for (FanoutChart chart : Charts.all()) {
            assertFalse(chart.hasData(overheadOnly));
            assertThrows(IllegalArgumentException.class, () -> chart.getChart(overheadOnly));
            assertTrue(chart.interpretation(overheadOnly).contains("not drawn"));
        }
    }

    @Test
    void failedRecordsAreNotDrawn() {
        NSweep sweep = NSweep.of(SAMPLE).orElseThrow();
        double largestN = sweep.largestN();
        ResultRecord dropped = sweep.at(largestN).get(0);
        ResultDocument failed = SampleResults.mapRecords(SAMPLE, r -> r == dropped,
                r -> SampleResults.withStatus(r, RecordStatus.FAILED, "boom"));

        XYSeries series = new MakespanVsNChart().getChart(failed).getSeriesMap().get(dropped.label());

        double[] n = series == null ? new double[0] : series.getXData();
        assertFalse(Arrays.stream(n).anyMatch(x -> x == largestN), "the failed record is drawn");
        assertEquals(sweep.series().get(dropped.label()).size() - 1, n.length);
    }

    @Test
    void disturbedRecordsStayOutOfTheCharts() {
        List<ResultRecord> extra = SAMPLE.records().stream().filter(SampleResults::simulated).filter(ResultRecord::ok)
                .map(r -> SampleResults.withParam(SampleResults.withScore(r, r.score() * 7), "distribution", "PARETO"))
                .toList();
        ResultDocument withHeavyTail = SAMPLE;
        for (ResultRecord record : extra) {
            withHeavyTail = withHeavyTail.with(record);
        }

        for (FanoutChart chart : Charts.all()) {
            assertEquals(chart.interpretation(SAMPLE), chart.interpretation(withHeavyTail), chart.id());
        }
    }

    @Test
    void drawsTheJvmWithTheMostRecords() {
        ResultDocument twoJvms = SAMPLE;
        for (ResultRecord record : NSweep.of(SAMPLE).orElseThrow().series().get("SEQUENTIAL")) {
            twoJvms = twoJvms.with(new ResultRecord(record.benchmark(), record.workload(), record.strategy(),
                    record.label(), "other-jvm", record.params(), record.status(), null, record.score() / 2,
                    record.error(), record.ci(), record.unit(), record.samples(), record.ideal(), null, null));
        }

        NSweep sweep = NSweep.of(twoJvms).orElseThrow();

        assertEquals(SAMPLE.records().get(0).jvm(), sweep.selection().jvm());
        assertEquals(NSweep.of(SAMPLE).orElseThrow().series().keySet(), sweep.series().keySet());
    }

    @Test
    void gitChartDrawsOneNamedCpuBoundLimitAtTheLeastIdealOfEachCount() {
        GitSweep sweep = GitSweep.of(SAMPLE).orElseThrow();

        XYChart chart = new GitScalingChart().getChart(SAMPLE);

        XYSeries limit = chart.getSeriesMap().get(GitScalingChart.LIMIT_NAME);
        assertNotNull(limit, "no CPU-bound limit line");
        assertTrue(limit.isShowInLegend());
        assertNotNull(limit.getLineStyle().getDashArray(), "the limit is not dashed");
        assertEquals(sweep.counts(), Arrays.stream(limit.getXData()).boxed().toList());
        for (int i = 0; i < limit.getXData().length; i++) {
            double repos = limit.getXData()[i];
            double leastIdeal = sweep.at(repos).stream().mapToDouble(ResultRecord::ideal).min().orElseThrow();
            assertEquals(leastIdeal, limit.getYData()[i], 1e-9, "limit at " + repos + " repositories");
        }
        assertEquals(1, chart.getSeriesMap().values().stream().filter(s -> s.getMarker() == SeriesMarkers.NONE)
                .count(), "one limit line, no per-strategy ideals");
    }

    @Test
    void gitChartDrawsStatusOfFixtureRepositoriesWithTheDefaultLaunchOnOneJvm() {
        GitSweep sweep = GitSweep.of(SAMPLE).orElseThrow();
        ResultDocument twoJvms = SAMPLE;
        for (ResultRecord record : sweep.series().get("SEQUENTIAL")) {
            twoJvms = twoJvms.with(new ResultRecord(record.benchmark(), record.workload(), record.strategy(),
                    record.label(), "other-jvm", record.params(), record.status(), null, record.score() / 2,
                    record.error(), record.ci(), record.unit(), record.samples(), record.ideal(), null, null));
        }

        GitSweep chosen = GitSweep.of(twoJvms).orElseThrow();

        assertEquals(sweep.jvm(), chosen.jvm());
        assertEquals(new GitScalingChart().interpretation(SAMPLE), new GitScalingChart().interpretation(twoJvms));
        assertTrue(chosen.series().values().stream().flatMap(List::stream).allMatch(r -> "DEFAULT".equals(
                r.param("launchMechanism")) && "STATUS".equals(r.param("operation"))
                && "REPOSITORIES".equals(r.param("layout")) && "FIXTURE".equals(r.param("source"))));
        assertTrue(SAMPLE.records().stream().filter(SampleResults::git).anyMatch(r -> "REPORT".equals(
                r.param("operation"))), "the sample needs records the chart leaves out");
    }

    private static Element parseSvg(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    private static int colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
