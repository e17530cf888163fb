package fanout.workload.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture and the git operations on it: real git, a few small repositories under a temporary directory. */
class GitFixtureTest {

    static final Git GIT = Git.onPath(Duration.ofMinutes(1)).withEnvironment(GitFixture.isolatedEnvironment());
    /** Cannot run anything: a fixture reused with it proves that reuse runs no git. */
    static final Git NO_GIT = new Git("git-does-not-exist-xyz", Duration.ofMinutes(1));

    @TempDir
    Path dir;

    @Test
    void buildIsDeterministic() throws Exception {
        GitFixture first = GitFixture.build(dir.resolve("one"), 3, GIT);
        GitFixture second = GitFixture.build(dir.resolve("two"), 3, GIT);

        List<String> firstIds = commitIds(first);
        assertEquals(commitIds(second), firstIds);
        assertEquals(7, firstIds.size()); // 3 repositories, main, 3 worktrees
        assertEquals(4, firstIds.stream().distinct().count(), "repositories differ; worktrees share main's commit");
    }

    @Test
    void reusedWhenUnchangedRebuiltWhenNot() throws Exception {
        GitFixture built = GitFixture.build(dir, 2, GIT);

        assertEquals(built, GitFixture.build(dir, 2, NO_GIT)); // no git run, or it would have thrown

        GitFixture bigger = GitFixture.build(dir, 3, GIT); // another count: rebuilt
        assertEquals(3, bigger.repositories().size());
        assertEquals(bigger, GitFixture.build(dir, 3, NO_GIT));

        deleteTree(bigger.worktrees().get(2)); // incomplete: rebuilt
        assertThrows(GitNotFoundException.class, () -> GitFixture.build(dir, 3, NO_GIT));
        GitFixture rebuilt = GitFixture.build(dir, 3, GIT);
        assertEquals(commitIds(bigger), commitIds(rebuilt));

        rebuilt.delete();
        assertFalse(Files.exists(dir));
    }

    @Test
    void refusesToEmptyADirectoryThatIsNotAFixture() throws Exception {
        Files.writeString(dir.resolve("precious.txt"), "keep me");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> GitFixture.build(dir, 1, GIT));
        assertEquals(dir + " is not empty and is not a git fixture: choose a new or empty scratch directory",
                refused.getMessage());
        assertTrue(Files.exists(dir.resolve("precious.txt")));
    }

    @Test
    void operationsReturnWhatTheFixtureCreated() throws Exception {
        GitFixture fixture = GitFixture.build(dir, 2, GIT);
        Path repository = fixture.repositories().get(1);

        assertEquals(GitFixture.STATUS_LINES, fixture.status(GIT, repository));
        assertEquals("main", GIT.currentBranch(repository));
        assertEquals(GitFixture.commitSubject("repo-001"), GIT.lastCommitSubject(repository));
        assertTrue(GIT.diff(repository).contains("+changed in the working tree of repo-001"));
        assertTrue(GIT.version().startsWith("git version "), GIT.version());

        Path worktree = fixture.worktrees().get(0);
        assertEquals(List.of(" M " + GitFixture.WORKTREE_MODIFIED), fixture.status(GIT, worktree));
        assertEquals("wt-000", GIT.currentBranch(worktree));
        assertEquals(GitFixture.commitSubject("main"), GIT.lastCommitSubject(worktree));
        assertEquals("", GIT.status(fixture.mainRepository()));

        List<Worktree> listed = GIT.worktrees(fixture.mainRepository());
        assertEquals(3, listed.size());
        assertEquals(fixture.mainRepository(), listed.get(0).path());
        assertEquals("main", listed.get(0).branch());
        for (int i = 0; i < 2; i++) {
            Worktree entry = listed.get(i + 1);
            assertEquals(fixture.worktrees().get(i), entry.path());
            assertEquals("wt-00" + i, entry.branch());
            assertFalse(entry.detached() || entry.bare() || entry.locked() || entry.prunable());
            assertEquals(listed.get(0).head(), entry.head());
        }
    }

    @Test
    void pathsWithSpacesQuotesCommandSubstitutionAndNonAscii() throws Exception {
        Path odd = dir.resolve("my repos 'single' \"double\" $(touch pwned) `id` d\u00e9j\u00e0 \u65e5\u672c");
        GitFixture fixture = GitFixture.build(odd, 1, GIT);

        assertEquals(GitFixture.STATUS_LINES, fixture.status(GIT, fixture.repositories().get(0)));
        List<Worktree> listed = GIT.worktrees(fixture.mainRepository());
        assertEquals(List.of(fixture.mainRepository(), fixture.worktrees().get(0)),
                listed.stream().map(Worktree::path).toList());
        assertEquals("wt-000", GIT.currentBranch(fixture.worktrees().get(0)));
        assertFalse(Files.exists(dir.resolve("pwned")));
        try (var entries = Files.list(dir)) {
            assertEquals(List.of(odd), entries.toList());
        }
        assertNotEquals(0, Files.size(fixture.worktrees().get(0).resolve(GitFixture.WORKTREE_MODIFIED)));
    }

    @Test
    void worktreeListFromRealGitShowsLockedDetachedAndPrunable() throws Exception {
        GitFixture fixture = GitFixture.build(dir, 3, GIT);
        GIT.run(fixture.mainRepository(), List.of("worktree", "lock", "--reason", "on a USB disk",
                fixture.worktrees().get(0).toString()));
        GIT.run(fixture.worktrees().get(1), List.of("checkout", "-q", "--detach"));
        deleteTree(fixture.worktrees().get(2));

        List<Worktree> listed = GIT.worktrees(fixture.mainRepository());

        String head = listed.get(0).head();
        assertEquals(List.of(
                new Worktree(fixture.mainRepository(), head, "main", false, false, false, false),
                new Worktree(fixture.worktrees().get(0), head, "wt-000", false, false, true, false),
                new Worktree(fixture.worktrees().get(1), head, null, true, false, false, false),
                new Worktree(fixture.worktrees().get(2), head, "wt-002", false, false, false, true)), listed);
        assertEquals("", GIT.currentBranch(fixture.worktrees().get(1)));
    }

    static List<String> commitIds(GitFixture fixture) throws Exception {
        List<Path> all = new ArrayList<>(fixture.repositories());
        all.add(fixture.mainRepository());
        all.addAll(fixture.worktrees());
        List<String> ids = new ArrayList<>();
        for (Path repository : all) {
            ids.add(GIT.run(repository, List.of("rev-parse", "HEAD")).stdout().strip());
        }
        return ids;
    }

    static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
