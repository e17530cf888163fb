package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.analysis.Allocation;
import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.run.StoredBounds;
import fanout.jmh.GitBenchmark.LaunchMechanism;
import fanout.jmh.GitBenchmark.Operation;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The result tables and the git table: lower bound, efficiency and model apart, a record below its lower bound flagged,
 * bytes per task, and git's extra CPU over the least of its situation.
 */
class ResultTablesTest {
    private static final ResultDocument SAMPLE = StoredBounds.of(SampleResults.load());

    /** SEMAPHORE(k=64) at N = 1000, 10 ms fixed, undisturbed: bound 156.25 ms, model 160 ms. */
    private static final Predicate<ResultRecord> SEMAPHORE_1000 = r -> r.ok()
            && SampleResults.caseOf(r) instanceof SimulatedIoCase c && c.n() == 1000 && c.undisturbed()
            && c.distribution() == LatencyDistribution.FIXED && SampleResults.label(r).equals("SEMAPHORE(k=64)");

    @Test
    void lowerBoundEfficiencyAndModelAreColumnsOfTheirOwn() {
        Table table = simulatedTable(SAMPLE);
        ResultRecord record = only(SAMPLE, SEMAPHORE_1000);
        Map<String, String> row = row(table, CaseResult.of(record).label(), "1000", "");

        assertEquals("156", row.get("lower bound (ms/op)"));
        assertEquals("160", row.get("model (ms/op)"));
        double efficiency = 156.25 / CaseResult.of(record).score();
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", efficiency), row.get("efficiency"));
        assertTrue(efficiency < 1);
        assertEquals("OK", row.get("status"));
    }

    /** A score below its lower bound is a bug in the bound or the benchmark: flagged in its row, marked as failed. */
    @Test
    void aRecordBelowItsLowerBoundIsFlaggedAsAMeasurementError() {
        ResultDocument tooFast = SampleResults.mapRecords(SAMPLE, SEMAPHORE_1000, r -> SampleResults.scaled(r, 0.9));
        ResultRecord record = only(tooFast, SEMAPHORE_1000);
        assertTrue(CaseResult.of(record).belowLowerBound(), "144 ms is below the bound of 156.25 ms");

        Table table = simulatedTable(tooFast);
        Map<String, String> row = row(table, "SEMAPHORE(k=64)", "1000", "");

        assertEquals("OK, BELOW ITS LOWER BOUND: a measurement error (the bound or the benchmark is wrong)",
                row.get("status"));
        assertTrue(Double.parseDouble(row.get("efficiency")) > 1, row.get("efficiency"));
        assertEquals(Table.Mark.FAILED, rowOf(table, "SEMAPHORE(k=64)", "1000", "").mark());
        assertEquals(Table.Mark.NONE, rowOf(simulatedTable(SAMPLE), "SEMAPHORE(k=64)", "1000", "").mark(),
                "above its bound the row does not stand out");
    }

    /** Below the bound by less than its interval is noise, not an error: only a whole interval below is flagged. */
    @Test
    void aScoreBelowItsBoundWhoseIntervalReachesItIsNotFlagged() {
        ResultDocument justBelow = SampleResults.mapRecords(SAMPLE, SEMAPHORE_1000, r -> SampleResults.scaled(r, 0.971));
        CaseResult<?> result = CaseResult.of(only(justBelow, SEMAPHORE_1000));
        assertTrue(result.score() < 156.25 && result.estimate().upper() > 156.25, result.estimate().toString());

        assertFalse(result.belowLowerBound());
        assertEquals("OK", row(simulatedTable(justBelow), "SEMAPHORE(k=64)", "1000", "").get("status"));
    }

    @Test
    void bytesPerTaskAreTheAllocationPerFanOutOverN() {
        assertFalse(simulatedTable(SAMPLE).header().contains("allocation"), "no GC profiler, no column");
        ResultDocument allocating = SampleResults.mapRecords(SAMPLE, SEMAPHORE_1000,
                r -> withSecondary(r, Allocation.BYTES_PER_OP, 1_180_000.0));

        Table table = simulatedTable(allocating);

        assertEquals("1180", row(table, "SEMAPHORE(k=64)", "1000", "").get("allocation (B/task)"));
        assertEquals("–", row(table, "SEQUENTIAL", "1000", "").get("allocation (B/task)"));
    }

    /**
     * At 50 repositories (status, fixture, default launch) the least CPU is SEQUENTIAL's 238 ms per fan-out: each
     * strategy's extra CPU is its own over that, and its limit that least over the machine's 2 cores.
     */
    @Test
    void theGitTableShowsEachStrategysExtraCpuOverTheLeastAndTheLimitItGives() {
        Table table = GitTable.of(RunAnalysis.of(SAMPLE)).orElseThrow();

        Map<String, String> sequential = gitRow(table, "SEQUENTIAL", "50", "DEFAULT", Operation.STATUS);
        Map<String, String> semaphore = gitRow(table, "SEMAPHORE(k=8)", "50", "DEFAULT", Operation.STATUS);
        Map<String, String> virtual = gitRow(table, "VIRTUAL_SCOPE", "50", "DEFAULT", Operation.STATUS);
        assertEquals("0", sequential.get("extra CPU ms"));
        assertEquals(Numbers.value(240.4 - 238.0), semaphore.get("extra CPU ms"));
        assertEquals(Numbers.value(252.3 - 238.0), virtual.get("extra CPU ms"));
        for (Map<String, String> row : List.of(sequential, semaphore, virtual)) {
            assertEquals(Numbers.value(238.0 / 2), row.get("CPU-bound limit (ms/op)"), row.toString());
        }
        assertEquals(Numbers.value(216.3 - 214.2), gitRow(table, "SEMAPHORE(k=8)", "50", "VFORK", Operation.STATUS)
                .get("extra CPU ms"), "VFORK is a situation of its own, with its own least: SEQUENTIAL's 214.2 ms");
        assertEquals(Numbers.value(214.2 / 2), gitRow(table, "SEMAPHORE(k=8)", "50", "VFORK", Operation.STATUS)
                .get("CPU-bound limit (ms/op)"));
        assertTrue(table.note().contains("extra CPU ms: how much more than the least any strategy needed"),
                table.note());
    }

    /** One git status per repository: bytes per task; the report pipeline's task count is not known: per fan-out. */
    @Test
    void gitAllocationIsPerGitStatusOrPerFanOutForTheReportPipeline() {
        Predicate<ResultRecord> semaphoreAt50 = r -> r.ok() && SampleResults.caseOf(r) instanceof GitCase g
                && g.repos() == 50 && g.launchMechanism() == LaunchMechanism.DEFAULT
                && SampleResults.label(r).equals("SEMAPHORE(k=8)");
        ResultDocument allocating = SampleResults.mapRecords(SAMPLE, semaphoreAt50,
                r -> withSecondary(r, Allocation.BYTES_PER_OP, 2_500_000.0));

        Table table = GitTable.of(RunAnalysis.of(allocating)).orElseThrow();

        assertTrue(table.header().contains("allocation"));
        assertEquals("50 000 B/task", gitRow(table, "SEMAPHORE(k=8)", "50", "DEFAULT", Operation.STATUS)
                .get("allocation"));
        assertEquals("2 500 000 B/fan-out", gitRow(table, "SEMAPHORE(k=8)", "50", "DEFAULT", Operation.REPORT)
                .get("allocation"));
        assertEquals("–", gitRow(table, "SEQUENTIAL", "50", "DEFAULT", Operation.STATUS).get("allocation"));
        assertFalse(GitTable.of(RunAnalysis.of(SAMPLE)).orElseThrow().header().contains("allocation"),
                "no GC profiler, no column");
    }

    private static Table simulatedTable(ResultDocument doc) {
        return ResultTables.of(RunAnalysis.of(doc)).stream().filter(t -> t.caption().startsWith("SimulatedIo"))
                .findFirst().orElseThrow();
    }

    private static ResultRecord only(ResultDocument doc, Predicate<ResultRecord> which) {
        List<ResultRecord> records = doc.records().stream().filter(which).toList();
        assertEquals(1, records.size(), records.toString());
        return records.get(0);
    }

    private static ResultRecord withSecondary(ResultRecord record, String name, double value) {
        Map<String, Double> secondary = new HashMap<>(record.secondary());
        secondary.put(name, value);
        return record.withSecondary(secondary);
    }

    /** The row of a label at N with these conditions, by its headings. */
    private static Map<String, String> row(Table table, String label, String n, String conditions) {
        return cells(table, rowOf(table, label, n, conditions));
    }

    private static Table.Row rowOf(Table table, String label, String n, String conditions) {
        List<String> headings = table.headings();
        List<Table.Row> rows = table.rows().stream().filter(r -> {
            Map<String, String> cells = cells(table, r);
            return cells.get("strategy").equals(label) && cells.get("N").equals(n)
                    && cells.getOrDefault("conditions", "").equals(conditions)
                    && cells.get("latency (ms)").equals("10");
        }).toList();
        assertEquals(1, rows.size(), label + " at " + n + " in " + headings);
        return rows.get(0);
    }

    private static Map<String, String> gitRow(Table table, String label, String repos, String launch,
            Operation operation) {
        List<Map<String, String>> rows = table.rows().stream().map(r -> cells(table, r))
                .filter(c -> c.get("strategy").equals(label) && c.get("repos").equals(repos)
                        && c.get("launch mechanism").equals(launch) && c.get("operation").equals(operation.name()))
                .toList();
        assertEquals(1, rows.size(), label + " at " + repos);
        return rows.get(0);
    }

    private static Map<String, String> cells(Table table, Table.Row row) {
        List<String> headings = table.headings();
        Map<String, String> cells = new HashMap<>();
        IntStream.range(0, headings.size()).forEach(i -> cells.put(headings.get(i), table.text(i,
                row.cells().get(i))));
        return cells;
    }
}
