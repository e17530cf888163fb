package fanout.workload.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCallsTest {

    static final Git GIT = Git.onPath(Duration.ofMinutes(1)).withEnvironment(GitFixture.isolatedEnvironment());

    @TempDir
    Path dir;

    @Test
    void oneCallPerRepositoryInOrderForEachOperation() throws Exception {
        GitFixture fixture = GitFixture.build(dir, 2, GIT);
        List<Path> repositories = fixture.repositories();

        assertEquals(List.of(String.join("\n", GitFixture.STATUS_LINES) + "\n",
                String.join("\n", GitFixture.STATUS_LINES) + "\n"), callAll(GitOperation.STATUS, repositories));
        assertEquals(List.of("main", "main"), callAll(GitOperation.BRANCH, repositories));
        assertEquals(List.of(GitFixture.commitSubject("repo-000"), GitFixture.commitSubject("repo-001")),
                callAll(GitOperation.LAST_COMMIT, repositories));
        List<String> diffs = callAll(GitOperation.DIFF, repositories);
        assertTrue(diffs.get(0).contains("+changed in the working tree of repo-000"));
        assertTrue(diffs.get(1).contains("+changed in the working tree of repo-001"));
    }

    @Test
    void callsCanBeRunAgain() throws Exception {
        GitFixture fixture = GitFixture.build(dir, 1, GIT);
        Callable<String> call = GitCalls.of(GIT, fixture.repositories(), GitOperation.LAST_COMMIT).get(0);
        assertEquals(call.call(), call.call());
    }

    /** The workload knows nothing of strategies or JMH (STYLE.md, practice 1). */
    @Test
    void workloadImportsNeitherStrategiesNorJmh() throws IOException {
        Path sources = Path.of("src/main/java/fanout/workload/git");
        assertTrue(Files.isDirectory(sources), "run from the benchmarks module: " + sources.toAbsolutePath());
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertFalse(text.contains("import fanout.strategy") || text.contains("org.openjdk.jmh"),
                        file + " depends on strategies or JMH");
            }
        }
    }

    private static List<String> callAll(GitOperation op, List<Path> repositories) throws Exception {
        List<Callable<String>> calls = GitCalls.of(GIT, repositories, op);
        assertEquals(repositories.size(), calls.size());
        List<String> results = new java.util.ArrayList<>();
        for (Callable<String> call : calls) {
            results.add(call.call());
        }
        return results;
    }
}
