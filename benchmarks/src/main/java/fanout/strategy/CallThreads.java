package fanout.strategy;

import java.util.function.IntFunction;

/** The threads a fan-out ran its tasks on, waited for until they have terminated. */
final class CallThreads {
    private CallThreads() {}

    /**
     * Waits, uninterruptibly, until each of {@code count} threads ({@code threadAt.apply(i)}; null entries and the
     * calling thread are skipped) has terminated; an interrupt that arrives meanwhile is kept for the caller.
     * A thread-per-task executor, a future or a {@code StructuredTaskScope} reports a task finished while its
     * thread is still ending: without this, a thread of the call could be alive after the call returned.
     */
    static void joinAll(int count, IntFunction<Thread> threadAt) {
        boolean interrupted = false;
        Thread me = Thread.currentThread();
        for (int i = 0; i < count; i++) {
            Thread thread = threadAt.apply(i);
            while (thread != null && thread != me && thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            me.interrupt(); // preserve interrupt status
        }
    }
}
