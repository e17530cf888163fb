package fanout.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            if (previous == null) {
                System.clearProperty(GitBenchmark.Source.REPOS_PROPERTY);
            } else {
                System.setProperty(GitBenchmark.Source.REPOS_PROPERTY, previous);
            }
        }
    }
}
