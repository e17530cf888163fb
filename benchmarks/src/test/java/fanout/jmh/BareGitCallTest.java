package fanout.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fanout.workload.git.Git;
import fanout.workload.git.GitException;
import fanout.workload.git.GitFixture;
import fanout.workload.git.NotARepositoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bare baseline of {@link GitBenchmark}'s {@code runner=BARE}, against real git. */
class BareGitCallTest {

    /** The suite's runner, with the same environment as the bare call: the two must print the same. */
    private static final Git GIT = Git.onPath(Duration.ofMinutes(1));

    @TempDir
    Path dir;

    @Test
    void printsWhatGitStatusPrintsInADirtyRepository() throws Exception {
        GitFixture fixture = GitFixture.build(dir, 1, GIT);
        Path repository = fixture.repositories().get(0);

        String bare = new BareGitCall(repository).call();

        assertEquals(GIT.status(repository), bare);
        assertEquals(GitFixture.STATUS_LINES, bare.lines().toList()); // not two equal empty strings
    }

    @Test
    void aDirectoryThatIsNotARepositoryThrowsWithTheExitCode() throws Exception {
        Path plain = dir.resolve("plain");
        Files.createDirectory(plain);
        assumeTrue(isNotARepository(plain), "the temporary directory lies inside a git work tree");

        IOException failed = assertThrows(IOException.class, () -> new BareGitCall(plain).call());

        String message = failed.getMessage();
        assertTrue(message.startsWith("git status -s failed in " + plain + " (exit 128): fatal: not a git repository"),
                message);
        assertEquals(List.of(message), message.lines().toList(), "one line");
    }

    private static boolean isNotARepository(Path directory) throws InterruptedException {
        try {
            GIT.status(directory);
            return false;
        } catch (NotARepositoryException expected) {
            return true;
        } catch (GitException other) {
            return false;
        }
    }
}
