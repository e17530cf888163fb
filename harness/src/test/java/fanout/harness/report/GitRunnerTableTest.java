package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.analysis.GitRunnerPair;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.Ratio;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.StrategyChoice;
import fanout.harness.model.Measurement;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.jmh.GitBenchmark.LaunchMechanism;
import fanout.jmh.GitBenchmark.Layout;
import fanout.jmh.GitBenchmark.Operation;
import fanout.jmh.GitBenchmark.Runner;
import fanout.jmh.GitBenchmark.Source;
import fanout.strategy.ExecutorKind;
import fanout.strategy.Strategy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The git runner against the bare ProcessBuilder call: makespan and CPU ratios over the forks, per situation. */
class GitRunnerTableTest {

    @Test
    void eachSuiteRecordIsDividedByItsBareTwinInMakespanAndCpu() {
        ResultRecord suite = git(Strategy.SEMAPHORE, 200, Runner.SUITE, List.of(280.0, 284.0, 286.0, 282.0),
                List.of(540.0, 538.0, 546.0, 542.0));
        ResultRecord bare = git(Strategy.SEMAPHORE, 200, Runner.BARE, List.of(276.0, 280.0, 278.0, 279.0),
                List.of(536.0, 540.0, 538.0, 534.0));
        ResultRecord otherSituation = git(Strategy.SEMAPHORE, 50, Runner.SUITE, List.of(70.0, 71.0, 72.0, 70.0),
                List.of(140.0, 141.0, 139.0, 140.0));

        Table table = GitRunnerTable.of(analysis(suite, bare, otherSituation)).orElseThrow();

        assertEquals(1, table.rows().size(), "only the situation measured with both runners");
        Ratio makespan = Ratio.of(suite.measurement(), bare.measurement());
        Ratio cpu = Ratio.of(cpu(suite), cpu(bare));
        assertEquals(List.of("SEMAPHORE(k=8)", "200", "DEFAULT", Numbers.precise(makespan.value()),
                Numbers.preciseInterval(makespan.lower(), makespan.upper()), "yes", Numbers.precise(cpu.value()),
                Numbers.preciseInterval(cpu.lower(), cpu.upper()), "yes"), texts(table, 0));
        assertTrue(makespan.value() > 1.01 && makespan.upper() < 1.05, makespan.toString());
    }

    /** A paired record: per fork, the suite's and the bare call's summed wall and CPU nanoseconds. */
    @Test
    void aPairedRecordsRatiosAreOverItsForksQuotients() {
        List<Double> wall = List.of(1.01, 1.02, 1.00, 1.03, 1.01, 1.02);
        List<Double> cpu = List.of(1.00, 1.01, 1.01, 1.00, 1.02, 1.01);
        GitCase c = new GitCase(new StrategyChoice(Strategy.FIXED_POOL, 8, ExecutorKind.VIRTUAL), 200,
                Operation.STATUS, Layout.REPOSITORIES, LaunchMechanism.DEFAULT, Source.FIXTURE, Runner.PAIRED);
        ResultRecord paired = ResultRecord.measured(c.benchmark(), c.params(), "jdk25", new Measurement(560, null,
                null, "ms/op", wall.stream().map(r -> List.of(280 * (1 + r))).toList(),
                new Measurement.Sampling(wall.size(), 1, "500 ms", 1, "500 ms"))).withSecondaryForks(Map.of(
                        GitRunnerPair.SUITE_NANOS, wall.stream().map(r -> List.of(r * 280e6)).toList(),
                        GitRunnerPair.BARE_NANOS, wall.stream().map(r -> List.of(280e6)).toList(),
                        GitRunnerPair.SUITE_CPU_NANOS, cpu.stream().map(r -> List.of(r * 540e6)).toList(),
                        GitRunnerPair.BARE_CPU_NANOS, cpu.stream().map(r -> List.of(540e6)).toList()));

        List<String> cells = texts(GitRunnerTable.of(analysis(paired)).orElseThrow(), 0);

        Ratio makespan = Ratio.paired(wall);
        Ratio cpuRatio = Ratio.paired(cpu);
        assertEquals(List.of("FIXED_POOL(k=8)", "200", "DEFAULT", Numbers.precise(makespan.value()),
                Numbers.preciseInterval(makespan.lower(), makespan.upper()), "yes", Numbers.precise(cpuRatio.value()),
                Numbers.preciseInterval(cpuRatio.lower(), cpuRatio.upper()), "yes"), cells);
        assertTrue(makespan.upper() < 1.05, makespan.toString());
    }

    @Test
    void withoutCpuByForkTheCpuRatioIsMissingAndWithoutABareTwinThereIsNoTable() {
        ResultRecord suite = git(Strategy.VIRTUAL_SCOPE, 200, Runner.SUITE, List.of(300.0, 310.0), List.of());
        ResultRecord bare = git(Strategy.VIRTUAL_SCOPE, 200, Runner.BARE, List.of(200.0, 205.0), List.of());

        List<String> cells = texts(GitRunnerTable.of(analysis(suite, bare)).orElseThrow(), 0);

        assertEquals("no", cells.get(5), "1.5 times the bare call, whatever the interval: " + cells);
        assertEquals(List.of("–", "–", "–"), cells.subList(6, 9));
        assertEquals(Optional.empty(), GitRunnerTable.of(analysis(suite)));
    }

    private static RunAnalysis analysis(ResultRecord... records) {
        return RunAnalysis.of(ResultDocument.of(SampleResults.load().run(), List.of(records)));
    }

    /** A git status record: one fork per score, each of one iteration; its CPU per fan-out by fork if given. */
    private static ResultRecord git(Strategy strategy, int repos, Runner runner, List<Double> forks,
            List<Double> cpuByFork) {
        GitCase c = new GitCase(new StrategyChoice(strategy, 8, ExecutorKind.VIRTUAL), repos, Operation.STATUS,
                Layout.REPOSITORIES, LaunchMechanism.DEFAULT, Source.FIXTURE, runner);
        double mean = forks.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        ResultRecord record = ResultRecord.measured(c.benchmark(), c.params(), "jdk25", new Measurement(mean, null,
                null, "ms/op", forks.stream().map(List::of).toList(),
                new Measurement.Sampling(forks.size(), 1, "1 s", 1, "1 s")));
        if (cpuByFork.isEmpty()) {
            return record;
        }
        double cpu = cpuByFork.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return record.withSecondary(Map.of(GitCase.CPU_MS_PER_OP, cpu))
                .withSecondaryForks(Map.of(GitCase.CPU_MS_PER_OP, cpuByFork.stream().map(List::of).toList()));
    }

    private static Measurement cpu(ResultRecord record) {
        return new Measurement(record.secondary().get(GitCase.CPU_MS_PER_OP), null, null, "ms/op",
                record.secondaryForks().get(GitCase.CPU_MS_PER_OP), record.measurement().sampling());
    }

    private static List<String> texts(Table table, int row) {
        List<Cell> cells = table.rows().get(row).cells();
        return IntStream.range(0, cells.size()).mapToObj(i -> table.text(i, cells.get(i))).toList();
    }
}
