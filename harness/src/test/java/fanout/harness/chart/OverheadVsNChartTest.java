package fanout.harness.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.OverheadSweepRun;
import fanout.harness.SampleResults;
import fanout.harness.analysis.Figure;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.Point;
import fanout.harness.analysis.Ratio;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.Series;
import fanout.harness.analysis.cases.OverheadCase;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.strategy.Strategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Charts 8 and 8b on a run whose overhead pairs are known ({@link OverheadSweepRun}): each swept strategy's time and
 * bytes per task as N grows, beside its bare primitive's, and the sentence that says them.
 */
class OverheadVsNChartTest {
    private static final ResultDocument SWEEP = OverheadSweepRun.build();
    private static final List<String> SWEPT = List.of("VIRTUAL_SCOPE", "SEMAPHORE(k=64)", "BATCHED(k=64)");
    private static final List<Double> N = OverheadSweepRun.N.stream().map(Integer::doubleValue).toList();

    @Test
    void drawsEachSweptStrategyAndItsBarePrimitiveAtEveryN() {
        Figure.OverheadVsN figure = RunAnalysis.of(SWEEP).overheadVsN().orElseThrow();

        assertEquals(SWEPT, figure.strategies().stream().map(Series::name).toList(),
                "the strategies measured at N = 1000 only are not drawn");
        assertEquals(SWEPT, figure.bare().stream().map(Series::name).toList());
        assertEquals(0, figure.latencyMs());
        for (int s = 0; s < OverheadSweepRun.SWEPT.size(); s++) {
            Strategy strategy = OverheadSweepRun.SWEPT.get(s);
            Series measured = figure.strategies().get(s);
            Series bare = figure.bare().get(s);
            assertEquals(s, measured.index());
            assertEquals(s, bare.index(), "a strategy and its bare primitive share their colour");
            assertEquals(N, measured.points().stream().map(Point::x).toList());
            assertEquals(N, bare.points().stream().map(Point::x).toList());
            for (int i = 0; i < N.size(); i++) {
                double bareNanos = OverheadSweepRun.overForks(OverheadSweepRun.BARE.get(strategy).get(i),
                        OverheadSweepRun.BARE_FORKS);
                double ratio = OverheadSweepRun.overForks(OverheadSweepRun.RATIO.get(strategy).get(i),
                        OverheadSweepRun.RATIO_FORKS);
                assertEquals(bareNanos, bare.points().get(i).y(), 1e-9 * bareNanos, strategy + " bare at " + N.get(i));
                assertEquals(bareNanos * ratio, measured.points().get(i).y(), 1e-9 * bareNanos, strategy + " at "
                        + N.get(i));
                assertTrue(measured.points().get(i).lower() < measured.points().get(i).y()
                        && bare.points().get(i).upper() > bare.points().get(i).y(), "intervals over the forks");
            }
        }
    }

    @Test
    void theSentenceGivesEachStrategysFirstAndLastCostBesideBareAndItsRatios() {
        String sentence = RunAnalysis.of(SWEEP).overheadVsN().orElseThrow().sentence();

        assertEquals("From N = 1000 to 1 000 000, VIRTUAL_SCOPE took 400 → 618 ns per task (bare 400 → 600), its ratio"
                + " to bare between 1.00 and 1.03, every interval within " + intervals(1.00, 1.03) + "; SEMAPHORE(k=64)"
                + " took 285 → 320 ns per task (bare 300 → 330), its ratio to bare between 0.95 and 0.97, every"
                + " interval within " + intervals(0.95, 0.97) + "; BATCHED(k=64) took 990 → 1210 ns per task (bare"
                + " 900 → 1100), its ratio to bare 1.10 at every N, every interval within " + intervals(1.10, 1.10)
                + ".", sentence);
    }

    @Test
    void aStrategyThatStoppedEarlierSaysItsOwnRange() {
        ResultDocument failedAtAMillion = SampleResults.mapRecords(SWEEP, r -> SampleResults.overhead(r)
                && SampleResults.caseOf(r) instanceof OverheadCase c && c.n() == 1_000_000
                && c.strategy().strategy() == Strategy.VIRTUAL_SCOPE,
                r -> SampleResults.withStatus(r, RecordStatus.FAILED, "OutOfMemoryError"));

        Figure.OverheadVsN figure = RunAnalysis.of(failedAtAMillion).overheadVsN().orElseThrow();

        assertEquals(N.subList(0, 3), figure.strategies().get(0).points().stream().map(Point::x).toList());
        assertTrue(figure.sentence().startsWith("VIRTUAL_SCOPE took 400 → 490 ns per task from N = 1000 to 100 000"
                + " (bare 400 → 480), its ratio to bare between 1.00 and 1.02"), figure.sentence());
        assertTrue(figure.sentence().contains("; SEMAPHORE(k=64) took 285 → 320 ns per task from N = 1000 to"
                + " 1 000 000 (bare 300 → 330)"), figure.sentence());
    }

    @Test
    void noChartWhereEveryStrategyWasMeasuredAtOneN(@TempDir Path dir) throws Exception {
        ResultDocument atOneN = SampleResults.keepRecords(SWEEP, r -> !SampleResults.overhead(r)
                || SampleResults.caseOf(r) instanceof OverheadCase c && c.n() == 1000);
        RunAnalysis analysis = RunAnalysis.of(atOneN);
        assertFalse(analysis.overheadPairs().isEmpty(), "the overhead records at N = 1000 are kept");

        List<RenderedChart> rendered = Charts.renderAll(analysis, dir);

        assertTrue(analysis.overheadVsN().isEmpty());
        assertTrue(analysis.allocationVsN().isEmpty());
        assertTrue(rendered.stream().noneMatch(c -> c.id().equals(OverheadVsNChart.ID)
                || c.id().equals(AllocationVsNChart.ID)), rendered.toString());
        assertFalse(Files.exists(dir.resolve(OverheadVsNChart.ID + ".svg")));
    }

    @Test
    void eachStrategyIsSolidWithItsBarePrimitiveDashedInALighterShadeBesideIt() {
        XYChart chart = new OverheadVsNChart().getChart(RunAnalysis.of(SWEEP).overheadVsN().orElseThrow());

        List<String> names = new ArrayList<>();
        SWEPT.forEach(label -> names.addAll(List.of(label + ": bare primitive", label)));
        assertEquals(names, List.copyOf(chart.getSeriesMap().keySet()), "each pair together in the legend");
        for (int s = 0; s < SWEPT.size(); s++) {
            XYSeries strategy = chart.getSeriesMap().get(SWEPT.get(s));
            XYSeries bare = chart.getSeriesMap().get(SWEPT.get(s) + ": bare primitive");
            assertNull(strategy.getLineStyle().getDashArray(), "the strategy is solid");
            assertNotNull(bare.getLineStyle().getDashArray(), "its bare primitive is dashed");
            assertEquals(ChartStyle.colour(s), strategy.getLineColor());
            assertEquals(ChartStyle.lighter(ChartStyle.colour(s)), bare.getLineColor());
            assertEquals(strategy.getMarker(), bare.getMarker());
            assertTrue(bare.isShowInLegend());
            for (XYSeries series : List.of(strategy, bare)) {
                assertNotNull(series.getExtraValues(), series.getName() + " has no error bars");
                assertArrayEquals(N.stream().mapToDouble(Double::doubleValue).toArray(), series.getXData());
            }
        }
        assertTrue(chart.getStyler().isXAxisLogarithmic());
        assertFalse(chart.getStyler().isYAxisLogarithmic(), "285 to 1210 ns: less than a decade, linear");
        assertEquals(0.0, chart.getStyler().getYAxisMin());
        assertTrue(chart.getTitle().contains("calls that return at once"), chart.getTitle());
        List<String> footnote = ((Footnoted) chart).footnote();
        assertTrue(footnote.get(footnote.size() - 1).contains("Dashed, in a lighter shade of the same colour"),
                footnote.toString());
    }

    @Test
    void allocationChartDrawsBytesPerTaskWithoutIntervals() {
        Figure.AllocationVsN figure = RunAnalysis.of(SWEEP).allocationVsN().orElseThrow();
        XYChart chart = new AllocationVsNChart().getChart(figure);

        XYSeries virtual = chart.getSeriesMap().get("VIRTUAL_SCOPE");
        XYSeries virtualBare = chart.getSeriesMap().get("VIRTUAL_SCOPE: bare primitive");
        assertArrayEquals(new double[] {300, 315, 330, 345}, virtual.getYData(), 1e-9,
                "1.5 × the bare primitive's bytes per task");
        assertArrayEquals(new double[] {200, 210, 220, 230}, virtualBare.getYData(), 1e-9);
        assertNull(virtual.getExtraValues(), "bytes over all forks have no interval to draw");
        assertEquals("From N = 1000 to 1 000 000, VIRTUAL_SCOPE allocated 300 → 345 bytes per task (bare 200 → 230);"
                + " SEMAPHORE(k=64) allocated 150 → 150 bytes per task (bare 100 → 100); BATCHED(k=64) allocated"
                + " 75.0 → 120 bytes per task (bare 50.0 → 80.0).", figure.sentence());
    }

    @Test
    void noAllocationChartWithoutReadings() {
        RunAnalysis analysis = RunAnalysis.of(OverheadSweepRun.build(false));

        assertTrue(analysis.overheadVsN().isPresent());
        assertTrue(analysis.allocationVsN().isEmpty(), "no side has bytes (JDK 17)");
    }

    @Test
    void severalJvmsAreDrawnEachNamedInItsLines() {
        RunAnalysis analysis = RunAnalysis.of(OverheadSweepRun.onTwoJvms());
        Figure.OverheadVsN figure = analysis.overheadVsN().orElseThrow();

        assertEquals(List.of("VIRTUAL_SCOPE · JDK 25.0.1", "SEMAPHORE(k=64) · JDK 25.0.1", "BATCHED(k=64) · JDK 25.0.1",
                "SEMAPHORE(k=64) · JDK 17.0.15", "BATCHED(k=64) · JDK 17.0.15"),
                figure.strategies().stream().map(Series::name).toList());
        assertEquals(List.of(0, 1, 2, 3, 4), figure.strategies().stream().map(Series::index).toList());
        String footnote = String.join("\n", figure.provenance());
        assertTrue(footnote.contains("JDK 25.0.1") && footnote.contains("JDK 17.0.15"), footnote);
        assertTrue(figure.sentence().contains("; SEMAPHORE(k=64) · JDK 17.0.15 took 285 → 320 ns per task"),
                figure.sentence());
        assertEquals(List.of("VIRTUAL_SCOPE · JDK 25.0.1", "SEMAPHORE(k=64) · JDK 25.0.1",
                "BATCHED(k=64) · JDK 25.0.1"), analysis.allocationVsN().orElseThrow().strategies().stream().map(Series::name).toList(),
                "JDK 17 has no allocation readings");
    }

    /**
     * The widest reach of the ratio intervals of a strategy whose ratio is {@code first} at the first N and
     * {@code last} at the last, as the table prints it: each fork's quotient is the ratio times
     * {@link OverheadSweepRun#RATIO_FORKS}.
     */
    private static String intervals(double first, double last) {
        Ratio low = Ratio.paired(OverheadSweepRun.RATIO_FORKS.stream().map(f -> f * Math.min(first, last)).toList());
        Ratio high = Ratio.paired(OverheadSweepRun.RATIO_FORKS.stream().map(f -> f * Math.max(first, last)).toList());
        return Numbers.preciseInterval(low.lower(), high.upper());
    }
}
