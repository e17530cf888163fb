package fanout.gitreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fanout.strategy.FanOut;
import fanout.strategy.Policy;
import fanout.strategy.Strategy;
import fanout.strategy.StrategyConfig;
import fanout.strategy.VirtualThreads;
import fanout.workload.git.Git;
import fanout.workload.git.GitFixture;
import fanout.workload.git.NotARepositoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The status report pipeline over a fixture of 3 linked worktrees, one of whose directories is deleted. */
class StatusReportTest {

    static final Git GIT = Git.onPath(Duration.ofMinutes(1)).withEnvironment(GitFixture.isolatedEnvironment());

    @TempDir
    static Path dir;

    static GitFixture fixture;

    @BeforeAll
    static void buildFixtureAndBreakOneWorktree() throws Exception {
        fixture = GitFixture.build(dir.resolve("fixture"), 3, GIT);
        try (Stream<Path> paths = Files.walk(fixture.worktrees().get(1))) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /**
     * STRUCTURED_SCOPE runs only on JDK 25 with --enable-preview, which this module's tests do not have; the
     * structured/ module runs the strategy contract tests on it, not this pipeline test.
     */
    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = "STRUCTURED_SCOPE", mode = EnumSource.Mode.EXCLUDE)
    void collectReportsTheOthersAndAnErrorForTheBrokenOne(Strategy strategy) throws Exception {
        assumeTrue(!strategy.needsVirtualThreads(StrategyConfig.limit(2)) || VirtualThreads.available(),
                "needs JDK 21+ (a build run on JDK 17)");
        StatusReport report;
        try (FanOut fanOut = strategy.create(StrategyConfig.limit(2))) {
            report = StatusReport.collect(GIT, fixture.mainRepository(), fanOut, Policy.collect());
        }

        List<WorktreeStatus> worktrees = report.worktrees();
        assertEquals(4, worktrees.size());
        WorktreeStatus main = worktrees.get(0);
        assertEquals(new WorktreeStatus(fixture.mainRepository(), "main", GitFixture.commitSubject("main"), List.of(),
                "", null), main);
        assertHealthy(worktrees.get(1), 0);
        assertHealthy(worktrees.get(3), 2);
        WorktreeStatus broken = worktrees.get(2);
        assertEquals(fixture.worktrees().get(1), broken.path());
        assertEquals(fixture.worktrees().get(1) + " is not a git repository (no such directory)", broken.error());
        assertNull(broken.branch());

        assertEquals(2, report.dirtyCount());
        assertEquals(1, report.failedCount());
        String text = report.render();
        assertTrue(text.startsWith("4 worktrees, 2 dirty, 1 failed\n"), text);
        assertTrue(text.contains("  error: " + broken.error() + "\n"), text);
        assertTrue(text.contains("  branch: wt-002\n  last commit: " + GitFixture.commitSubject("main")
                + "\n   M file-00.txt\n  diff: +1 -10 lines\n"), text);
    }

    @Test
    void failFastStillReturnsAReportWithTheRestCancelled() throws Exception {
        StatusReport report;
        try (FanOut fanOut = Strategy.SEQUENTIAL.create(StrategyConfig.defaults())) {
            report = StatusReport.collect(GIT, fixture.mainRepository(), fanOut, Policy.failFast());
        }
        List<WorktreeStatus> worktrees = report.worktrees();
        assertNull(worktrees.get(0).error());
        assertHealthy(worktrees.get(1), 0);
        assertTrue(worktrees.get(2).error().endsWith("is not a git repository (no such directory)"));
        assertEquals("not checked: cancelled after another worktree failed", worktrees.get(3).error());
    }

    @Test
    void aMainRepositoryThatIsNotOneIsAnException() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Git ceiling = GIT.withEnvironment(java.util.Map.of("GIT_CEILING_DIRECTORIES", dir.toString()));
        try (FanOut fanOut = Strategy.SEQUENTIAL.create(StrategyConfig.defaults())) {
            NotARepositoryException e = assertThrows(NotARepositoryException.class,
                    () -> StatusReport.collect(ceiling, plain, fanOut, Policy.collect()));
            assertEquals(plain + " is not a git repository", e.getMessage());
        }
    }

    private static void assertHealthy(WorktreeStatus status, int index) {
        assertEquals(fixture.worktrees().get(index), status.path());
        assertNull(status.error(), status.error());
        assertEquals(String.format("wt-%03d", index), status.branch());
        assertEquals(GitFixture.commitSubject("main"), status.lastCommit());
        assertEquals(List.of(" M " + GitFixture.WORKTREE_MODIFIED), status.statusLines());
        assertTrue(status.diff().contains("+changed in worktree wt-00" + index), status.diff());
    }
}
