package fanout.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.function.LongSupplier;

/**
 * Protects a critical section from cancellation, as {@code asyncio.shield} does (seed 002: a write that must not be
 * cut off half-way, a clean-up in {@code finally} after a cancellation). {@link #call} runs the section on a thread
 * of its own, which nobody interrupts, and waits for it without being interruptible.
 *
 * <ul>
 *   <li>Not interrupted: the section's value is returned, or its exception thrown as it is (an {@link Error}
 *       too).</li>
 *   <li>Interrupted at any time before {@code call} returns, already on entry included (the section still runs: a
 *       clean-up after a cancellation is exactly what a shield is for): the caller still waits until the section has finished, then throws
 *       {@link ShieldedInterruptedException} saying how long the cancellation waited, the interrupt status cleared.
 *       The section's effect happened, but its result is lost to the caller (a failure of the section is
 *       attached as suppressed).</li>
 * </ul>
 *
 * <p><b>What it costs.</b> A thread start and a hand-off per call; and a cancelled fan-out cannot end before its
 * shielded sections have, so a long section delays every cancellation and deadline. A section that never ends
 * makes its caller impossible to cancel.
 *
 * <p>The default thread is virtual where the JVM has them (JDK 21+), else a platform daemon thread. Knows nothing
 * of workloads or strategies.
 */
public final class Shield {

    private static final ThreadFactory DEFAULT_THREADS = defaultThreads();

    private Shield() {}

    /** A new virtual thread (JDK 21+: {@code Thread.ofVirtual().factory()}), else a new platform daemon thread. */
    private static ThreadFactory defaultThreads() {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            return (ThreadFactory) Class.forName("java.lang.Thread$Builder").getMethod("factory").invoke(builder);
        } catch (ReflectiveOperationException noVirtualThreads) {
            return section -> {
                Thread thread = new Thread(section, "fanout-shield");
                thread.setDaemon(true);
                return thread;
            };
        }
    }

    /**
     * Runs the section on a new thread (virtual where available) and returns its value, uninterruptibly.
     *
     * @throws ShieldedInterruptedException if the caller was interrupted before the section ended (after it ended)
     * @throws Exception the section's own exception, when the caller was not interrupted
     */
    public static <T> T call(Callable<? extends T> section) throws Exception {
        return call(section, DEFAULT_THREADS);
    }

    /** As {@link #call(Callable)}, the section run on a thread from {@code threads}. */
    public static <T> T call(Callable<? extends T> section, ThreadFactory threads) throws Exception {
        return call(section, threads, System::nanoTime);
    }

    /** As {@link #call(Callable, ThreadFactory)}, the wait timed on {@code clock} (a test's fake clock). */
    static <T> T call(Callable<? extends T> section, ThreadFactory threads, LongSupplier clock) throws Exception {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(threads, "threads");
        FutureTask<T> task = new FutureTask<>(section::call);
        Thread thread = threads.newThread(task);
        if (thread == null) {
            throw new RejectedExecutionException("the thread factory gave no thread for the shielded section");
        }
        thread.start();
        boolean interrupted = false;
        long interruptedAt = 0;
        // Wait, uninterruptibly, for the section's thread to end: then the section has ended too, and nothing the call
        // started outlives it. An interrupt meanwhile is the cancellation: remembered, waited through.
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) { // status cleared by join(); wait on
                if (!interrupted) {
                    interrupted = true;
                    interruptedAt = clock.getAsLong();
                }
            }
        }
        T value = null;
        Throwable failure = null;
        try {
            value = task.get(); // done: returns at once
        } catch (ExecutionException e) {
            failure = e.getCause();
        }
        // an interrupt that arrived after the wait ended is found here; any interrupt is one cancellation, cleared
        if (Thread.interrupted() && !interrupted) {
            interrupted = true;
            interruptedAt = clock.getAsLong();
        }
        if (interrupted) {
            ShieldedInterruptedException cancelled =
                    new ShieldedInterruptedException(clock.getAsLong() - interruptedAt);
            if (failure != null) {
                cancelled.addSuppressed(failure);
            }
            throw cancelled;
        }
        if (failure == null) {
            return value;
        }
        if (failure instanceof Exception) {
            throw (Exception) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        throw new ExecutionException(failure); // neither: cannot come from a Callable
    }
}
