package fanout.workload.git;

import java.io.IOException;

/**
 * A git command that did not give a result. Every message is one line that names what went wrong and,
 * where there is one, how to fix it.
 */
public abstract sealed class GitException extends IOException
        permits GitFailedException, GitTimeoutException, NotARepositoryException, GitNotFoundException {
    private static final long serialVersionUID = 1L;

    GitException(String message) {
        super(message);
    }

    GitException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The command as one line, e.g. {@code git status -s} (line breaks in arguments shown as {@code \n}). */
    static String commandLine(java.util.List<String> command) {
        return String.join(" ", command).replace("\r", "\\r").replace("\n", "\\n");
    }

    /** The first non-blank line of {@code text}, or {@code ""}. */
    static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
