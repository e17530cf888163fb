package fanout.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.strategy.ExecutorKind;
import fanout.strategy.Outcome;
import fanout.strategy.Strategy;
import fanout.workload.git.Git;
import fanout.workload.git.GitFixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks {@link GitBenchmark} makes in its setup, outside JMH. */
class GitBenchmarkSetupTest {

    @TempDir
    Path dir;

    @Test
    void launchMechanismMustMatchTheForksFlag() {
        GitBenchmark.checkLaunchMechanism(GitBenchmark.LaunchMechanism.DEFAULT, null);
        GitBenchmark.checkLaunchMechanism(GitBenchmark.LaunchMechanism.POSIX_SPAWN, "POSIX_SPAWN");

        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> GitBenchmark.checkLaunchMechanism(GitBenchmark.LaunchMechanism.FORK, null));
        assertEquals("launchMechanism=FORK must be passed to the fork as -Djdk.lang.Process.launchMechanism=FORK "
                + "(this JVM has none)", missing.getMessage());
        IllegalStateException extra = assertThrows(IllegalStateException.class,
                () -> GitBenchmark.checkLaunchMechanism(GitBenchmark.LaunchMechanism.DEFAULT, "VFORK"));
        assertEquals("launchMechanism=DEFAULT, but this JVM has -Djdk.lang.Process.launchMechanism=VFORK: "
                + "remove it from the fork's JVM flags", extra.getMessage());
    }

    @Test
    void bareRunnerRefusesTheReportBeforeBuildingAnything() {
        GitBenchmark benchmark = new GitBenchmark();
        benchmark.launchMechanism = GitBenchmark.LaunchMechanism.DEFAULT;
        benchmark.operation = GitBenchmark.Operation.REPORT;
        benchmark.layout = GitBenchmark.Layout.WORKTREES;
        benchmark.runner = GitBenchmark.Runner.BARE;
        benchmark.source = GitBenchmark.Source.FIXTURE;
        benchmark.repos = 0; // were the check missing, setUp would stop here with another message, building nothing

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, benchmark::setUp);
        assertEquals("runner=BARE runs git status only: use -p operation=STATUS, or -p runner=SUITE for the report",
                refused.getMessage());
        IllegalArgumentException paired = assertThrows(IllegalArgumentException.class, () -> GitBenchmark
                .checkOperation(GitBenchmark.Operation.REPORT, GitBenchmark.Layout.WORKTREES,
                        GitBenchmark.Runner.PAIRED));
        assertTrue(paired.getMessage().startsWith("runner=PAIRED runs git status only"), paired.getMessage());

        GitBenchmark.checkOperation(GitBenchmark.Operation.STATUS, GitBenchmark.Layout.REPOSITORIES,
                GitBenchmark.Runner.BARE);
        GitBenchmark.checkOperation(GitBenchmark.Operation.REPORT, GitBenchmark.Layout.WORKTREES,
                GitBenchmark.Runner.SUITE);
    }

    @Test
    void bareRunnerValidatesEveryCallAndRunsTheSameFanOut() throws Exception {
        Path repository = GitFixture.build(dir.resolve("fixture"), 1, Git.onPath(Duration.ofMinutes(1)))
                .repositories().get(0);
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Path list = dir.resolve("repos.txt");
        GitBenchmark benchmark = new GitBenchmark();
        benchmark.strategy = Strategy.SEQUENTIAL;
        benchmark.limit = 1;
        benchmark.executor = ExecutorKind.VIRTUAL;
        benchmark.launchMechanism = GitBenchmark.LaunchMechanism.DEFAULT;
        benchmark.operation = GitBenchmark.Operation.STATUS;
        benchmark.layout = GitBenchmark.Layout.REPOSITORIES;
        benchmark.runner = GitBenchmark.Runner.BARE;
        benchmark.source = GitBenchmark.Source.USER;
        benchmark.repos = 0;
        String previous = System.setProperty(GitBenchmark.Source.REPOS_PROPERTY, list.toString());
        try {
            Files.writeString(list, repository + "\n", StandardCharsets.UTF_8);
            benchmark.setUp();
            List<Outcome<String>> status = List.of(new Outcome.Success<>(String.join("\n", GitFixture.STATUS_LINES)
                    + "\n"));
            assertEquals(status, benchmark.fanOut(new GitBenchmark.Cpu(), new GitBenchmark.Sides()));
            benchmark.tearDown();

            // PAIRED: one fan-out of each runner per invocation, each counted on its own side.
            benchmark.runner = GitBenchmark.Runner.PAIRED;
            benchmark.setUp();
            GitBenchmark.Sides sides = new GitBenchmark.Sides();
            assertEquals(List.of(status, status), benchmark.fanOut(new GitBenchmark.Cpu(), sides), "suite first");
            assertEquals(List.of(status, status), benchmark.fanOut(new GitBenchmark.Cpu(), sides), "bare first");
            assertEquals(2, sides.pairs);
            assertTrue(sides.suiteNanos > 0 && sides.bareNanos > 0, sides.suiteNanos + " " + sides.bareNanos);
            benchmark.tearDown();
            benchmark.runner = GitBenchmark.Runner.BARE;

            Files.writeString(list, repository + "\n" + plain + "\n", StandardCharsets.UTF_8);
            IllegalStateException failed = assertThrows(IllegalStateException.class, benchmark::setUp);
            assertTrue(failed.getMessage().startsWith("git status -s failed in " + plain + " (exit 128)"),
                    failed.getMessage());
        } finally {
            benchmark.tearDown();
            restore(GitBenchmark.Source.REPOS_PROPERTY, previous);
        }
    }

    @Test
    void userRepositoryListKeepsSpacesAndNonAsciiAndTakesTheFirstN() throws Exception {
        Path list = dir.resolve("repos list.txt");
        Files.writeString(list, "/srv/my repo\n\nrelative d\u00e9j\u00e0\n/srv/third\n", StandardCharsets.UTF_8);
        String previous = System.setProperty(GitBenchmark.Source.REPOS_PROPERTY, list.toString());
        try {
            assertEquals(List.of(Path.of("/srv/my repo"), dir.resolve("relative d\u00e9j\u00e0"), Path.of("/srv/third")),
                    GitBenchmark.userRepositories(0));
            assertEquals(List.of(Path.of("/srv/my repo"), dir.resolve("relative d\u00e9j\u00e0")),
                    GitBenchmark.userRepositories(2));
        } finally {
            restore(GitBenchmark.Source.REPOS_PROPERTY, previous);
        }
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }
}
