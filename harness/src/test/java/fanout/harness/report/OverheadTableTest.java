package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.analysis.Allocation;
import fanout.harness.analysis.Numbers;
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

    @Test
    void verdictFollowsTheRatioInterval() {
        ResultRecord sequential = record(Strategy.SEQUENTIAL, Implementation.STRATEGY, 100, 1);
        ResultRecord sequentialBare = record(Strategy.SEQUENTIAL, Implementation.BARE, 100, 1);
        ResultRecord semaphore = record(Strategy.SEMAPHORE, Implementation.STRATEGY, 120, 1);
        ResultRecord semaphoreBare = record(Strategy.SEMAPHORE, Implementation.BARE, 100, 1);
        ResultDocument doc = ResultDocument.of(SampleResults.load().run(), List.of(sequential, sequentialBare,
                semaphore, semaphoreBare,
                record(Strategy.BATCHED, Implementation.STRATEGY, 104, 3),
                record(Strategy.BATCHED, Implementation.BARE, 100, 3)));

        Table table = OverheadTable.of(RunAnalysis.of(doc)).orElseThrow();

        Ratio same = Ratio.of(sequential.measurement(), sequentialBare.measurement());
        assertEquals(List.of("SEQUENTIAL", "1000", "100.0", "100.0", "1.000",
                Numbers.preciseInterval(same.lower(), same.upper()), "yes"), texts(table, 0).subList(0, 7));
        assertTrue(same.lower() < 1 && same.upper() > 1 && same.upper() <= 1.05, "the interval of equal sides");
        Ratio slower = Ratio.of(semaphore.measurement(), semaphoreBare.measurement());
        assertEquals(List.of("1.200", Numbers.preciseInterval(slower.lower(), slower.upper()), "no"),
                texts(table, 1).subList(4, 7));
        assertEquals("unclear", texts(table, 2).get(6));
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

    /** Bytes per task of each side: JMH's gc.alloc.rate.norm (bytes per fan-out) / N. */
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
        assertTrue(table.note().contains("Allocation: bytes allocated per task"), table.note());
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
        assertTrue(IntStream.range(0, forked.rows().size())
                .allMatch(i -> List.of("yes", "no", "unclear").contains(texts(forked, i).get(6))));
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

    private static ResultRecord allocating(ResultRecord record, double bytesPerFanOut) {
        return record.withSecondary(Map.of(Allocation.BYTES_PER_OP, bytesPerFanOut));
    }
}
