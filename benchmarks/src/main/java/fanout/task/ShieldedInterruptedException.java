package fanout.task;

import java.util.Locale;

/**
 * Thrown by {@link Shield#call} when the calling thread was interrupted while a shielded section ran: the
 * cancellation was held back until the section had finished. The section's effect happened; its result (value or
 * failure, the failure attached as suppressed) is not delivered. The interrupt status is cleared, as with any
 * {@link InterruptedException}.
 */
public final class ShieldedInterruptedException extends InterruptedException {
    private static final long serialVersionUID = 1L;

    private final long waitedNanos;

    ShieldedInterruptedException(long waitedNanos) {
        super(String.format(Locale.ROOT, "interrupted during a shielded section: the cancellation waited %.3f ms"
                + " (%d ns) for the section to finish; the section completed, its result is discarded",
                waitedNanos / 1e6, waitedNanos));
        this.waitedNanos = waitedNanos;
    }

    /** How long the interrupted caller waited for the section to finish, from the interrupt being seen, in ns. */
    public long waitedNanos() {
        return waitedNanos;
    }
}
