package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;

/** A deadline timer that never looks at a clock: the test fires the deadline by hand. */
final class ManualTimer implements DeadlineTimer {
    private volatile Duration delay;
    private volatile Runnable expiry;
    private volatile boolean withdrawn;

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        this.delay = delay;
        this.expiry = action;
        return () -> withdrawn = true;
    }

    /** The deadline expires now, on the calling thread. */
    void fire() {
        assertNotNull(expiry, "the fan-out scheduled no deadline");
        expiry.run();
    }

    Duration delay() {
        return delay;
    }

    boolean scheduled() {
        return expiry != null;
    }

    /** Whether the fan-out withdrew its deadline. */
    boolean withdrawn() {
        return withdrawn;
    }
}
