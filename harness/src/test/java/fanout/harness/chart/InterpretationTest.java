package fanout.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.TwoJvmRun;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The sentence under each chart is computed from the records the chart draws. */
class InterpretationTest {
    private static final ResultDocument SAMPLE = SampleResults.load();

    static List<FanoutChart> charts() {
        return Charts.all();
    }

    @ParameterizedTest
    @MethodSource("charts")
    void changesWhenTheScoresChange(FanoutChart chart) {
        // The JVM comparison needs a run on two JVMs; there only the later JVM's records get slower.
        ResultDocument run = chart instanceof JvmComparisonChart ? TwoJvmRun.build() : SAMPLE;
        String later = run.run().jvms().get(run.run().jvms().size() - 1).id();
        ResultDocument slower = SampleResults.mapRecords(run,
                r -> (SampleResults.simulated(r) || SampleResults.git(r)) && r.ok()
                && !"SEQUENTIAL".equals(r.strategy()) && r.jvm().equals(later),
                r -> SampleResults.withScore(r, r.score() * 1.37));

        assertNotEquals(chart.interpretation(run), chart.interpretation(slower));
    }

    @Test
    void makespanNamesTheFastestAtTheLargestN() {
        NSweep sweep = NSweep.of(SAMPLE).orElseThrow();
        List<ResultRecord> atLargest = sweep.at(sweep.largestN());
        ResultRecord chosen = neitherFirstNorFastest(atLargest);
        double fastestScore = atLargest.stream().min(NSweep.byScore()).orElseThrow().score();
        ResultDocument edited = SampleResults.mapRecords(SAMPLE, r -> r == chosen,
                r -> SampleResults.withScore(r, fastestScore / 2));

        String sentence = new MakespanVsNChart().interpretation(edited);

        assertTrue(sentence.contains(chosen.label() + " was the fastest"), sentence);
        assertTrue(sentence.contains("N = " + Numbers.count((long) sweep.largestN())), sentence);
    }

    @Test
    void speedupNamesTheLargestGain() {
        NSweep sweep = NSweep.of(SAMPLE).orElseThrow();
        List<ResultRecord> atLargest = sweep.at(sweep.largestN()).stream()
                .filter(r -> !"SEQUENTIAL".equals(r.strategy())).toList();
        ResultRecord chosen = neitherFirstNorFastest(atLargest);
        double fastestScore = atLargest.stream().min(NSweep.byScore()).orElseThrow().score();
        ResultDocument edited = SampleResults.mapRecords(SAMPLE, r -> r == chosen,
                r -> SampleResults.withScore(r, fastestScore / 2));

        String sentence = new SpeedupChart().interpretation(edited);

        assertTrue(sentence.contains(chosen.label() + " gained the most"), sentence);
    }

    @Test
    void boundedNamesTheFastestAtEachEndOfK() {
        LimitSweep sweep = LimitSweep.of(SAMPLE).orElseThrow();
        double smallestK = sweep.smallestK();
        List<ResultRecord> atSmallest = sweep.at(smallestK);
        ResultRecord chosen = neitherFirstNorFastest(atSmallest);
        double fastestScore = atSmallest.stream().min(LimitSweep.byScore()).orElseThrow().score();
        ResultDocument edited = SampleResults.mapRecords(SAMPLE, r -> r == chosen,
                r -> SampleResults.withScore(r, fastestScore / 2));

        String sentence = new BoundedLimitChart().interpretation(edited);

        assertTrue(sentence.contains(chosen.strategy() + " at k = " + Numbers.count((long) smallestK)), sentence);
    }

    @Test
    void gitNamesTheBestStrategyAndItsRatioToTheCpuBoundLimit() {
        GitSweep sweep = GitSweep.of(SAMPLE).orElseThrow();
        double repos = sweep.counts().get(sweep.counts().size() - 1);
        List<ResultRecord> concurrent = sweep.at(repos).stream().filter(r -> !"SEQUENTIAL".equals(r.strategy()))
                .toList();
        ResultRecord chosen = neitherFirstNorFastest(concurrent);
        double limit = sweep.limit(repos);
        ResultDocument edited = SampleResults.mapRecords(SAMPLE, r -> r == chosen,
                r -> SampleResults.withScore(r, limit * 1.02));

        String before = new GitScalingChart().interpretation(SAMPLE);
        String after = new GitScalingChart().interpretation(edited);

        assertTrue(before.startsWith("At " + Numbers.count((long) repos) + " repositories the best strategy, "),
                before);
        assertFalse(before.contains(chosen.label() + ", took"), before);
        assertTrue(after.contains("the best strategy, " + chosen.label() + ", took"), after);
        assertTrue(after.contains("1.02× the CPU-bound limit of " + Numbers.value(limit) + " ms"), after);
        assertTrue(after.contains("(SEQUENTIAL: "), after);
    }

    @Test
    void gitComparesTheLaunchMechanismOnlyWhenTheRunHasPairs() {
        GitSweep sweep = GitSweep.of(SAMPLE).orElseThrow();
        double repos = sweep.counts().get(sweep.counts().size() - 1);
        ResultRecord best = sweep.at(repos).stream().filter(r -> !"SEQUENTIAL".equals(r.strategy()))
                .min(NSweep.byScore()).orElseThrow();
        ResultRecord twin = vforkTwin(best);

        String sentence = new GitScalingChart().interpretation(SAMPLE);
        String withoutTwin = new GitScalingChart().interpretation(SampleResults.keepRecords(SAMPLE, r -> r != twin));
        String withoutVfork = new GitScalingChart().interpretation(
                SampleResults.keepRecords(SAMPLE, r -> !"VFORK".equals(r.param("launchMechanism"))));

        assertTrue(sentence.endsWith("; with VFORK instead of the default launch mechanism the same fan-out took "
                + Numbers.ratio(twin.score() / best.score()) + "× as long."), sentence);
        assertTrue(withoutTwin.contains("with VFORK instead of the default launch mechanism fan-outs took a"
                + " median "), withoutTwin);
        assertFalse(withoutVfork.contains("launch mechanism"), withoutVfork);
        assertEquals(sentence.substring(0, sentence.indexOf("; with VFORK")) + ".", withoutVfork);
    }

    private static ResultRecord vforkTwin(ResultRecord record) {
        return SAMPLE.records().stream().filter(SampleResults::git)
                .filter(r -> "VFORK".equals(r.param("launchMechanism")) && r.label().equals(record.label()))
                .filter(r -> r.param("repos").equals(record.param("repos"))
                        && r.param("operation").equals(record.param("operation"))
                        && r.param("layout").equals(record.param("layout")))
                .findFirst().orElseThrow(() -> new AssertionError("the sample needs a VFORK twin of " + record));
    }

    /** A record that the sentence does not already name by position or by score, so that naming it proves a choice. */
    private static ResultRecord neitherFirstNorFastest(List<ResultRecord> records) {
        ResultRecord fastest = records.stream().min(NSweep.byScore()).orElseThrow();
        return records.stream().skip(1).filter(r -> r != fastest).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("the sample needs three strategies here"));
    }

    @Test
    void boundedChartDrawsOnlyTheBoundedStrategies() {
        Set<String> strategies = new BoundedLimitChart().getChart(SAMPLE).getSeriesMap().values().stream()
                .filter(s -> s.isShowInLegend()).map(s -> s.getName()).collect(Collectors.toSet());

        assertTrue(LimitSweep.BOUNDED.containsAll(strategies), strategies.toString());
        assertTrue(strategies.size() >= 2, strategies.toString());
    }
}
