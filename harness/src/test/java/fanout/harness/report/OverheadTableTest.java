package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OverheadTableTest {

    @Test
    void verdictFollowsTheRatioInterval() {
        ResultDocument doc = ResultDocument.of(SampleResults.load().run(), List.of(
                record(Strategy.SEQUENTIAL, Implementation.STRATEGY, 100, 1),
                record(Strategy.SEQUENTIAL, Implementation.BARE, 100, 1),
                record(Strategy.SEMAPHORE, Implementation.STRATEGY, 120, 1),
                record(Strategy.SEMAPHORE, Implementation.BARE, 100, 1),
                record(Strategy.BATCHED, Implementation.STRATEGY, 104, 3),
                record(Strategy.BATCHED, Implementation.BARE, 100, 3)));

        Table table = OverheadTable.of(RunAnalysis.of(doc)).orElseThrow();

        assertEquals(List.of("SEQUENTIAL", "1000", "100.0 ± 1.0", "100.0 ± 1.0", "1.000", "[0.980, 1.020]", "yes"),
                texts(table, 0));
        assertEquals(List.of("1.200", "[1.178, 1.222]", "no"), texts(table, 1).subList(4, 7));
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
    }

    @Test
    void sampleHasOneRowPerStrategy() {
        ResultDocument sample = SampleResults.load();
        long strategies = sample.records().stream().filter(SampleResults::overhead).map(SampleResults::label)
                .distinct().count();

        Table table = OverheadTable.of(RunAnalysis.of(sample)).orElseThrow();

        assertEquals(strategies, table.rows().size());
        assertTrue(IntStream.range(0, table.rows().size())
                .allMatch(i -> List.of("yes", "no", "unclear").contains(texts(table, i).get(6))));
    }

    /** The cells of a row as the reports show them. */
    private static List<String> texts(Table table, int row) {
        List<Cell> cells = table.rows().get(row).cells();
        return IntStream.range(0, cells.size()).mapToObj(i -> table.text(i, cells.get(i))).toList();
    }

    /** A measured record of the overhead benchmark at N = 1000 without latency, its other parameters the defaults. */
    private static ResultRecord record(Strategy strategy, Implementation implementation, double score, double error) {
        OverheadCase c = new OverheadCase(new StrategyChoice(strategy, 64, ExecutorKind.VIRTUAL), implementation,
                1000, 0);
        return ResultRecord.measured(c.benchmark(), c.params(), "jdk25",
                new Measurement(score, error, List.of(score - error, score + error), "us/op", List.of(score)));
    }
}
