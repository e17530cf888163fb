package fanout.harness.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.LessonsRun;
import fanout.harness.OverheadSweepRun;
import fanout.harness.SampleResults;
import fanout.harness.TwoJvmRun;
import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.Figure;
import fanout.harness.analysis.Point;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.Series;
import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.run.StoredBounds;
import fanout.jmh.GitBenchmark.LaunchMechanism;
import fanout.jmh.GitBenchmark.Layout;
import fanout.jmh.GitBenchmark.Operation;
import fanout.jmh.GitBenchmark.Runner;
import fanout.jmh.GitBenchmark.Source;
import fanout.workload.LatencyDistribution;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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

/**
 * Every chart rendered headless from the sample run, as XChart's DemoChartsTest renders every demo; the sample with
 * the lower bounds a run stores ({@link StoredBounds}).
 */
class ChartsTest {
    private static final ResultDocument SAMPLE = StoredBounds.of(SampleResults.load());
    private static final ResultDocument TWO_JVMS = StoredBounds.of(TwoJvmRun.build());
    /** The sample with the overhead records of a sweep over N, which charts 8 and 8b draw: the sample has none. */
    private static final ResultDocument SWEEP = StoredBounds.of(OverheadSweepRun.build());
    /** The sample with the heavy-tail and failure records charts 4 and 5 draw: the sample has none. */
    private static final ResultDocument LESSONS = LessonsRun.build();

    static List<FanoutChart<?>> charts() {
        return Charts.all();
    }

    /** The charts over N, k or repository count: lines with reference lines, drawn from the one-JVM sample. */
    static List<FanoutChart<?>> xyCharts() {
        return Charts.all().stream().filter(chart -> !(chart instanceof JvmComparisonChart) && !overhead(chart)
                && !bars(chart)).toList();
    }

    /** Charts 4 and 5: bars of disturbed records (heavy tails, failures), drawn from {@link #LESSONS}. */
    private static boolean bars(FanoutChart<?> chart) {
        return chart instanceof HeavyTailChart || chart instanceof FailuresChart;
    }

    /** Charts 8 and 8b: measured lines beside measured lines, drawn from {@link #SWEEP}. */
    private static boolean overhead(FanoutChart<?> chart) {
        return chart instanceof OverheadVsNChart || chart instanceof AllocationVsNChart;
    }

    /** The run a chart is tested on: the sample, for the JVM comparison a run on two JVMs, for charts 8 a sweep. */
    private static ResultDocument runFor(FanoutChart<?> chart) {
        return chart instanceof JvmComparisonChart ? TWO_JVMS : overhead(chart) ? SWEEP : bars(chart) ? LESSONS
                : SAMPLE;
    }

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "charts must render without a display (java.awt.headless)");
    }

    @ParameterizedTest
    @MethodSource("charts")
    void rendersAsValidSvgAndPng(FanoutChart<?> chart, @TempDir Path dir) throws Exception {
        RunAnalysis run = RunAnalysis.of(runFor(chart));
        assertTrue(chart.figure(run).isPresent(), chart.id() + ": the test run must have data for every chart");

        RenderedChart rendered = render(chart, run, dir);

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
        assertFalse(rendered.sentence().isBlank());
        assertEquals(chart.figure(run).orElseThrow().sentence(), rendered.sentence());
    }

    /**
     * Issue 12: a chart people cite is an SVG of at most 100 KB whose text is text: its title, axis titles, legend
     * and tick labels are {@code <text>} elements, not glyph outlines.
     */
    @ParameterizedTest
    @MethodSource("charts")
    void svgKeepsItsTextAsTextAndStaysUnder100Kb(FanoutChart<?> chart, @TempDir Path dir) throws Exception {
        RunAnalysis run = RunAnalysis.of(runFor(chart));
        Chart<?, ?> drawn = drawn(chart, run);

        RenderedChart rendered = render(chart, run, dir);

        long bytes = Files.size(rendered.svg());
        assertTrue(bytes <= 100 * 1024, chart.id() + ".svg is " + bytes + " bytes");
        Element svg = parseSvg(rendered.svg());
        var elements = svg.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            texts.add(elements.item(i).getTextContent());
        }
        List<String> expected = new ArrayList<>(List.of(drawn.getTitle(), drawn.getXAxisTitle(),
                drawn.getYAxisTitle()));
        drawn.getSeriesMap().values().stream().filter(series -> series.isShowInLegend())
                .forEach(series -> expected.add(series.getName()));
        for (String label : expected) {
            assertTrue(label.isBlank() || texts.contains(label), chart.id() + ": '" + label + "' is not a <text>: "
                    + texts);
        }
        assertTrue(texts.stream().anyMatch(text -> text.matches("[0-9.,]+")), chart.id() + ": no tick label: " + texts);
    }

    @ParameterizedTest
    @MethodSource("charts")
    void svgStaysWellFormedWithHostileText(FanoutChart<?> chart, @TempDir Path dir) throws Exception {
        ResultDocument hostile = SampleResults.withCpuModel(runFor(chart), "<svg onload=alert(1)> & \"co\"");

        RenderedChart rendered = render(chart, RunAnalysis.of(hostile), dir);

        Element svg = parseSvg(rendered.svg());
        assertEquals("svg", svg.getLocalName());
        assertEquals(0, svg.getElementsByTagNameNS("*", "svg").getLength(), "a nested <svg> element");
        assertTrue(svg.getTextContent().contains("<svg onload=alert(1)> & \"co\""), "the CPU model as text");
    }

    @ParameterizedTest
    @MethodSource("charts")
    void statesWorkloadJvmMachineAndDate(FanoutChart<?> chart) {
        Chart<?, ?> drawn = draw(chart, RunAnalysis.of(runFor(chart)));
        String footnote = String.join("\n", ((Footnoted) drawn).footnote());
        var run = runFor(chart).run();

        String workload = chart instanceof GitScalingChart ? "git status"
                : overhead(chart) ? "calls that return at once" : "simulated I/O";
        assertTrue(drawn.getTitle().contains(workload), drawn.getTitle());
        for (var jvm : run.jvms()) {
            assertTrue(footnote.contains("JDK " + jvm.version() + " " + jvm.vendor()), footnote);
        }
        assertTrue(footnote.contains(run.host().summary()), footnote);
        assertTrue(footnote.contains(run.startedAt().toString().substring(0, 10)), footnote);
        assertEquals(List.of("-Xms2g", "-Xmx2g", "-XX:+UseG1GC"), run.jvms().get(0).jvmArgs(), "the sample's flags");
        assertTrue(footnote.contains("Heap: -Xms2g -Xmx2g"), footnote);
    }

    @ParameterizedTest
    @MethodSource("xyCharts")
    void measuredSeriesHaveErrorBarsAndReferenceLinesAreDashedOrDotted(FanoutChart<?> chart) {
        XYChart xyChart = (XYChart) draw(chart, RunAnalysis.of(SAMPLE));

        List<XYSeries> measured = xyChart.getSeriesMap().values().stream()
                .filter(s -> s.getMarker() != SeriesMarkers.NONE).toList();
        List<XYSeries> references = xyChart.getSeriesMap().values().stream()
                .filter(s -> s.getMarker() == SeriesMarkers.NONE).toList();
        assertFalse(measured.isEmpty());
        assertFalse(references.isEmpty(), "no lower bound, model or limit line");
        for (XYSeries series : measured) {
            assertTrue(series.isShowInLegend(), series.getName() + " is not in the legend");
            assertNotNull(series.getExtraValues(), series.getName() + " has no error bars");
            assertTrue(Arrays.stream(series.getExtraValues()).allMatch(e -> e > 0),
                    series.getName() + ": every point has a bar");
            assertTrue(series.getXData().length >= 2, series.getName() + " is a single point");
            assertTrue(series.getLineStyle().getDashArray() == null, series.getName() + " is dashed");
        }
        for (XYSeries reference : references) {
            assertNotNull(reference.getLineStyle().getDashArray(), reference.getName() + " is solid");
        }
        assertTrue(xyChart.getStyler().isXAxisLogarithmic());
        assertFalse(xyChart.getXAxisTitle().isBlank());
        assertFalse(xyChart.getYAxisTitle().isBlank());
    }

    /** Charts 1 and 3: the lower bound and the model, in two line styles, and the footnote says which is which. */
    static List<FanoutChart<?>> chartsWithBoundsAndModels() {
        return List.of(new MakespanVsNChart(), new BoundedLimitChart());
    }

    @ParameterizedTest
    @MethodSource("chartsWithBoundsAndModels")
    void lowerBoundsAreDashedAndModelsDottedAndTheFootnoteSaysWhichIsWhich(FanoutChart<?> chart) {
        XYChart xyChart = (XYChart) draw(chart, RunAnalysis.of(SAMPLE));

        List<XYSeries> bounds = xyChart.getSeriesMap().values().stream()
                .filter(s -> s.getName().endsWith(" (lower bound)")).toList();
        List<XYSeries> models = xyChart.getSeriesMap().values().stream()
                .filter(s -> s.getName().endsWith(" (model)")).toList();
        assertFalse(bounds.isEmpty(), "no lower bound drawn");
        assertFalse(models.isEmpty(), "no model drawn: the sample's bounded strategies have one apart from the bound");
        float[] dashed = bounds.get(0).getLineStyle().getDashArray();
        float[] dotted = models.get(0).getLineStyle().getDashArray();
        assertNotNull(dashed);
        assertNotNull(dotted);
        assertFalse(Arrays.equals(dashed, dotted), "the model looks like the lower bound");
        for (XYSeries bound : bounds) {
            assertArrayEquals(dashed, bound.getLineStyle().getDashArray(), bound.getName());
            assertFalse(bound.isShowInLegend(), bound.getName());
        }
        for (XYSeries model : models) {
            assertArrayEquals(dotted, model.getLineStyle().getDashArray(), model.getName());
            assertFalse(model.isShowInLegend(), model.getName());
            assertTrue(model.getMarker() == SeriesMarkers.NONE, model.getName());
        }
        List<String> footnote = ((Footnoted) xyChart).footnote();
        String howToRead = footnote.get(footnote.size() - 1);
        assertTrue(howToRead.contains("Dashed, same colour: the strategy's lower bound"), howToRead);
        assertTrue(howToRead.contains("which no implementation can beat"), howToRead);
        assertTrue(howToRead.contains("dotted, same colour: its model"), howToRead);
        assertTrue(howToRead.contains("not a bound"), howToRead);
    }

    @Test
    void aModelIsDrawnOnlyWhereItDiffersFromItsLowerBound() {
        Figure.MakespanVsN figure = RunAnalysis.of(SAMPLE).makespanVsN().orElseThrow();
        XYChart chart = new MakespanVsNChart().getChart(figure);

        for (Series model : figure.models()) {
            Series bound = figure.lowerBounds().stream().filter(b -> b.index() == model.index()).findFirst()
                    .orElseThrow();
            String what = model.name() + ": bound " + bound.points() + ", model " + model.points();
            if (model.points().equals(bound.points())) {
                assertFalse(chart.getSeriesMap().containsKey(model.name() + " (model)"), what);
            } else {
                // drawn, under its own name or (shared with another strategy) under the first's
                assertTrue(chart.getSeriesMap().values().stream().anyMatch(s -> s.getName().endsWith(" (model)")
                        && Arrays.equals(s.getXData(), model.points().stream().mapToDouble(Point::x).toArray())
                        && Arrays.equals(s.getYData(), model.points().stream().mapToDouble(Point::y).toArray())),
                        what);
            }
        }
        assertTrue(figure.models().stream().anyMatch(m -> m.name().equals("SEQUENTIAL")),
                "the sample needs a strategy whose model is its bound");
        assertTrue(chart.getSeriesMap().keySet().stream().anyMatch(name -> name.endsWith(" (model)")),
                "the sample needs a strategy whose model is not its bound");
    }

    @Test
    void chartOneDrawsEachStrategysLowerBoundAndModelAsItsRecordsCarryThem() {
        Figure.MakespanVsN figure = RunAnalysis.of(SAMPLE).makespanVsN().orElseThrow();
        for (int i = 0; i < figure.measured().size(); i++) {
            Series measured = figure.measured().get(i);
            for (Point p : measured.points()) {
                ResultRecord record = drawnRecord(SAMPLE, c -> c instanceof SimulatedIoCase s && s.n() == p.x(),
                        measured.name(), p);
                assertEquals(List.of(Point.exact(p.x(), record.lowerBound())), pointAt(figure.lowerBounds().get(i),
                        p.x()).stream().toList(), measured.name() + " at " + p.x());
                assertEquals(List.of(Point.exact(p.x(), record.model())), pointAt(figure.models().get(i),
                        p.x()).stream().toList(), measured.name() + " at " + p.x());
            }
        }
    }

    @Test
    void renderAllWritesEveryChartWithData(@TempDir Path dir) {
        Path chartsDir = dir.resolve("charts");

        List<RenderedChart> rendered = Charts.renderAll(RunAnalysis.of(SAMPLE), chartsDir);

        assertEquals(xyCharts().stream().map(FanoutChart::id).toList(),
                rendered.stream().map(RenderedChart::id).toList(), "a run on one JVM has every chart but chart 7, and"
                        + " one without an overhead sweep over N (the sample's are at N = 1000) none of charts 8");
        for (RenderedChart chart : rendered) {
            assertTrue(Files.isRegularFile(chart.svg()) && Files.isRegularFile(chart.png()), chart.id());
        }
    }

    /** Leaves every chart of the sample run in {@code target/chart-preview/}, to be looked at after a build. */
    @Test
    void writesPreviewsIntoTarget() {
        List<RenderedChart> rendered = Charts.renderAll(RunAnalysis.of(SAMPLE), Path.of("target", "chart-preview"));
        render(new JvmComparisonChart(), RunAnalysis.of(TWO_JVMS), Path.of("target", "chart-preview"));
        render(new OverheadVsNChart(), RunAnalysis.of(SWEEP), Path.of("target", "chart-preview"));
        render(new AllocationVsNChart(), RunAnalysis.of(SWEEP), Path.of("target", "chart-preview"));
        render(new HeavyTailChart(), RunAnalysis.of(LESSONS), Path.of("target", "chart-preview"));
        render(new FailuresChart(), RunAnalysis.of(LESSONS), Path.of("target", "chart-preview"));

        assertEquals(xyCharts().size(), rendered.size());
    }

    @Test
    void skipsChartsWithoutData(@TempDir Path dir) throws Exception {
        ResultDocument overheadOnly = SampleResults.keepRecords(SAMPLE, SampleResults::overhead);
        RunAnalysis analysis = RunAnalysis.of(overheadOnly);

        List<RenderedChart> rendered = Charts.renderAll(analysis, dir);

        assertEquals(List.of(), rendered);
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        for (FanoutChart<?> chart : Charts.all()) {
            assertEquals(Optional.empty(), chart.figure(analysis), chart.id());
        }
    }

    @Test
    void failedRecordsAreNotDrawn() {
        Figure.MakespanVsN figure = RunAnalysis.of(SAMPLE).makespanVsN().orElseThrow();
        double largestN = figure.measured().stream().flatMap(s -> s.points().stream()).mapToDouble(Point::x).max()
                .orElseThrow();
        Series first = figure.measured().stream().filter(s -> pointAt(s, largestN).isPresent()).findFirst()
                .orElseThrow();
        ResultRecord dropped = drawnRecord(SAMPLE, c -> c instanceof SimulatedIoCase s && s.n() == largestN,
                first.name(), pointAt(first, largestN).orElseThrow());
        ResultDocument failed = SampleResults.mapRecords(SAMPLE, r -> r == dropped,
                r -> SampleResults.withStatus(r, RecordStatus.FAILED, "boom"));

        MakespanVsNChart chart = new MakespanVsNChart();
        XYSeries series = chart.getChart(chart.figure(RunAnalysis.of(failed)).orElseThrow()).getSeriesMap()
                .get(first.name());

        double[] n = series == null ? new double[0] : series.getXData();
        assertFalse(Arrays.stream(n).anyMatch(x -> x == largestN), "the failed record is drawn");
        assertEquals(first.points().size() - 1, n.length);
    }

    @Test
    void disturbedRecordsStayOutOfTheCharts() {
        for (FanoutChart<?> chart : Charts.all().stream().filter(c -> !bars(c)).toList()) { // 4 and 5 draw them
            ResultDocument run = runFor(chart);
            // first in the document, where a chart that let them in would draw them rather than their undisturbed twins
            List<ResultRecord> records = new ArrayList<>();
            for (ResultRecord r : run.records()) {
                if (SampleResults.simulated(r) && r.ok()) {
                    records.add(SampleResults.withParam(SampleResults.withScore(r, r.measurement().score() * 7),
                            "distribution", "PARETO"));
                }
            }
            records.addAll(run.records());
            ResultDocument withHeavyTail = run.withRecords(records);
            assertTrue(RunAnalysis.of(withHeavyTail).simulated().stream().anyMatch(
                    c -> c.benchmarkCase().distribution() == LatencyDistribution.PARETO), "no disturbed record added");

            assertEquals(chart.figure(RunAnalysis.of(run)), chart.figure(RunAnalysis.of(withHeavyTail)), chart.id());
        }
    }

    @Test
    void drawsTheJvmWithTheMostRecords() {
        Figure.MakespanVsN figure = RunAnalysis.of(SAMPLE).makespanVsN().orElseThrow();
        ResultDocument twoJvms = SAMPLE;
        for (ResultRecord record : SAMPLE.records()) {
            if (SampleResults.caseOf(record) instanceof SimulatedIoCase c && c.undisturbed() && record.ok()
                    && c.latencyMs() == figure.latencyMs() && "SEQUENTIAL".equals(c.label())) {
                twoJvms = twoJvms.with(SampleResults.scaled(record.withJvm("other-jvm"), 0.5));
            }
        }
        assertTrue(twoJvms.records().size() > SAMPLE.records().size(), "no record on the other JVM");

        assertEquals(Optional.of(figure), RunAnalysis.of(twoJvms).makespanVsN(),
                "the chart draws the sample's JVM, with the same series, and names it");
    }

    /**
     * The limit at each count is the least CPU per fan-out of any strategy of the drawn JVM there (status of fixture
     * repositories, default launch), divided by the cores: the sample's JVM does not say how many its forks may use,
     * so its machine's.
     */
    @Test
    void gitChartDrawsOneNamedCpuBoundLimitAtTheLeastCpuOfEachCount() {
        Figure.GitScaling figure = RunAnalysis.of(SAMPLE).gitScaling().orElseThrow();
        List<Double> counts = figure.measured().stream().flatMap(s -> s.points().stream()).map(Point::x).distinct()
                .sorted().toList();

        XYChart chart = new GitScalingChart().getChart(figure);

        XYSeries limit = chart.getSeriesMap().get(figure.limit().name());
        assertNotNull(limit, "no CPU-bound limit line");
        assertTrue(limit.getName().contains("CPU-bound limit"), limit.getName());
        assertTrue(limit.isShowInLegend());
        assertNotNull(limit.getLineStyle().getDashArray(), "the limit is not dashed");
        assertEquals(counts, Arrays.stream(limit.getXData()).boxed().toList());
        assertEquals(0, SAMPLE.run().jvms().get(0).cores(), "the sample's JVM does not say its cores");
        int cores = SAMPLE.run().host().cores();
        for (int i = 0; i < limit.getXData().length; i++) {
            double repos = limit.getXData()[i];
            double leastCpu = SAMPLE.records().stream().filter(r -> r.ok() && r.jvm().equals("jdk25")
                    && SampleResults.caseOf(r) instanceof GitCase g && g.repos() == repos
                    && g.statusOfFixtureRepositories() && g.launchMechanism() == LaunchMechanism.DEFAULT)
                    .mapToDouble(r -> r.secondary().get(GitCase.CPU_MS_PER_OP)).min().orElseThrow();
            assertEquals(leastCpu / cores, limit.getYData()[i], 1e-9, "limit at " + repos + " repositories");
        }
        assertEquals(1, chart.getSeriesMap().values().stream().filter(s -> s.getMarker() == SeriesMarkers.NONE)
                .count(), "one limit line, no per-strategy ideals");
    }

    @Test
    void gitChartDrawsStatusOfFixtureRepositoriesWithTheDefaultLaunchOnOneJvm() {
        Figure.GitScaling figure = RunAnalysis.of(SAMPLE).gitScaling().orElseThrow();
        Series sequential = figure.measured().stream().filter(s -> s.name().equals("SEQUENTIAL")).findFirst()
                .orElseThrow();
        ResultDocument twoJvms = SAMPLE;
        for (Point p : sequential.points()) {
            ResultRecord record = drawnRecord(SAMPLE, c -> c instanceof GitCase g && g.repos() == p.x(),
                    sequential.name(), p);
            twoJvms = twoJvms.with(SampleResults.scaled(record.withJvm("other-jvm"), 0.5));
        }

        assertEquals(Optional.of(figure), RunAnalysis.of(twoJvms).gitScaling(),
                "the same JVM's records, series and sentence");

        // the records the chart leaves out first in the document, where the chart would draw them if it let them in
        Predicate<ResultRecord> drawable = r -> SampleResults.caseOf(r) instanceof GitCase g
                && g.launchMechanism() == LaunchMechanism.DEFAULT && g.statusOfFixtureRepositories();
        List<ResultRecord> leftOutFirst = new ArrayList<>(SAMPLE.records().stream()
                .filter(r -> SampleResults.git(r) && !drawable.test(r)).toList());
        leftOutFirst.addAll(SAMPLE.records().stream().filter(r -> !SampleResults.git(r) || drawable.test(r)).toList());
        ResultDocument reordered = SAMPLE.withRecords(leftOutFirst);
        Figure.GitScaling drawnFromReordered = RunAnalysis.of(reordered).gitScaling().orElseThrow();
        assertEquals(figure.measured(), drawnFromReordered.measured());
        for (Series series : drawnFromReordered.measured()) {
            for (Point p : series.points()) {
                GitCase drawn = (GitCase) SampleResults.caseOf(drawnRecord(reordered,
                        c -> c instanceof GitCase g && g.repos() == p.x(), series.name(), p));
                assertEquals(new GitCase(drawn.strategy(), drawn.repos(), Operation.STATUS, Layout.REPOSITORIES,
                        LaunchMechanism.DEFAULT, Source.FIXTURE, Runner.SUITE), drawn, series.name() + " at " + p.x());
            }
        }
        assertTrue(SAMPLE.records().stream().filter(SampleResults::git).anyMatch(r -> SampleResults.caseOf(r)
                instanceof GitCase g && g.operation() == Operation.REPORT), "the sample needs records the chart"
                + " leaves out");
        assertTrue(SAMPLE.records().stream().filter(SampleResults::git).anyMatch(r -> r.ok()
                && SampleResults.caseOf(r) instanceof GitCase g && g.statusOfFixtureRepositories()
                && g.launchMechanism() != LaunchMechanism.DEFAULT), "the sample needs measured records of another"
                + " launch mechanism");
    }

    /** The point of a series at x, if it has one. */
    private static Optional<Point> pointAt(Series series, double x) {
        return series.points().stream().filter(p -> p.x() == x).findFirst();
    }

    /** The one measured record of the sample with this case, label and score: the record the point was drawn from. */
    private static ResultRecord drawnRecord(ResultDocument doc, Predicate<Case> where, String label, Point point) {
        List<ResultRecord> candidates = doc.records().stream()
                .filter(r -> r.ok() && where.test(SampleResults.caseOf(r)) && SampleResults.label(r).equals(label)
                        && CaseResult.of(r).score() == point.y())
                .toList();
        assertEquals(1, candidates.size(), label + " at " + point + ": " + candidates);
        return candidates.get(0);
    }

    private static <F extends Figure> Chart<?, ?> draw(FanoutChart<F> chart, RunAnalysis analysis) {
        return chart.getChart(chart.figure(analysis).orElseThrow());
    }

    private static <F extends Figure> RenderedChart render(FanoutChart<F> chart, RunAnalysis analysis, Path dir) {
        return Charts.render(chart, chart.figure(analysis).orElseThrow(), dir);
    }

    private static <F extends Figure> Chart<?, ?> drawn(FanoutChart<F> chart, RunAnalysis analysis) {
        return chart.getChart(chart.figure(analysis).orElseThrow());
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
