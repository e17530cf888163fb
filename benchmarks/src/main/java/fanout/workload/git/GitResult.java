package fanout.workload.git;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one git command printed.
 *
 * @param command the executable and its arguments, as run (no shell)
 * @param directory the working directory it ran in
 * @param exitCode its exit status (0: {@link Git#run} throws for any other)
 * @param stdout everything it wrote to standard output, decoded as UTF-8
 * @param stderr everything it wrote to standard error, decoded as UTF-8
 */
public record GitResult(List<String> command, Path directory, int exitCode, String stdout, String stderr) {
    public GitResult {
        command = List.copyOf(command);
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }
}
