package fanout.harness.analysis.cases;

import fanout.jmh.GitBenchmark.LaunchMechanism;
import fanout.jmh.GitBenchmark.Layout;
import fanout.jmh.GitBenchmark.Operation;
import fanout.jmh.GitBenchmark.Runner;
import fanout.jmh.GitBenchmark.Source;
import java.util.OptionalInt;

/**
 * A case of {@code GitBenchmark}: {@code git status -s} in {@code repos} repositories or worktrees, or the seed's
 * status-report pipeline, with the subprocess launch mechanism the fork was started with.
 *
 * @param strategy the strategy and its settings
 * @param repos how many repositories or worktrees (with {@link Source#USER}, 0 means all listed)
 * @param operation one status fan-out, or the report pipeline
 * @param layout independent repositories or linked worktrees
 * @param launchMechanism how the fork starts subprocesses
 * @param source the fixture or the user's repositories
 * @param runner the suite's git runner, or the bare {@code ProcessBuilder} loop it is measured against
 */
public record GitCase(StrategyChoice strategy, int repos, Operation operation, Layout layout,
        LaunchMechanism launchMechanism, Source source, Runner runner) implements Case {

    /**
     * The benchmark's secondary metric: the CPU time of the JVM and its git processes per fan-out, in ms, from which
     * the CPU-bound limit comes.
     */
    public static final String CPU_MS_PER_OP = "cpuMsPerOp";

    /** The repository count of {@code git status} (one git process each); empty for the report pipeline. */
    @Override
    public OptionalInt tasks() {
        return operation == Operation.STATUS && repos > 0 ? OptionalInt.of(repos) : OptionalInt.empty();
    }

    @Override
    public Workload workload() {
        return Workload.GIT;
    }

    /** {@code git status -s} over independent fixture repositories: what chart 6 draws. */
    public boolean statusOfFixtureRepositories() {
        return operation == Operation.STATUS && layout == Layout.REPOSITORIES && source == Source.FIXTURE
                && runner == Runner.SUITE;
    }

    @Override
    public GitCase withStrategy(StrategyChoice choice) {
        return new GitCase(choice, repos, operation, layout, launchMechanism, source, runner);
    }

    public GitCase withRepos(int newRepos) {
        return new GitCase(strategy, newRepos, operation, layout, launchMechanism, source, runner);
    }

    public GitCase withLaunchMechanism(LaunchMechanism newMechanism) {
        return new GitCase(strategy, repos, operation, layout, newMechanism, source, runner);
    }

    public GitCase withRunner(Runner newRunner) {
        return new GitCase(strategy, repos, operation, layout, launchMechanism, source, newRunner);
    }

    /** The report pipeline over linked worktrees, at {@code newRepos} worktrees. */
    public GitCase report(int newRepos) {
        return new GitCase(strategy, newRepos, Operation.REPORT, Layout.WORKTREES, launchMechanism, source, runner);
    }

    /** {@code git status -s} over the user's first {@code count} repositories. */
    public GitCase onUserRepositories(int count) {
        return new GitCase(strategy, count, Operation.STATUS, Layout.REPOSITORIES, launchMechanism, Source.USER, runner);
    }
}
