package fanout.workload.git;

import java.nio.file.Path;
import java.util.List;

/** git ran and exited with a non-zero status (or could not be started for a reason other than "not found"). */
public final class GitFailedException extends GitException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    GitFailedException(List<String> command, Path directory, int exitCode, String stderr) {
        super(commandLine(command) + " failed in " + directory + " (exit " + exitCode + ")"
                + (firstLine(stderr).isEmpty() ? "" : ": " + firstLine(stderr)));
        this.exitCode = exitCode;
    }

    GitFailedException(String what, List<String> command, Path directory, java.io.IOException cause) {
        super(what + " " + commandLine(command) + " in " + directory + ": " + firstLine(
                String.valueOf(cause.getMessage())), cause);
        this.exitCode = -1;
    }

    /** The exit status of git, or -1 if it could not be started. */
    public int exitCode() {
        return exitCode;
    }
}
