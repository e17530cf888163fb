package fanout.strategy;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An executor closed by try-with-resources: {@code close()} shuts it down and waits for every task to end,
 * as {@code ExecutorService.close()} does from JDK 19 on (this code is compiled for 17). An interrupt while
 * waiting does not cut the wait short; the interrupt status is restored afterwards.
 *
 * <p>A thread-per-task executor reports termination while its last threads are still finishing; a fan-out
 * that must not return before its threads have ended joins them afterwards ({@link FanOutCall#joinThreads()}).
 */
final class OwnedExecutor implements Executor, AutoCloseable {
    private final ExecutorService delegate;

    OwnedExecutor(ExecutorService delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable command) {
        delegate.execute(command);
    }

    @Override
    public void close() {
        shutdownAndAwait(delegate);
    }

    /** Shuts {@code executor} down and waits, uninterruptibly, until its tasks have ended. */
    static void shutdownAndAwait(ExecutorService executor) {
        executor.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt(); // preserve interrupt status
        }
    }
}
