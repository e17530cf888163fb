package fanout.strategy;

import java.util.List;
import java.util.Optional;

/**
 * Thrown when a task threw under {@link FailurePolicy#FAIL_FAST} or {@link FailurePolicy#FIRST_ERROR_NO_CANCEL} (the
 * cause), when the strategy could not start a task (the cause is what starting it threw), when an
 * {@link OutcomeListener} threw (the cause), or by {@link FanOut#firstSuccess} when every task failed. Every other
 * exception a task of the same fan-out threw is attached as suppressed, except the {@link InterruptedException}s of
 * tasks the fan-out itself cancelled: no exception is lost.
 *
 * <p>Under {@link FailurePolicy#FIRST_ERROR_NO_CANCEL} alone the other tasks were left running: {@link #orphans()}
 * says how many and lets the caller wait for them or cancel them; the suppressed exceptions are those known when
 * the call threw.
 */
public final class FanOutFailedException extends FanOutException {
    private static final long serialVersionUID = 1L;

    private final transient Orphans orphans;

    FanOutFailedException(String message, Throwable cause, List<Outcome<?>> outcomes) {
        this(message, cause, outcomes, null);
    }

    FanOutFailedException(String message, Throwable cause, List<Outcome<?>> outcomes, Orphans orphans) {
        super(message, cause, outcomes);
        this.orphans = orphans;
    }

    /**
     * The tasks this fan-out left running: present under {@link FailurePolicy#FIRST_ERROR_NO_CANCEL} (with a count of
     * 0 when none was left), empty under every other policy, where nothing outlives the call.
     */
    public Optional<Orphans> orphans() {
        return Optional.ofNullable(orphans);
    }
}
