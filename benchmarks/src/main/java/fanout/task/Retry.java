package fanout.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Retry with exponential backoff, seed 004's {@code check_with_retry} as a task decorator: {@link #wrap} turns a
 * task into one that makes up to {@link #maxAttempts()} attempts, pausing {@link #delay(int, int)} before each
 * retry. An immutable value: every {@code with…} method returns a new one.
 *
 * <p><b>The delay</b> before retry number {@code r} (1-based: the pause after attempt {@code r} failed) of the task
 * with index {@code i} is {@code min(maxDelay, baseDelay · factor^(r-1))}, then multiplied, if jitter is set, by
 * a factor in {@code [1 - fraction, 1 + fraction)} drawn from {@code (seed, i, r)} alone: the same settings give the
 * same delays on every run, every thread and every JDK, whatever order the tasks run in. Jitter is applied after
 * the cap, so a jittered delay may exceed {@code maxDelay} by up to the fraction.
 *
 * <p><b>What is retried.</b> A failure is retried when it is an {@link Exception} the predicate accepts (by default
 * every one). An {@link InterruptedException} from the task is never retried, whatever the predicate says: it is
 * the caller's cancellation, and is thrown at once. An {@link Error} is not caught.
 *
 * <p><b>Giving up.</b> When the attempts are exhausted, the failure is not retryable, or a deadline would be passed,
 * the wrapped task throws the <em>last</em> failure itself (its type unchanged), with the earlier attempts'
 * failures attached as suppressed, in attempt order, and last a {@link GaveUp} note saying why and after how many
 * attempts ({@link #gaveUp(Throwable)} finds it).
 *
 * <p><b>Deadline.</b> {@link #wrap(Callable, int, long)} takes a deadline on the {@link Pause}'s clock. The wrapped
 * task never pauses past it: when the next delay would end after the deadline it gives up at once instead of
 * sleeping. The deadline gates pauses only: the first attempt always runs, and an attempt that has started is not
 * timed (cancel it by interrupting, as a strategy's deadline does).
 *
 * <p><b>Interruption.</b> The pause is interruptible: an interrupt pending or arriving during it ends it at once with
 * {@link InterruptedException} (earlier failures attached as suppressed), the interrupt status cleared, as by
 * {@code Thread.sleep}.
 *
 * <p>Knows nothing of workloads or strategies.
 */
public final class Retry {

    /** The default cap of {@link #of}: 30 s, or the base delay if that is longer. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(30);

    /**
     * The clock deadlines are read on and the sleep between attempts. {@link #system()} is the real one; a test
     * gives a fake one and nothing sleeps.
     */
    public interface Pause {
        /** A monotonic clock in nanoseconds, like {@code System.nanoTime()}: only differences mean anything. */
        long nanoTime();

        /**
         * Sleeps {@code nanos} nanoseconds (never less), interruptibly.
         *
         * @throws InterruptedException if interrupted before or during the sleep; the interrupt status cleared
         */
        void sleepNanos(long nanos) throws InterruptedException;

        /**
         * {@code System.nanoTime()}, and a sleep that parks until a nanoTime deadline has passed (nanosecond
         * resolution on every JDK: JDK 17's {@code Thread.sleep(millis, nanos)} rounds up to the next millisecond).
         * The same loop as {@code fanout.workload.Sleeper}, repeated here so that tasks do not depend on workloads.
         */
        static Pause system() {
            return SystemPause.INSTANCE;
        }
    }

    /** Why a retrying task gave up. */
    public enum Reason {
        /** Every one of {@link Retry#maxAttempts()} attempts failed. */
        ATTEMPTS_EXHAUSTED,
        /** The failure was not one the predicate retries. */
        NOT_RETRYABLE,
        /** The next pause would have ended after the deadline. */
        DEADLINE
    }

    /**
     * The note attached, last among the suppressed, to the failure a retrying task gave up with: why, and after how
     * many attempts. It has no stack trace; it is a note, never thrown.
     */
    public static final class GaveUp extends Exception {
        private static final long serialVersionUID = 1L;
        private final Reason reason;
        private final int attempts;

        GaveUp(Reason reason, int attempts, String detail) {
            super("retry gave up after " + attempts + (attempts == 1 ? " attempt" : " attempts") + ": " + detail,
                    null, false, false);
            this.reason = reason;
            this.attempts = attempts;
        }

        public Reason reason() {
            return reason;
        }

        /** How many attempts were made, the last one included. */
        public int attempts() {
            return attempts;
        }
    }

    private static final Predicate<Throwable> ANY_EXCEPTION = failure -> true;

    private final int maxAttempts;
    private final Duration baseDelay;
    private final double factor;
    private final Duration maxDelay;
    private final double jitter;
    private final long seed;
    private final Predicate<Throwable> retryable;
    private final Pause pause;

    private Retry(int maxAttempts, Duration baseDelay, double factor, Duration maxDelay, double jitter, long seed,
            Predicate<Throwable> retryable, Pause pause) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        requireNonNegative(baseDelay, "baseDelay");
        requireNonNegative(maxDelay, "maxDelay");
        if (!(factor >= 1) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be a finite number ≥ 1, was " + factor);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter fraction must be in [0, 1], was " + jitter);
        }
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.factor = factor;
        this.maxDelay = maxDelay;
        this.jitter = jitter;
        this.seed = seed;
        this.retryable = Objects.requireNonNull(retryable, "retryable");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    private static void requireNonNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
    }

    /**
     * Up to {@code maxAttempts} attempts, the first retry after {@code baseDelay}, each next one twice as long, capped
     * at {@link #DEFAULT_MAX_DELAY} (or {@code baseDelay} if longer); no jitter; every exception but
     * {@link InterruptedException} retried; the {@linkplain Pause#system() system} pause.
     *
     * @param maxAttempts attempts in all, the first included (1: no retry)
     * @param baseDelay the pause before the first retry
     */
    public static Retry of(int maxAttempts, Duration baseDelay) {
        requireNonNegative(baseDelay, "baseDelay");
        Duration cap = baseDelay.compareTo(DEFAULT_MAX_DELAY) > 0 ? baseDelay : DEFAULT_MAX_DELAY;
        return new Retry(maxAttempts, baseDelay, 2, cap, 0, 0, ANY_EXCEPTION, Pause.system());
    }

    /** Each delay is {@code factor} times the one before (≥ 1; 1 is a constant delay). */
    public Retry withFactor(double factor) {
        return new Retry(maxAttempts, baseDelay, factor, maxDelay, jitter, seed, retryable, pause);
    }

    /** No delay is longer than this, before jitter. */
    public Retry withMaxDelay(Duration maxDelay) {
        return new Retry(maxAttempts, baseDelay, factor, maxDelay, jitter, seed, retryable, pause);
    }

    /**
     * Each delay is multiplied by a factor in {@code [1 - fraction, 1 + fraction)} drawn from {@code seed}, the task
     * index and the retry number.
     *
     * @param fraction in [0, 1]; 0 is no jitter
     */
    public Retry withJitter(double fraction, long seed) {
        return new Retry(maxAttempts, baseDelay, factor, maxDelay, fraction, seed, retryable, pause);
    }

    /**
     * Retries only the failures the predicate accepts (an {@link InterruptedException} never, whatever it says).
     */
    public Retry retryingOn(Predicate<Throwable> retryable) {
        return new Retry(maxAttempts, baseDelay, factor, maxDelay, jitter, seed, retryable, pause);
    }

    /** Reads the deadline on, and sleeps with, this pause (a test's fake clock). */
    public Retry withPause(Pause pause) {
        return new Retry(maxAttempts, baseDelay, factor, maxDelay, jitter, seed, retryable, pause);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration baseDelay() {
        return baseDelay;
    }

    public double factor() {
        return factor;
    }

    public Duration maxDelay() {
        return maxDelay;
    }

    /** The jitter fraction; 0 for none. */
    public double jitter() {
        return jitter;
    }

    public Pause pause() {
        return pause;
    }

    /**
     * The pause before retry number {@code retry} of the task with index {@code index}: {@code min(maxDelay,
     * baseDelay · factor^(retry-1))}, then jittered; rounded to the nanosecond.
     *
     * @param retry 1 for the first retry (after the first attempt failed), and so on
     * @param index the task's index, which with the seed chooses the jitter
     */
    public Duration delay(int retry, int index) {
        return Duration.ofNanos(delayNanos(retry, index));
    }

    long delayNanos(int retry, int index) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry numbers start at 1, was " + retry);
        }
        double capNanos = saturatedNanos(maxDelay);
        double nanos = Math.min(capNanos, saturatedNanos(baseDelay) * Math.pow(factor, retry - 1));
        if (jitter > 0) {
            nanos *= 1 - jitter + 2 * jitter * unitDraw(seed, index, retry);
        }
        return Math.round(nanos); // saturates at Long.MAX_VALUE
    }

    private static double saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** A number in [0, 1) that depends on the three values alone (SplitMix64, fixed here so every JDK agrees). */
    private static double unitDraw(long seed, int index, int retry) {
        long z = mix(mix(seed + 0x9E3779B97F4A7C15L * (index + 1L)) + 0xBF58476D1CE4E5B9L * retry);
        return (z >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The task, retried as this policy says, without a deadline.
     *
     * @param task what each attempt calls
     * @param index the task's index (chooses the jitter; named in the give-up note)
     */
    public <T> Callable<T> wrap(Callable<? extends T> task, int index) {
        Objects.requireNonNull(task, "task");
        return () -> run(task, index, false, 0);
    }

    /**
     * The task, retried as this policy says, never pausing past {@code deadlineNanos}.
     *
     * @param deadlineNanos a reading of the {@link Pause}'s clock ({@link Pause#nanoTime()}; for the system pause,
     *        {@code System.nanoTime()}) after which no pause may end
     */
    public <T> Callable<T> wrap(Callable<? extends T> task, int index, long deadlineNanos) {
        Objects.requireNonNull(task, "task");
        return () -> run(task, index, true, deadlineNanos);
    }

    private <T> T run(Callable<? extends T> task, int index, boolean hasDeadline, long deadlineNanos)
            throws Exception {
        List<Exception> earlier = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            Exception failure;
            try {
                return task.call();
            } catch (InterruptedException cancelled) {
                throw attach(cancelled, earlier, null); // the caller's cancellation: never retried
            } catch (Exception e) {
                failure = e;
            }
            if (!retryable.test(failure)) {
                throw attach(failure, earlier, new GaveUp(Reason.NOT_RETRYABLE, attempt,
                        "task " + index + " failed with " + failure.getClass().getName() + ", which is not retried"));
            }
            if (attempt >= maxAttempts) {
                throw attach(failure, earlier, new GaveUp(Reason.ATTEMPTS_EXHAUSTED, attempt,
                        "task " + index + " failed every one of its " + maxAttempts + " attempts"));
            }
            long delay = delayNanos(attempt, index);
            if (hasDeadline) {
                long left = deadlineNanos - pause.nanoTime(); // differences only: right even if the clock wraps
                if (delay > left) {
                    throw attach(failure, earlier, new GaveUp(Reason.DEADLINE, attempt, "task " + index
                            + ": retry " + attempt + " would start after a pause of " + delay + " ns, but "
                            + (left <= 0 ? "the deadline has passed" : "only " + left + " ns remain to the deadline")));
                }
            }
            earlier.add(failure);
            try {
                pause.sleepNanos(delay);
            } catch (InterruptedException cancelled) {
                throw attach(cancelled, earlier, null);
            }
        }
    }

    /** The failure, with the earlier ones and the note added as suppressed (a failure never suppresses itself). */
    private static <E extends Exception> E attach(E last, List<Exception> earlier, GaveUp note) {
        for (Exception e : earlier) {
            if (e != last) {
                last.addSuppressed(e);
            }
        }
        if (note != null) {
            last.addSuppressed(note);
        }
        return last;
    }

    /** The note a retrying task gave up with, if this failure is one it threw. */
    public static Optional<GaveUp> gaveUp(Throwable failure) {
        for (Throwable suppressed : failure.getSuppressed()) {
            if (suppressed instanceof GaveUp) {
                return Optional.of((GaveUp) suppressed);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Retry[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", factor=" + factor + ", maxDelay="
                + maxDelay + (jitter > 0 ? ", jitter=" + jitter + " seed " + seed : "") + "]";
    }

    /** {@code System.nanoTime()} and a parking loop to a nanoTime deadline (see {@code fanout.workload.Sleeper}). */
    private enum SystemPause implements Pause {
        INSTANCE;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            if (nanos < 0) {
                throw new IllegalArgumentException("sleep time must not be negative, was " + nanos + " ns");
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("retry pause interrupted");
            }
            long start = System.nanoTime();
            for (long remaining = nanos; remaining > 0; remaining = nanos - (System.nanoTime() - start)) {
                LockSupport.parkNanos(remaining);
                if (Thread.interrupted()) {
                    throw new InterruptedException("retry pause interrupted");
                }
            }
        }
    }
}
