package fanout.workload;

import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * Sleeps to the nanosecond on every JDK: {@link #sleepNanos} parks the thread until a {@code System.nanoTime()}
 * deadline has passed. The simulated calls wait their latency here.
 *
 * <p><b>Why not {@code Thread.sleep}.</b> On JDK 17, {@code Thread.sleep(millis, nanos)}, and so
 * {@code TimeUnit.NANOSECONDS.sleep}, adds a whole millisecond whenever {@code nanos > 0}: a 2.5 ms sleep asks
 * for 3 ms (measured: a median 3.13 ms on 17.0.15, 2.62 ms on 25.0.3). JDK 21+ sleeps to the nanosecond. Every
 * latency that is not a whole number of milliseconds would wait about half a millisecond longer on JDK 17, and
 * a comparison of 17 with 25 would measure the sleep instead of the strategy. Parking
 * ({@link LockSupport#parkNanos}) has nanosecond resolution on every JDK.
 *
 * <p><b>What it keeps of {@code Thread.sleep}.</b>
 * <ul>
 *   <li>It blocks without CPU. On a virtual thread (JDK 21+) parking unmounts it from its carrier, as sleeping
 *       does; JDK 21+ sleeps a virtual thread with this very loop.</li>
 *   <li>It never returns before the deadline, and may return after it (timer slack, scheduling). A park may
 *       return early, spuriously or because another thread unparked this one; the sleeper then parks again for
 *       what remains. A park permit given to this thread before or during the sleep is used up; that is
 *       harmless, since every {@code park} may return spuriously and so every caller re-checks its
 *       condition.</li>
 *   <li>Interruption, exactly: an interrupt pending on entry, or arriving during the wait, ends the sleep at
 *       once with {@link InterruptedException}, and the interrupt status is cleared.</li>
 * </ul>
 *
 * <p>The clock and the parker are given to the constructor, so that a test proves all of this with a fake
 * clock, without sleeping; {@link #system()} is the real one.
 */
public final class Sleeper {

    /** A monotonic clock in nanoseconds, like {@code System.nanoTime()}: only differences mean anything. */
    @FunctionalInterface
    public interface Clock {
        long nanoTime();
    }

    /**
     * Parks the current thread for at most the given positive number of nanoseconds, like
     * {@link LockSupport#parkNanos(long)}: it may return earlier for no reason, and returns at once if the
     * thread is interrupted, leaving the interrupt status set.
     */
    @FunctionalInterface
    public interface Parker {
        void parkNanos(long nanos);
    }

    private static final Sleeper SYSTEM = new Sleeper(System::nanoTime, LockSupport::parkNanos);

    private final Clock clock;
    private final Parker parker;

    /**
     * @param clock the clock the deadline is read on
     * @param parker how the thread waits for it
     */
    public Sleeper(Clock clock, Parker parker) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.parker = Objects.requireNonNull(parker, "parker");
    }

    /** {@code System.nanoTime()} and {@code LockSupport.parkNanos}. */
    public static Sleeper system() {
        return SYSTEM;
    }

    /**
     * Waits until {@code nanos} nanoseconds have passed on the clock; 0 returns at once.
     *
     * @param nanos how long to sleep, in nanoseconds
     * @throws InterruptedException if the thread was interrupted before or during the sleep; the interrupt
     *         status is cleared, as by {@code Thread.sleep}
     * @throws IllegalArgumentException if {@code nanos} is negative
     */
    public void sleepNanos(long nanos) throws InterruptedException {
        if (nanos < 0) {
            throw new IllegalArgumentException("sleep time must not be negative, was " + nanos + " ns");
        }
        if (Thread.interrupted()) { // as Thread.sleep, even for 0
            throw new InterruptedException("sleep interrupted");
        }
        if (nanos == 0) {
            return;
        }
        long start = clock.nanoTime();
        long remaining = nanos;
        do {
            parker.parkNanos(remaining);
            if (Thread.interrupted()) {
                throw new InterruptedException("sleep interrupted");
            }
            remaining = nanos - (clock.nanoTime() - start); // differences only: right even if the clock wraps
        } while (remaining > 0);
    }

    /**
     * Waits until {@code nanos} nanoseconds have passed on the clock, whatever interrupts arrive: an interrupt pending
     * on entry or arriving during the wait is noted and cleared (a park returns at once while the status is set), and
     * the wait goes on for what remains. For a call that cannot be cancelled (seed 002: a task with no await point).
     *
     * @param nanos how long to sleep, in nanoseconds
     * @return whether the thread was interrupted before or during the sleep; its interrupt status is cleared either
     *         way, so the caller reports it (by {@link InterruptedException}, or by setting the status again)
     * @throws IllegalArgumentException if {@code nanos} is negative
     */
    boolean sleepNanosIgnoringInterrupts(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("sleep time must not be negative, was " + nanos + " ns");
        }
        boolean interrupted = Thread.interrupted();
        if (nanos == 0) {
            return interrupted;
        }
        long start = clock.nanoTime();
        long remaining = nanos;
        do {
            parker.parkNanos(remaining);
            interrupted |= Thread.interrupted();
            remaining = nanos - (clock.nanoTime() - start);
        } while (remaining > 0);
        return interrupted;
    }
}
