package fanout.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.TwoJvmRun;
import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.Figure;
import fanout.harness.analysis.Point;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.Series;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/** Chart 7 on a run whose verdicts are known ({@link TwoJvmRun}), and its absence on a run on one JVM. */
class JvmComparisonChartTest {
    private static final ResultDocument TWO_JVMS = TwoJvmRun.build();
    private static final JvmComparisonChart CHART = new JvmComparisonChart();
    private static final List<String> CATEGORIES = List.of("SEQUENTIAL · equivalent",
            "ALL_OF(DEFAULT_ASYNC) · 2.0× slower", "VIRTUAL_SCOPE · unsupported on JDK 17",
            "FIXED_POOL(k=64) · equivalent");

    @Test
    void rendersSvgAndPngHeadlessForARunOnTwoJvms(@TempDir Path dir) throws Exception {
        List<RenderedChart> rendered = Charts.renderAll(RunAnalysis.of(TWO_JVMS), dir);

        RenderedChart chart = rendered.stream().filter(c -> c.id().equals(JvmComparisonChart.ID)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart 7 in " + rendered));
        assertTrue(Files.size(chart.svg()) > 0);
        assertEquals(ChartStyle.WIDTH, ImageIO.read(chart.png().toFile()).getWidth());
        assertEquals(dir.resolve("jvm-comparison.png"), chart.png());
    }

    @Test
    void aRunOnOneJvmHasNoChart7(@TempDir Path dir) throws Exception {
        RunAnalysis oneJvm = RunAnalysis.of(TwoJvmRun.jdk25Only());

        List<RenderedChart> rendered = Charts.renderAll(oneJvm, dir);

        assertFalse(CHART.figure(oneJvm).isPresent());
        assertFalse(CHART.figure(RunAnalysis.of(SampleResults.load())).isPresent());
        assertTrue(rendered.stream().noneMatch(c -> c.id().equals(JvmComparisonChart.ID)), rendered.toString());
        assertFalse(Files.exists(dir.resolve("jvm-comparison.png")));
        assertTrue(oneJvm.oneJvm().contains("nothing to compare"), oneJvm.oneJvm());
    }

    @Test
    void groupsEachStrategyByJvmWithTheVerdictInItsLabel() {
        CategoryChart chart = chart(TWO_JVMS);
        Map<String, CategorySeries> series = chart.getSeriesMap();

        assertEquals(List.of("JDK 17.0.15 (jdk17)", "JDK 25.0.1 (jdk25)"), List.copyOf(series.keySet()));
        for (CategorySeries s : series.values()) {
            assertEquals(CATEGORIES, List.copyOf(s.getXData()));
        }
        assertTrue(chart.getTitle().contains("N = 1000"), "the tie between N = 100 and 1000 goes to the larger: "
                + chart.getTitle());
        assertTrue(chart.getXAxisTitle().contains("JDK 25.0.1 vs JDK 17.0.15"), chart.getXAxisTitle());
    }

    @Test
    void anUnsupportedStrategyHasNoBarOnThatJvm() {
        CategoryChart chart = chart(TWO_JVMS);
        List<? extends Number> jdk17 = List.copyOf(chart.getSeriesMap().get("JDK 17.0.15 (jdk17)").getYData());
        List<? extends Number> jdk25 = List.copyOf(chart.getSeriesMap().get("JDK 25.0.1 (jdk25)").getYData());

        int unsupported = CATEGORIES.indexOf("VIRTUAL_SCOPE · unsupported on JDK 17");
        assertTrue(Double.isNaN(jdk17.get(unsupported).doubleValue()), "a bar where JDK 17 measured nothing");
        assertEquals(score("jdk25", TwoJvmRun.UNSUPPORTED), jdk25.get(unsupported).doubleValue());
        int slower = CATEGORIES.indexOf("ALL_OF(DEFAULT_ASYNC) · 2.0× slower");
        assertEquals(2 * jdk17.get(slower).doubleValue(), jdk25.get(slower).doubleValue(), 1e-9);
    }

    @Test
    void logAxisWhenTheScoresSpanDecadesWithWhiskersCoveringEachInterval() {
        Figure.JvmBars figure = RunAnalysis.of(TWO_JVMS).jvmBars().orElseThrow();
        CategoryChart chart = CHART.getChart(figure);

        assertTrue(chart.getStyler().isYAxisLogarithmic());
        int bars = 0;
        for (Series jvm : figure.bars()) {
            List<? extends Number> whiskers = List.copyOf(chart.getSeriesMap().get(jvm.name()).getExtraValues());
            for (Point bar : jvm.points()) {
                if (Double.isFinite(bar.y())) {
                    double factor = JvmComparisonChart.logAxisErrorBar(bar);
                    assertTrue(bar.y() / factor <= bar.lower() + 1e-9 && bar.y() * factor >= bar.upper() - 1e-9,
                            jvm.name() + " " + bar + " factor " + factor);
                    assertEquals(factor, whiskers.get((int) bar.x()).doubleValue(), 1e-12, "the whisker drawn");
                    bars++;
                }
            }
        }
        assertEquals(7, bars, "4 labels on JDK 25, 3 on JDK 17");
        for (ResultRecord r : TWO_JVMS.records()) {
            if (r.ok()) {
                var m = r.measurement();
                double factor = JvmComparisonChart.logAxisErrorBar(new Point(0, m.score(), m.lower(), m.upper()));
                assertTrue(m.score() / factor <= m.lower() + 1e-9 && m.score() * factor >= m.upper() - 1e-9,
                        SampleResults.label(r) + " " + m.ci() + " factor " + factor);
            }
        }
    }

    /** On a linear axis a whisker reaches the farther end of the interval, which lies above the value. */
    @Test
    void linearAxisWhenTheScoresStayWithinADecade() {
        // Left: ALL_OF(DEFAULT_ASYNC) (24 and 48 ms at N = 1000) and FIXED_POOL(k=64) (164 ms).
        ResultDocument withinADecade = SampleResults.keepRecords(TWO_JVMS,
                r -> !"SEQUENTIAL".equals(SampleResults.label(r))
                        && !TwoJvmRun.UNSUPPORTED.equals(SampleResults.label(r)));

        CategoryChart chart = chart(withinADecade);

        assertFalse(chart.getStyler().isYAxisLogarithmic());
        CategorySeries jdk25 = chart.getSeriesMap().get("JDK 25.0.1 (jdk25)");
        Estimate estimate = CaseResult.of(record("jdk25", TwoJvmRun.SLOWER)).estimate();
        assertTrue(estimate.upper() - estimate.center() > estimate.center() - estimate.lower(), estimate.toString());
        assertEquals(estimate.upper() - estimate.center(), List.copyOf(jdk25.getExtraValues()).get(0).doubleValue(),
                1e-9);
    }

    @Test
    void picksTheNWithTheMostStrategiesMeasuredOnBoth() {
        ResultDocument fewerAt1000 = SampleResults.keepRecords(TWO_JVMS,
                r -> !(n(r) == 1000 && r.jvm().equals("jdk25") && SampleResults.label(r).equals(TwoJvmRun.SLOWER)));

        CategoryChart chart = chart(fewerAt1000);

        assertTrue(chart.getTitle().contains("N = 100,"), chart.getTitle());
    }

    @Test
    void leavesBoundedStrategiesAtOtherLimitsToChart3() {
        ResultDocument withK16 = TWO_JVMS;
        int added = 0;
        for (ResultRecord r : SampleResults.load().records()) {
            if (SampleResults.caseOf(r) instanceof SimulatedIoCase c && c.strategy().limit() == 16
                    && c.distribution() == LatencyDistribution.FIXED && c.fault() == Fault.NONE) {
                withK16 = withK16.with(r);
                added++;
            }
        }
        assertTrue(added > 0, "the sample needs records at k = 16");

        List<?> categories = List.copyOf(chart(withK16).getSeriesMap().values().iterator().next().getXData());

        assertEquals(CATEGORIES, categories);
    }

    @Test
    void interpretationNamesEachVerdictAndTheStrategiesMeasuredOnOneJvm() {
        String sentence = RunAnalysis.of(TWO_JVMS).jvmBars().orElseThrow().sentence();

        assertEquals("At N = 1000 (latency 10 ms), JDK 25.0.1 vs JDK 17.0.15: SEQUENTIAL and FIXED_POOL(k=64)"
                + " equivalent (within ±5%), ALL_OF(DEFAULT_ASYNC) 2.0× slower, 1 label not measured on both"
                + " (VIRTUAL_SCOPE).", sentence);
    }

    private static CategoryChart chart(ResultDocument doc) {
        return CHART.getChart(CHART.figure(RunAnalysis.of(doc)).orElseThrow());
    }

    private static int n(ResultRecord r) {
        return SampleResults.caseOf(r) instanceof SimulatedIoCase c ? c.n() : -1;
    }

    private static ResultRecord record(String jvm, String label) {
        return TWO_JVMS.records().stream().filter(r -> r.jvm().equals(jvm) && SampleResults.label(r).equals(label)
                && n(r) == 1000).findFirst().orElseThrow();
    }

    private static double score(String jvm, String label) {
        return CaseResult.of(record(jvm, label)).score();
    }
}
