package fanout.strategy;

import java.util.List;

/**
 * Thrown under {@link FailurePolicy#FAIL_FAST} when a task threw (the cause), or when the strategy could
 * not start a task (the cause is what starting it threw). Every other exception a task of the same
 * fan-out threw is attached as suppressed, except the {@link InterruptedException}s of tasks the fan-out
 * itself cancelled: no exception is lost.
 */
public final class FanOutFailedException extends FanOutException {
    private static final long serialVersionUID = 1L;

    FanOutFailedException(String message, Throwable cause, List<Outcome<?>> outcomes) {
        super(message, cause, outcomes);
    }
}
