package fanout.strategy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shuts a long-lived executor down and waits for it, as {@code ExecutorService.close()} does from JDK 19 on (this
 * code is compiled for 17): for a strategy's own pool when the strategy is closed.
 */
final class ExecutorShutdown {
    private ExecutorShutdown() {}

    /** Shuts {@code executor} down and waits, uninterruptibly, until its tasks have ended. */
    static void andAwait(ExecutorService executor) {
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
