package fanout.workload.git;

/** The git executable could not be found. */
public final class GitNotFoundException extends GitException {
    private static final long serialVersionUID = 1L;

    GitNotFoundException(String executable, Throwable cause) {
        super("git not found: install git or put it on PATH"
                + ("git".equals(executable) ? "" : " (tried \"" + executable + "\")"), cause);
    }
}
