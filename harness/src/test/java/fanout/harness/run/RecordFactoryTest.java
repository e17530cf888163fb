package fanout.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.analysis.cases.Cases;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.analysis.cases.StrategyChoice;
import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.Measurement;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.RunInfo;
import fanout.jmh.GitBenchmark.LaunchMechanism;
import fanout.jmh.GitBenchmark.Layout;
import fanout.jmh.GitBenchmark.Operation;
import fanout.jmh.GitBenchmark.Runner;
import fanout.jmh.GitBenchmark.Source;
import fanout.strategy.ExecutorKind;
import fanout.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bounds a run stores beside each measurement: git's CPU-bound limit, and what a run expects a case to take. */
class RecordFactoryTest {
    private static final RunInfo SAMPLE_RUN = SampleResults.load().run();

    /**
     * One limit per situation: the least CPU per fan-out of any strategy there / the cores, whatever each strategy
     * spent itself; a strategy that wastes CPU does not raise its own limit.
     */
    @Test
    void everyGitRecordOfASituationGetsTheLeastCpuOfItsStrategiesOverTheCores() {
        ResultDocument doc = document(cores(4), List.of(
                git(Strategy.SEQUENTIAL, 50, LaunchMechanism.DEFAULT, 400, 240),
                git(Strategy.SEMAPHORE, 50, LaunchMechanism.DEFAULT, 70, 200),
                git(Strategy.VIRTUAL_SCOPE, 50, LaunchMechanism.DEFAULT, 90, 280)));

        List<ResultRecord> limited = RecordFactory.withCpuBoundLimits(doc).records();

        for (ResultRecord record : limited) {
            assertEquals(200 / 4.0, record.lowerBound(), 1e-12, SampleResults.label(record));
            assertEquals(200 / 4.0 / record.measurement().score(), record.efficiency(), 1e-12);
        }
    }

    @Test
    void repositoryCountOperationLayoutLaunchMechanismSourceRunnerAndJvmAreSituationsOfTheirOwn() {
        ResultRecord base = git(Strategy.SEMAPHORE, 50, LaunchMechanism.DEFAULT, 100, 200);
        GitCase c = (GitCase) SampleResults.caseOf(base);
        List<ResultRecord> others = List.of(
                git(c.withRepos(10), 30, 40),
                git(c.withLaunchMechanism(LaunchMechanism.VFORK), 90, 180),
                git(c.report(50), 500, 800),
                git(new GitCase(c.strategy(), 50, Operation.STATUS, Layout.WORKTREES, c.launchMechanism(),
                        c.source(), c.runner()), 110, 220),
                git(c.withRunner(Runner.BARE), 100, 130),
                git(c.onUserRepositories(50), 120, 260),
                git(Strategy.SEQUENTIAL, 50, LaunchMechanism.DEFAULT, 300, 150).withJvm("jdk21"));
        List<ResultRecord> records = new ArrayList<>(List.of(base));
        records.addAll(others);
        RunInfo run = withJvms(cores(2), List.of(jvm("jdk25", 2), jvm("jdk21", 2)));

        List<ResultRecord> limited = RecordFactory.withCpuBoundLimits(ResultDocument.of(run, records)).records();

        assertEquals(200 / 2.0, limited.get(0).lowerBound(), 1e-12, "none of the others is its situation");
        List<Double> ownCpu = List.of(40.0, 180.0, 800.0, 220.0, 130.0, 260.0, 150.0);
        for (int i = 1; i < limited.size(); i++) {
            assertEquals(ownCpu.get(i - 1) / 2, limited.get(i).lowerBound(), 1e-12, SampleResults.caseOf(
                    limited.get(i)).toString());
        }
    }

    @Test
    void theCoresAreWhatTheForkMayUseElseTheMachines() {
        List<ResultRecord> records = List.of(git(Strategy.SEMAPHORE, 50, LaunchMechanism.DEFAULT, 100, 200));
        assertEquals(2, SAMPLE_RUN.host().cores());

        assertEquals(200 / 3.0, RecordFactory.withCpuBoundLimits(ResultDocument.of(cores(3), records)).records()
                .get(0).lowerBound(), 1e-12, "the fork's own count, e.g. a CPU quota of 3 of the machine's cores");
        assertEquals(200 / 2.0, RecordFactory.withCpuBoundLimits(ResultDocument.of(cores(0), records)).records()
                .get(0).lowerBound(), 1e-12, "not known: the machine's");
    }

    @Test
    void theLimitIsInTheRecordsUnitAndRecordsWithoutCpuOrMeasurementKeepNone() {
        ResultRecord inMicros = git(Strategy.SEMAPHORE, 50, LaunchMechanism.DEFAULT, 100, 200);
        inMicros = inMicros.withMeasurement(new Measurement(100_000, null, List.of(), "us/op",
                List.of(List.of(100_000.0)), null));
        ResultRecord failed = git(Strategy.VIRTUAL_SCOPE, 50, LaunchMechanism.DEFAULT, 100, 150)
                .withoutMeasurement(RecordStatus.FAILED, "boom");
        ResultRecord noCpu = git(Strategy.FIXED_POOL, 10, LaunchMechanism.DEFAULT, 30, 40).withSecondary(Map.of());
        ResultRecord simulated = SampleResults.load().records().stream().filter(SampleResults::simulated)
                .filter(ResultRecord::ok).findFirst().orElseThrow();

        List<ResultRecord> limited = RecordFactory.withCpuBoundLimits(ResultDocument.of(cores(2),
                List.of(inMicros, failed, noCpu, simulated))).records();

        assertEquals(200 / 2.0 * 1000, limited.get(0).lowerBound(), 1e-9, "100 ms in us/op; the failed record's"
                + " CPU, which no measurement backs, is not the least");
        assertNull(limited.get(1).lowerBound(), "a failed record has no bound");
        assertNull(limited.get(2).lowerBound(), "no CPU measured in its situation");
        assertSame(simulated, limited.get(3), "other benchmarks' records are left as they are");
    }

    /** A run expects a fan-out to take its model's time, not the lower bound (a bound is no estimate). */
    @Test
    void aRunExpectsACaseToTakeItsModelsTime() {
        SimulatedIoCase semaphore = ((SimulatedIoCase) Cases.defaults(Workload.SIMULATED_IO))
                .withStrategy(new StrategyChoice(Strategy.SEMAPHORE, 64, ExecutorKind.VIRTUAL)).withN(100);
        assertEquals(10.0, semaphore.latencyMs(), "the default latency");
        IdealModel ideal = new IdealModel(1);

        assertEquals(20.0, ideal.modelMillis(semaphore).orElseThrow(), 1e-12, "⌈100/64⌉ · 10");
        assertEquals(15.625, ideal.lowerBoundMillis(semaphore).orElseThrow(), 1e-12, "max(10, 100 · 10 / 64)");
        assertEquals(20.0, RecordFactory.expectedMillis(new BenchmarkCase(semaphore, null),
                jvm("jdk25", 2)), 1e-12);
    }

    private static ResultRecord git(Strategy strategy, int repos, LaunchMechanism launch, double score, double cpu) {
        return git(new GitCase(new StrategyChoice(strategy, 8, ExecutorKind.VIRTUAL), repos, Operation.STATUS,
                Layout.REPOSITORIES, launch, Source.FIXTURE, Runner.SUITE), score, cpu);
    }

    private static ResultRecord git(GitCase c, double score, double cpu) {
        return ResultRecord.measured(c.benchmark(), c.params(), "jdk25", new Measurement(score, null, List.of(),
                "ms/op", List.of(List.of(score)), null)).withSecondary(Map.of(GitCase.CPU_MS_PER_OP, cpu));
    }

    private static JvmInfo jvm(String id, int cores) {
        JvmInfo sample = SAMPLE_RUN.jvms().get(0);
        return new JvmInfo(id, sample.path(), sample.version(), sample.vendor(), sample.vmName(), sample.vmVersion(),
                sample.jvmArgs(), sample.defaultAsyncParallelism(), cores, sample.host(), sample.run());
    }

    /** The sample's run, its one JVM's forks able to use {@code cores} cores (0: not known). */
    private static RunInfo cores(int cores) {
        return withJvms(SAMPLE_RUN, List.of(jvm("jdk25", cores)));
    }

    private static RunInfo withJvms(RunInfo run, List<JvmInfo> jvms) {
        return new RunInfo(run.id(), run.profile(), run.startedAt(), run.finishedAt(), run.complete(), run.planned(),
                run.suiteVersion(), run.suiteCommit(), run.host(), jvms, run.notes());
    }

    private static ResultDocument document(RunInfo run, List<ResultRecord> records) {
        return ResultDocument.of(run, records);
    }
}
