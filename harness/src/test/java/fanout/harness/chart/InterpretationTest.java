package fanout.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.LessonsRun;
import fanout.harness.OverheadSweepRun;
import fanout.harness.SampleResults;
import fanout.harness.TwoJvmRun;
import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.Figure;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.OverheadPair;
import fanout.harness.analysis.Point;
import fanout.harness.analysis.Ratio;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.Series;
import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.run.StoredBounds;
import fanout.jmh.GitBenchmark.LaunchMechanism;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sentence under each chart ({@link Figure#sentence()}) is computed from the records the chart draws: the points
 * of the figure's series, each traced back to the sample's record it was drawn from.
 */
class InterpretationTest {
    /** The sample with the lower bounds a run stores: the git sentence reads the CPU-bound limit from them. */
    private static final ResultDocument SAMPLE = StoredBounds.of(SampleResults.load());

    static List<FanoutChart<?>> charts() {
        return Charts.all();
    }

    @ParameterizedTest
    @MethodSource("charts")
    void changesWhenTheScoresChange(FanoutChart<?> chart) {
        // The JVM comparison needs a run on two JVMs; there only the later JVM's records get slower. Charts 8 and 8b
        // need an overhead sweep over N, whose strategies' counters (time and bytes) grow.
        boolean overhead = chart instanceof OverheadVsNChart || chart instanceof AllocationVsNChart;
        ResultDocument run = chart instanceof JvmComparisonChart ? TwoJvmRun.build()
                : overhead ? OverheadSweepRun.build()
                : chart instanceof HeavyTailChart || chart instanceof FailuresChart ? LessonsRun.build() : SAMPLE;
        String later = run.run().jvms().get(run.run().jvms().size() - 1).id();
        ResultDocument slower = overhead ? SampleResults.mapRecords(run, SampleResults::overhead,
                r -> r.withSecondaryForks(scaled(r.secondaryForks(), 1.37, OverheadPair.STRATEGY_NANOS,
                        OverheadPair.STRATEGY_BYTES)))
                : SampleResults.mapRecords(run,
                r -> (SampleResults.simulated(r) || SampleResults.git(r)) && r.ok()
                && !"SEQUENTIAL".equals(strategy(r)) && r.jvm().equals(later),
                r -> SampleResults.withScore(r, r.measurement().score() * 1.37));

        assertNotEquals(chart.figure(RunAnalysis.of(run)).orElseThrow().sentence(),
                chart.figure(RunAnalysis.of(slower)).orElseThrow().sentence());
    }

    @Test
    void makespanNamesTheFastestAtTheLargestN() {
        Figure.MakespanVsN figure = RunAnalysis.of(SAMPLE).makespanVsN().orElseThrow();
        double largestN = largestX(figure.measured());
        List<Drawn> atLargest = at(figure.measured(), largestN, InterpretationTest::simulatedAtN);
        Drawn chosen = neitherFirstNorFastest(atLargest);
        double fastestScore = fastest(atLargest).score();
        ResultDocument edited = SampleResults.mapRecords(SAMPLE, r -> r == chosen.record(),
                r -> SampleResults.withScore(r, fastestScore / 2));

        String sentence = RunAnalysis.of(edited).makespanVsN().orElseThrow().sentence();

        assertTrue(sentence.contains(chosen.name() + " was the fastest"), sentence);
        assertTrue(sentence.contains("N = " + Numbers.count((long) largestN)), sentence);
    }

    @Test
    void speedupNamesTheLargestGain() {
        Figure.MakespanVsN figure = RunAnalysis.of(SAMPLE).makespanVsN().orElseThrow();
        double largestN = largestX(figure.measured());
        List<Drawn> atLargest = at(figure.measured(), largestN, InterpretationTest::simulatedAtN).stream()
                .filter(d -> !"SEQUENTIAL".equals(strategy(d.record()))).toList();
        Drawn chosen = neitherFirstNorFastest(atLargest);
        double fastestScore = fastest(atLargest).score();
        ResultDocument edited = SampleResults.mapRecords(SAMPLE, r -> r == chosen.record(),
                r -> SampleResults.withScore(r, fastestScore / 2));

        String sentence = RunAnalysis.of(edited).speedupVsN().orElseThrow().sentence();

        assertTrue(sentence.contains(chosen.name() + " gained the most"), sentence);
    }

    @Test
    void boundedNamesTheFastestAtEachEndOfK() {
        Figure.BoundedVsK figure = RunAnalysis.of(SAMPLE).boundedVsK().orElseThrow();
        double smallestK = figure.measured().stream().flatMap(s -> s.points().stream()).mapToDouble(Point::x).min()
                .orElseThrow();
        // chart 3's series are named by strategy, its x is the limit k, at the figure's N
        List<Drawn> atSmallest = at(figure.measured(), smallestK, (c, k) -> c instanceof SimulatedIoCase s
                && s.n() == figure.n() && s.strategy().limit() == k, InterpretationTest::strategy);
        Drawn chosen = neitherFirstNorFastest(atSmallest);
        double fastestScore = fastest(atSmallest).score();
        ResultDocument edited = SampleResults.mapRecords(SAMPLE, r -> r == chosen.record(),
                r -> SampleResults.withScore(r, fastestScore / 2));

        String sentence = RunAnalysis.of(edited).boundedVsK().orElseThrow().sentence();

        assertTrue(sentence.contains(chosen.name() + " at k = " + Numbers.count((long) smallestK)), sentence);
    }

    @Test
    void gitNamesTheBestStrategyAndItsRatioToTheCpuBoundLimit() {
        Figure.GitScaling figure = RunAnalysis.of(SAMPLE).gitScaling().orElseThrow();
        double repos = largestX(figure.measured());
        List<Drawn> concurrent = at(figure.measured(), repos, InterpretationTest::gitAtRepos).stream()
                .filter(d -> !"SEQUENTIAL".equals(strategy(d.record()))).toList();
        Drawn chosen = neitherFirstNorFastest(concurrent);
        double limit = figure.limit().points().stream().filter(p -> p.x() == repos).findFirst().orElseThrow().y();
        ResultDocument edited = SampleResults.mapRecords(SAMPLE, r -> r == chosen.record(),
                r -> SampleResults.withScore(r, limit * 1.02));

        String before = figure.sentence();
        String after = RunAnalysis.of(edited).gitScaling().orElseThrow().sentence();

        assertTrue(before.startsWith("At " + Numbers.count((long) repos) + " repositories the best strategy, "),
                before);
        assertFalse(before.contains(chosen.name() + ", took"), before);
        assertTrue(after.contains("the best strategy, " + chosen.name() + ", took"), after);
        assertTrue(after.contains("1.02× the CPU-bound limit of " + Numbers.value(limit) + " ms"), after);
        assertTrue(after.contains("(SEQUENTIAL: "), after);
    }

    @Test
    void gitComparesTheLaunchMechanismOnlyWhenTheRunHasPairs() {
        Figure.GitScaling figure = RunAnalysis.of(SAMPLE).gitScaling().orElseThrow();
        double repos = largestX(figure.measured());
        ResultRecord best = fastest(at(figure.measured(), repos, InterpretationTest::gitAtRepos).stream()
                .filter(d -> !"SEQUENTIAL".equals(strategy(d.record()))).toList()).record();
        ResultRecord twin = vforkTwin(best);

        String sentence = figure.sentence();
        String withoutTwin = RunAnalysis.of(SampleResults.keepRecords(SAMPLE, r -> r != twin)).gitScaling()
                .orElseThrow().sentence();
        String withoutVfork = RunAnalysis.of(SampleResults.keepRecords(SAMPLE,
                r -> !(SampleResults.caseOf(r) instanceof GitCase g && g.launchMechanism() == LaunchMechanism.VFORK)))
                .gitScaling().orElseThrow().sentence();

        assertTrue(sentence.endsWith("; with VFORK instead of the default launch mechanism the same fan-out took "
                + Numbers.ratio(Ratio.of(twin.measurement(), best.measurement()).value()) + "× as long."), sentence);
        assertTrue(withoutTwin.contains("with VFORK instead of the default launch mechanism fan-outs took a"
                + " median "), withoutTwin);
        assertFalse(withoutVfork.contains("launch mechanism"), withoutVfork);
        assertEquals(sentence.substring(0, sentence.indexOf("; with VFORK")) + ".", withoutVfork);
    }

    /** The counters with those named multiplied by {@code factor}, fork by fork and iteration by iteration. */
    private static Map<String, List<List<Double>>> scaled(Map<String, List<List<Double>>> counters, double factor,
            String... names) {
        Map<String, List<List<Double>>> scaled = new HashMap<>(counters);
        for (String name : names) {
            scaled.put(name, counters.get(name).stream()
                    .map(fork -> fork.stream().map(value -> value * factor).toList()).toList());
        }
        return scaled;
    }

    private static ResultRecord vforkTwin(ResultRecord record) {
        GitCase twin = ((GitCase) SampleResults.caseOf(record)).withLaunchMechanism(LaunchMechanism.VFORK);
        return SAMPLE.records().stream().filter(SampleResults::git)
                .filter(r -> SampleResults.caseOf(r).equals(twin) && r.jvm().equals(record.jvm()))
                .findFirst().orElseThrow(() -> new AssertionError("the sample needs a VFORK twin of " + record));
    }

    /**
     * One point a chart draws, with the record of the sample it was drawn from.
     *
     * @param name the series' name (a label; a strategy in chart 3)
     */
    private record Drawn(String name, Point point, ResultRecord record) {
        double score() {
            return CaseResult.of(record).score();
        }
    }

    /**
     * The point of each series at x, in series order, each with its record: the one measured record of the sample
     * whose case is at x, which the series is named after (its label, or in chart 3 its strategy) and whose score
     * is the point's value.
     */
    private static List<Drawn> at(List<Series> measured, double x, BiPredicate<Case, Double> caseAt) {
        return at(measured, x, caseAt, SampleResults::label);
    }

    private static List<Drawn> at(List<Series> measured, double x, BiPredicate<Case, Double> caseAt,
            Function<ResultRecord, String> seriesName) {
        List<Drawn> at = new ArrayList<>();
        for (Series series : measured) {
            series.points().stream().filter(p -> p.x() == x).findFirst().ifPresent(point -> {
                List<ResultRecord> records = SAMPLE.records().stream()
                        .filter(r -> r.ok() && caseAt.test(SampleResults.caseOf(r), x)
                                && seriesName.apply(r).equals(series.name())
                                && CaseResult.of(r).score() == point.y())
                        .toList();
                assertEquals(1, records.size(), series.name() + " at " + x + ": " + records);
                at.add(new Drawn(series.name(), point, records.get(0)));
            });
        }
        return at;
    }

    private static boolean simulatedAtN(Case c, double n) {
        return c instanceof SimulatedIoCase s && s.n() == n;
    }

    private static boolean gitAtRepos(Case c, double repos) {
        return c instanceof GitCase g && g.repos() == repos;
    }

    private static double largestX(List<Series> measured) {
        return measured.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::x).max().orElseThrow();
    }

    private static String strategy(ResultRecord r) {
        return SampleResults.caseOf(r).strategy().strategy().name();
    }

    private static Drawn fastest(List<Drawn> drawn) {
        return drawn.stream().min(Comparator.comparingDouble(Drawn::score)).orElseThrow();
    }

    /** A point that the sentence does not already name by position or by score, so that naming it proves a choice. */
    private static Drawn neitherFirstNorFastest(List<Drawn> drawn) {
        Drawn fastest = fastest(drawn);
        return drawn.stream().skip(1).filter(d -> d != fastest).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("the sample needs three strategies here"));
    }

    @Test
    void boundedChartDrawsOnlyTheBoundedStrategies() {
        BoundedLimitChart chart = new BoundedLimitChart();
        Set<String> strategies = chart.getChart(chart.figure(RunAnalysis.of(SAMPLE)).orElseThrow()).getSeriesMap()
                .values().stream().filter(s -> s.isShowInLegend()).map(s -> s.getName()).collect(Collectors.toSet());

        assertTrue(Set.of("SEMAPHORE", "BATCHED", "FIXED_POOL", "BOUNDED_SCOPE").containsAll(strategies),
                strategies.toString());
        assertTrue(strategies.size() >= 2, strategies.toString());
    }
}
