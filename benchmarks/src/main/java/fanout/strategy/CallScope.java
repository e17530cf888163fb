package fanout.strategy;

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
 * anyway. Joining the threads is the one guarantee the fan-out needs; this keeps only that. One array slot per task.
 *
 * <p>Not thread-safe: one launching thread calls {@link #execute}; {@link #close()} is called once, by it.
 */
final class CallScope implements Executor, AutoCloseable {
    private final ThreadFactory factory;
    private Thread[] threads;
    private int started;

    /**
     * @param factory makes the scope's threads (unstarted)
     * @param expected how many threads the call will probably start (the array grows past it)
     */
    CallScope(ThreadFactory factory, int expected) {
        this.factory = factory;
        this.threads = new Thread[Math.max(1, expected)];
    }

    /** Starts a new thread running {@code task}. */
    @Override
    public void execute(Runnable task) {
        Thread thread = factory.newThread(task);
        if (thread == null) {
            throw new RejectedExecutionException("the thread factory made no thread");
        }
        if (started == threads.length) {
            threads = java.util.Arrays.copyOf(threads, threads.length * 2);
        }
        threads[started++] = thread; // joined on close even if start fails: join returns at once for an unstarted one
        thread.start();
    }

    /**
     * Waits until every thread started has terminated. If the waiting thread is interrupted, {@code onInterrupt}
     * runs (it stops the fan-out) and the wait goes on; the interrupt is consumed, for the fan-out's result to report.
     */
    void awaitThreads(Runnable onInterrupt) {
        for (int i = 0; i < started; i++) {
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
        CallThreads.joinAll(started, i -> all[i]);
    }
}
