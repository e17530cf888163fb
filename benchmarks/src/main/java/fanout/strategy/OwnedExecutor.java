package fanout.strategy;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An executor closed by try-with-resources: {@code close()} shuts it down and waits for every task to end,
 * as {@code ExecutorService.close()} does from JDK 19 on (this code is compiled for 17), and then for every
 * thread that ran one to end: a thread-per-task executor reports termination while its last threads are still
 * finishing, so without that a thread of the call could still be alive when the call returns. An interrupt
 * while waiting does not cut the wait short; the interrupt status is restored afterwards.
 */
final class OwnedExecutor implements Executor, AutoCloseable {
    private final ExecutorService delegate;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    OwnedExecutor(ExecutorService delegate) {
        this.delegate = delegate;
    }

    ExecutorService service() {
        return delegate;
    }

    @Override
    public void execute(Runnable command) {
        delegate.execute(() -> {
            threads.add(Thread.currentThread());
            command.run();
        });
    }

    @Override
    public void close() {
        shutdownAndAwait(delegate);
        joinAll(threads);
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

    /** Waits, uninterruptibly, until every one of {@code threads} has terminated. */
    static void joinAll(Collection<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt(); // preserve interrupt status
        }
    }
}
