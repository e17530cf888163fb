package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverheadTableTest {

    @Test
    void verdictFollowsTheRatioInterval() {
        ResultDocument doc = ResultDocument.of(SampleResults.load().run(), List.of(
                record("SEQUENTIAL", "STRATEGY", 100, 1), record("SEQUENTIAL", "BARE", 100, 1),
                record("SEMAPHORE", "STRATEGY", 120, 1), record("SEMAPHORE", "BARE", 100, 1),
                record("BATCHED", "STRATEGY", 104, 3), record("BATCHED", "BARE", 100, 3)));

        Table table = OverheadTable.of(doc).orElseThrow();

        assertEquals(List.of("SEQUENTIAL", "1000", "100.0 ± 1.0", "100.0 ± 1.0", "1.000", "[0.980, 1.020]", "yes"),
                table.rows().get(0).cells());
        assertEquals(List.of("1.200", "[1.178, 1.222]", "no"), table.rows().get(1).cells().subList(4, 7));
        assertEquals("unclear", table.rows().get(2).cells().get(6));
    }

    @Test
    void aSideThatDidNotRunIsShownWithItsReason() {
        ResultRecord failed = SampleResults.withStatus(record("VIRTUAL_SCOPE", "BARE", 100, 1), RecordStatus.FAILED,
                "needs JDK 21");
        ResultDocument doc = ResultDocument.of(SampleResults.load().run(), List.of(
                record("VIRTUAL_SCOPE", "STRATEGY", 100, 1), failed));

        List<String> cells = OverheadTable.of(doc).orElseThrow().rows().get(0).cells();

        assertEquals("FAILED: needs JDK 21", cells.get(3));
        assertEquals(List.of("–", "–", "–"), cells.subList(4, 7));
    }

    @Test
    void sampleHasOneRowPerStrategy() {
        ResultDocument sample = SampleResults.load();
        long strategies = sample.records().stream().filter(r -> r.benchmark().equals(OverheadTable.BENCHMARK))
                .map(ResultRecord::label).distinct().count();

        Table table = OverheadTable.of(sample).orElseThrow();

        assertEquals(strategies, table.rows().size());
        assertTrue(table.rows().stream().allMatch(r -> List.of("yes", "no", "unclear").contains(r.cells().get(6))));
    }

    private static ResultRecord record(String strategy, String implementation, double score, double error) {
        return new ResultRecord(OverheadTable.BENCHMARK, "overhead", strategy, strategy, "jdk25",
                Map.of("strategy", strategy, "implementation", implementation, "n", "1000"), RecordStatus.OK, null,
                score, error, List.of(score - error, score + error), "us/op", List.of(score), null, null, null);
    }
}
