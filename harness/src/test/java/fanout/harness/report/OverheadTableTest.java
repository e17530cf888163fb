package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.analysis.Allocation;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.OverheadPair;
import fanout.harness.analysis.Ratio;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.cases.OverheadCase;
import fanout.harness.analysis.cases.StrategyChoice;
import fanout.harness.model.Measurement;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.jmh.StrategyOverheadBenchmark.Implementation;
import fanout.strategy.ExecutorKind;
import fanout.strategy.Strategy;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OverheadTableTest {

    /**
     * A paired record: per fork the strategy's and the bare primitive's summed nanoseconds. The ratio is the geometric
     * mean of the fork quotients, its interval Student-t over the forks; each side's time per task is its nanoseconds
     * / pairs / N.
     */
    @Test
    void aPairedRecordsRatioIsOverItsForksQuotients() {
        // Three forks of two iterations each; quotients 1.00, 1.03, 1.06 by fork.
        ResultRecord paired = paired(Strategy.VIRTUAL_SCOPE, List.of(1.00, 1.03, 1.06), 500_000.0, 1000.0);

        List<String> cells = texts(OverheadTable.of(RunAnalysis.of(ResultDocument.of(SampleResults.load().run(),
                List.of(paired)))).orElseThrow(), 0);

        Ratio expected = Ratio.paired(List.of(1.00, 1.03, 1.06));
        assertEquals(Math.cbrt(1.00 * 1.03 * 1.06), expected.value(), 1e-12);
        double halfWidth = 4.302652729911275 * stdevOfLogs(1.00, 1.03, 1.06) / Math.sqrt(3); // t(0.975, 2 df)
        assertEquals(Math.log(expected.upper() / expected.value()), halfWidth, 1e-9);
        assertEquals(List.of("VIRTUAL_SCOPE", "1000"), cells.subList(0, 2));
        assertTrue(cells.get(2).startsWith("257"), "strategy: about 1.03 × 500 000 ns / 2 pairs / 1000 tasks: " + cells);
        assertEquals("250", cells.get(3), "bare: 500 000 ns / 2 pairs / 1000 tasks, the same in every fork");
        assertEquals(List.of(Numbers.precise(expected.value()), Numbers.preciseInterval(expected.lower(),
                expected.upper()), "not resolved: ±" + Numbers.plain(100 * expected.relativeHalfWidth())
                + "% is wider than ±5%").subList(1, 3), cells.subList(5, 7),
                "three forks: t = 4.30, the interval reaches past ±5%");
        assertTrue(expected.relativeHalfWidth() > 0.05 && Math.abs(Math.log1p(expected.relativeHalfWidth())
                - halfWidth) < 1e-9, expected.toString());
        assertEquals("–", cells.get(4), "no point ratio where the run could not resolve the target");
        assertEquals(List.of("1030", "1000"), cells.subList(7, 9), "bytes per task: bytes / allocation pairs / N");
    }

    @Test
    void pairedForksThatAgreeDecideTheTarget() {
        List<Double> tight = List.of(1.010, 1.012, 1.008, 1.011, 1.009, 1.010, 1.012, 1.008, 1.011, 1.009);
        List<Double> over = tight.stream().map(r -> r + 0.1).toList();
        List<Double> straddling = tight.stream().map(r -> r + 0.04).toList();
        ResultDocument doc = ResultDocument.of(SampleResults.load().run(), List.of(
                paired(Strategy.SEMAPHORE, tight, 400_000.0, 1000.0),
                paired(Strategy.BATCHED, over, 400_000.0, 1000.0),
                paired(Strategy.FIXED_POOL, straddling, 400_000.0, 1000.0)));

        Table table = OverheadTable.of(RunAnalysis.of(doc)).orElseThrow();

        assertEquals("yes", texts(table, 0).get(6));
        assertEquals("no", texts(table, 1).get(6));
        Ratio ratio = Ratio.paired(straddling);
        assertTrue(ratio.lower() < 1.05 && ratio.upper() > 1.05, ratio.toString());
        assertEquals("unclear", texts(table, 2).get(6), "narrow, but across the target");
    }

    @Test
    void aPairedRecordThatFailedIsShownWithItsReason() {
        ResultRecord failed = SampleResults.withStatus(paired(Strategy.VIRTUAL_SCOPE, List.of(1.0, 1.0), 1.0, 1.0),
                RecordStatus.UNSUPPORTED, "needs JDK 21+");

        List<String> cells = texts(OverheadTable.of(RunAnalysis.of(ResultDocument.of(SampleResults.load().run(),
                List.of(failed)))).orElseThrow(), 0);

        assertEquals(List.of("UNSUPPORTED: needs JDK 21+", "UNSUPPORTED: needs JDK 21+", "–", "–", "–"),
                cells.subList(2, 7));
    }

    /** Records of older runs: each side in forks of its own, Welch's interval between them. */
    @Test
    void separateSidesOfOlderRunsAreComparedByWelch() {
        ResultRecord sequential = record(Strategy.SEQUENTIAL, Implementation.STRATEGY, 100, 1);
        ResultRecord sequentialBare = record(Strategy.SEQUENTIAL, Implementation.BARE, 100, 1);
        ResultRecord semaphore = record(Strategy.SEMAPHORE, Implementation.STRATEGY, 120, 1);
        ResultRecord semaphoreBare = record(Strategy.SEMAPHORE, Implementation.BARE, 100, 1);
        ResultDocument doc = ResultDocument.of(SampleResults.load().run(), List.of(sequential, sequentialBare,
                semaphore, semaphoreBare,
                record(Strategy.BATCHED, Implementation.STRATEGY, 104, 0.5),
                record(Strategy.BATCHED, Implementation.BARE, 100, 0.5),
                record(Strategy.FIXED_POOL, Implementation.STRATEGY, 104, 3),
                record(Strategy.FIXED_POOL, Implementation.BARE, 100, 3)));

        Table table = OverheadTable.of(RunAnalysis.of(doc)).orElseThrow();

        Ratio same = Ratio.of(sequential.measurement(), sequentialBare.measurement());
        assertEquals(List.of("SEQUENTIAL", "1000", "100.0", "100.0", "1.000",
                Numbers.preciseInterval(same.lower(), same.upper()), "yes"), texts(table, 0).subList(0, 7),
                "100 µs per fan-out of 1000 tasks: 100 ns per task");
        assertTrue(same.lower() < 1 && same.upper() > 1 && same.upper() <= 1.05, "the interval of equal sides");
        Ratio slower = Ratio.of(semaphore.measurement(), semaphoreBare.measurement());
        assertEquals(List.of("1.200", Numbers.preciseInterval(slower.lower(), slower.upper()), "no"),
                texts(table, 1).subList(4, 7));
        assertEquals("unclear", texts(table, 2).get(6));
        assertTrue(texts(table, 3).get(6).startsWith("not resolved: ±"), texts(table, 3).toString());
        assertTrue(table.note().contains("Welch"), table.note());
    }

    @Test
    void aSideThatDidNotRunIsShownWithItsReason() {
        ResultRecord failed = SampleResults.withStatus(record(Strategy.VIRTUAL_SCOPE, Implementation.BARE, 100, 1),
                RecordStatus.FAILED, "needs JDK 21");
        ResultDocument doc = ResultDocument.of(SampleResults.load().run(), List.of(
                record(Strategy.VIRTUAL_SCOPE, Implementation.STRATEGY, 100, 1), failed));

        List<String> cells = texts(OverheadTable.of(RunAnalysis.of(doc)).orElseThrow(), 0);

        assertEquals("FAILED: needs JDK 21", cells.get(3));
        assertEquals(List.of("–", "–", "–"), cells.subList(4, 7));
        assertEquals(7, cells.size(), "no allocation columns: no record has one (no GC profiler)");
    }

    /** Bytes per task of each side of an older run: JMH's gc.alloc.rate.norm (bytes per fan-out) / N. */
    @Test
    void eachSideShowsTheBytesItAllocatesPerTask() {
        ResultDocument doc = ResultDocument.of(SampleResults.load().run(), List.of(
                allocating(record(Strategy.SEMAPHORE, Implementation.STRATEGY, 120, 1), 1_180_000),
                allocating(record(Strategy.SEMAPHORE, Implementation.BARE, 100, 1), 56_300),
                record(Strategy.BATCHED, Implementation.STRATEGY, 104, 3),
                record(Strategy.BATCHED, Implementation.BARE, 100, 3)));

        Table table = OverheadTable.of(RunAnalysis.of(doc)).orElseThrow();

        assertEquals(List.of("STRATEGY allocation (B/task)", "BARE allocation (B/task)"),
                table.headings().subList(7, 9));
        assertEquals(List.of("1180", "56.3"), texts(table, 0).subList(7, 9), "N = 1000 tasks per fan-out");
        assertEquals(List.of("–", "–"), texts(table, 1).subList(7, 9), "no GC profiler, no allocation");
        assertTrue(table.note().contains("Allocation: bytes the JVM allocated per task"), table.note());
    }

    @Test
    void sampleHasOneRowPerStrategy() {
        ResultDocument sample = SampleResults.load();
        long strategies = sample.records().stream().filter(SampleResults::overhead).map(SampleResults::label)
                .distinct().count();

        Table table = OverheadTable.of(RunAnalysis.of(sample)).orElseThrow();

        assertEquals(strategies, table.rows().size());
        // The sample predates samples by fork: one JVM's iterations carry no verdict on the target.
        assertTrue(IntStream.range(0, table.rows().size())
                .allMatch(i -> texts(table, i).get(6).equals("too few forks")));
        Table forked = OverheadTable.of(RunAnalysis.of(SampleResults.inForks(sample, 2))).orElseThrow();
        assertTrue(IntStream.range(0, forked.rows().size()).allMatch(i -> List.of("yes", "no", "unclear")
                .contains(texts(forked, i).get(6)) || texts(forked, i).get(6).startsWith("not resolved")));
    }

    /** The cells of a row as the reports show them. */
    private static List<String> texts(Table table, int row) {
        List<Cell> cells = table.rows().get(row).cells();
        return IntStream.range(0, cells.size()).mapToObj(i -> table.text(i, cells.get(i))).toList();
    }

    /**
     * A measured record of the overhead benchmark at N = 1000 without latency, its other parameters the defaults:
     * three forks whose means are {@code score - spread}, {@code score} and {@code score + spread}.
     */
    private static ResultRecord record(Strategy strategy, Implementation implementation, double score,
            double spread) {
        OverheadCase c = new OverheadCase(new StrategyChoice(strategy, 64, ExecutorKind.VIRTUAL), implementation,
                1000, 0);
        List<List<Double>> forks = List.of(List.of(score - spread), List.of(score), List.of(score + spread));
        return ResultRecord.measured(c.benchmark(), c.params(), "jdk25",
                new Measurement(score, spread, List.of(score - spread, score + spread), "us/op", forks,
                        new Measurement.Sampling(3, 1, "1 s", 1, "1 s")));
    }

    /**
     * A paired record at N = 1000: per fork two iterations of {@code pairs / 2} pairs each, the bare side
     * {@code bareNanos} a fork, the strategy side that times its fork's ratio; {@code bytes} per pair and side, the
     * strategy's 3% more.
     */
    private static ResultRecord paired(Strategy strategy, List<Double> ratios, double bareNanos, double bytes) {
        OverheadCase c = new OverheadCase(new StrategyChoice(strategy, 64, ExecutorKind.VIRTUAL),
                Implementation.PAIRED, 1000, 0);
        int forks = ratios.size();
        double pairs = 2;
        Map<String, List<List<Double>>> counters = Map.of(
                OverheadPair.STRATEGY_NANOS, ratios.stream().map(r -> halves(r * bareNanos)).toList(),
                OverheadPair.BARE_NANOS, ratios.stream().map(r -> halves(bareNanos)).toList(),
                OverheadPair.PAIRS, ratios.stream().map(r -> halves(pairs)).toList(),
                OverheadPair.ALLOCATION_PAIRS, ratios.stream().map(r -> halves(pairs)).toList(),
                OverheadPair.STRATEGY_BYTES, ratios.stream().map(r -> halves(1.03 * bytes * 1000 * pairs)).toList(),
                OverheadPair.BARE_BYTES, ratios.stream().map(r -> halves(bytes * 1000 * pairs)).toList());
        List<List<Double>> pairTimes = ratios.stream().map(r -> halves((1 + r) * bareNanos / 1000 / pairs)).toList();
        return ResultRecord.measured(c.benchmark(), c.params(), "jdk25",
                new Measurement(2 * bareNanos / 1000 / pairs, null, null, "us/op", pairTimes,
                        new Measurement.Sampling(forks, 1, "500 ms", 2, "500 ms"))).withSecondaryForks(counters);
    }

    /** A fork's total split over its two iterations. */
    private static List<Double> halves(double total) {
        return List.of(total / 2, total / 2);
    }

    private static double stdevOfLogs(double... values) {
        double mean = java.util.Arrays.stream(values).map(Math::log).average().orElseThrow();
        return Math.sqrt(java.util.Arrays.stream(values).map(v -> (Math.log(v) - mean) * (Math.log(v) - mean)).sum()
                / (values.length - 1));
    }

    private static ResultRecord allocating(ResultRecord record, double bytesPerFanOut) {
        return record.withSecondary(Map.of(Allocation.BYTES_PER_OP, bytesPerFanOut));
    }
}
