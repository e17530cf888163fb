package fanout.strategy;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;

/**
 * The threads of one fan-out: a new virtual thread per task, started directly from a thread factory, and on
 * {@link #close()} every thread it started joined — the structured-concurrency scope the virtual-thread strategies
 * run their slots in. Try-with-resources: the call cannot leave before every thread it started has terminated, whether
 * that thread ran its task, found it cancelled before it began, or was never started (creating it failed).
 *
 * <p>Why not {@code Executors.newVirtualThreadPerTaskExecutor()}, which the bare primitive uses: that executor keeps
 * every live thread in a concurrent set (an insert and a removal per task), wraps each task in a future, and reports
 * termination when its set empties — while the last threads are still ending, so a scope built on it must join them
 * anyway. Joining the threads is the one guarantee the fan-out needs; this keeps only that.
 *
 * <p>It holds only the threads that may still be alive: when its array is full it first drops the threads that have
 * terminated, and grows only if more than half are alive. Holding every thread of a fan-out of a million short tasks
 * until the end kept a million dead threads reachable, and the collector copying them cost BATCHED 44% over its bare
 * primitive at N = 1 000 000.
 *
 * <p>Not thread-safe: one launching thread calls {@link #execute}; {@link #close()} is called once, by it.
 */
final class CallScope implements Executor, AutoCloseable {
    private final ThreadFactory factory;
    private Thread[] threads;
    private int held; // threads[0..held) may still be alive

    /** The array's first size at most: larger fan-outs reuse the places of threads that have ended. */
    private static final int FIRST_CAPACITY = 1024;

    /**
     * @param factory makes the scope's threads (unstarted)
     * @param expected how many threads the call will probably start
     */
    CallScope(ThreadFactory factory, int expected) {
        this.factory = factory;
        this.threads = new Thread[Math.max(1, Math.min(expected, FIRST_CAPACITY))];
    }

    /** Starts a new thread running {@code task}. */
    @Override
    public void execute(Runnable task) {
        Thread thread = factory.newThread(task);
        if (thread == null) {
            throw new RejectedExecutionException("the thread factory made no thread");
        }
        if (held == threads.length) {
            dropEndedOrGrow();
        }
        threads[held++] = thread; // joined on close even if start fails: join returns at once for an unstarted one
        thread.start();
    }

    /** How many threads it holds: every one that may still be alive, and no more than one array of ended ones. */
    int held() {
        return held;
    }

    /** Keeps only the threads still alive, in order; doubles the array if they fill more than half of it. */
    private void dropEndedOrGrow() {
        int alive = 0;
        for (int i = 0; i < held; i++) {
            if (threads[i].isAlive()) {
                threads[alive++] = threads[i];
            }
        }
        Arrays.fill(threads, alive, held, null);
        held = alive;
        if (alive > threads.length / 2) {
            threads = Arrays.copyOf(threads, threads.length * 2);
        }
    }

    /**
     * Waits until every thread started has terminated. If the waiting thread is interrupted, {@code onInterrupt}
     * runs (it stops the fan-out) and the wait goes on; the interrupt is consumed, for the fan-out's result to report.
     */
    void awaitThreads(Runnable onInterrupt) {
        for (int i = 0; i < held; i++) {
            Thread thread = threads[i];
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    onInterrupt.run();
                }
            }
        }
    }

    /**
     * Waits, uninterruptibly, until every thread started has terminated; an interrupt that arrives meanwhile is kept
     * for the caller. Call it after the slots were stopped or awaited: it waits for the threads, not for their tasks
     * to be told to stop.
     */
    @Override
    public void close() {
        Thread[] all = threads;
        CallThreads.joinAll(held, i -> all[i]);
    }
}
