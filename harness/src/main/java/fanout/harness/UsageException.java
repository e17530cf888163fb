package fanout.harness;

/**
 * Bad input from the user: the message is one line saying what is wrong and how to fix it. The command line
 * prints it without a stack trace and exits with status 2.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
