package fanout.workload.git;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A git command ran longer than its timeout; it and every process it started were killed. */
public final class GitTimeoutException extends GitException {
    private static final long serialVersionUID = 1L;

    GitTimeoutException(List<String> command, Path directory, Duration timeout) {
        super(commandLine(command) + " in " + directory + " timed out after " + timeout.toMillis()
                + " ms and was killed");
    }
}
