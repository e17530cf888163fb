package fanout.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.TwoJvmRun;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
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
    private static final List<String> CATEGORIES = List.of("SEQUENTIAL · no change",
            "ALL_OF(DEFAULT_ASYNC) · 2.0× slower", "VIRTUAL_SCOPE · unsupported on JDK 17",
            "FIXED_POOL(k=64) · no change");

    @Test
    void rendersSvgAndPngHeadlessForARunOnTwoJvms(@TempDir Path dir) throws Exception {
        List<RenderedChart> rendered = Charts.renderAll(TWO_JVMS, dir);

        RenderedChart chart = rendered.stream().filter(c -> c.id().equals(JvmComparisonChart.ID)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart 7 in " + rendered));
        assertTrue(Files.size(chart.svg()) > 0);
        assertEquals(ChartStyle.WIDTH, ImageIO.read(chart.png().toFile()).getWidth());
        assertEquals(dir.resolve("jvm-comparison.png"), chart.png());
    }

    @Test
    void aRunOnOneJvmHasNoChart7(@TempDir Path dir) throws Exception {
        ResultDocument oneJvm = TwoJvmRun.jdk25Only();

        List<RenderedChart> rendered = Charts.renderAll(oneJvm, dir);

        assertFalse(CHART.hasData(oneJvm));
        assertFalse(CHART.hasData(SampleResults.load()));
        assertTrue(rendered.stream().noneMatch(c -> c.id().equals(JvmComparisonChart.ID)), rendered.toString());
        assertFalse(Files.exists(dir.resolve("jvm-comparison.png")));
        assertTrue(CHART.interpretation(oneJvm).contains("not drawn"));
    }

    @Test
    void groupsEachStrategyByJvmWithTheVerdictInItsLabel() {
        CategoryChart chart = CHART.getChart(TWO_JVMS);
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
        CategoryChart chart = CHART.getChart(TWO_JVMS);
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
        CategoryChart chart = CHART.getChart(TWO_JVMS);

        assertTrue(chart.getStyler().isYAxisLogarithmic());
        for (ResultRecord r : TWO_JVMS.records()) {
            if (r.ok()) {
                double factor = JvmComparisonChart.logAxisErrorBar(r);
                assertTrue(r.score() / factor <= r.ci().get(0) + 1e-9 && r.score() * factor >= r.ci().get(1) - 1e-9,
                        r.label() + " " + r.ci() + " factor " + factor);
            }
        }
    }

    @Test
    void linearAxisWhenTheScoresStayWithinADecade() {
        // Left: ALL_OF(DEFAULT_ASYNC) (24 and 48 ms at N = 1000) and FIXED_POOL(k=64) (164 ms).
        ResultDocument withinADecade = SampleResults.keepRecords(TWO_JVMS,
                r -> !"SEQUENTIAL".equals(r.label()) && !TwoJvmRun.UNSUPPORTED.equals(r.label()));

        CategoryChart chart = CHART.getChart(withinADecade);

        assertFalse(chart.getStyler().isYAxisLogarithmic());
        CategorySeries jdk25 = chart.getSeriesMap().get("JDK 25.0.1 (jdk25)");
        assertEquals(List.copyOf(jdk25.getExtraValues()).get(0).doubleValue(),
                TWO_JVMS.records().stream().filter(r -> r.jvm().equals("jdk25") && r.label().equals(TwoJvmRun.SLOWER)
                        && "1000".equals(r.param("n"))).findFirst().orElseThrow().error(), 1e-9);
    }

    @Test
    void picksTheNWithTheMostStrategiesMeasuredOnBoth() {
        ResultDocument fewerAt1000 = SampleResults.keepRecords(TWO_JVMS,
                r -> !("1000".equals(r.param("n")) && r.jvm().equals("jdk25") && r.label().equals(TwoJvmRun.SLOWER)));

        CategoryChart chart = CHART.getChart(fewerAt1000);

        assertTrue(chart.getTitle().contains("N = 100,"), chart.getTitle());
    }

    @Test
    void leavesBoundedStrategiesAtOtherLimitsToChart3() {
        ResultDocument withK16 = TWO_JVMS;
        for (ResultRecord r : SampleResults.load().records()) {
            if (SampleResults.simulated(r) && "16".equals(r.param("limit")) && "FIXED".equals(r.param("distribution"))
                    && "NONE".equals(r.param("fault"))) {
                withK16 = withK16.with(r);
            }
        }

        List<?> categories = List.copyOf(CHART.getChart(withK16).getSeriesMap().values().iterator().next()
                .getXData());

        assertEquals(CATEGORIES, categories);
    }

    @Test
    void interpretationNamesEachVerdictAndTheStrategiesMeasuredOnOneJvm() {
        String sentence = CHART.interpretation(TWO_JVMS);

        assertEquals("At N = 1000 (latency 10 ms), JDK 25.0.1 vs JDK 17.0.15: SEQUENTIAL and FIXED_POOL(k=64) no"
                + " significant change, ALL_OF(DEFAULT_ASYNC) 2.0× slower, 1 label not measured on both"
                + " (VIRTUAL_SCOPE).", sentence);
    }

    private static double score(String jvm, String label) {
        return TWO_JVMS.records().stream().filter(r -> r.jvm().equals(jvm) && r.label().equals(label)
                && "1000".equals(r.param("n"))).findFirst().orElseThrow().score();
    }
}
