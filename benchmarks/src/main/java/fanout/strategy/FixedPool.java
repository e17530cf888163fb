package fanout.strategy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@link Strategy#FIXED_POOL}: {@code invokeAll} on a pool of k platform threads created with the strategy
 * and kept until {@link #close()}. Tasks queue FIFO; at most k run at once.
 */
final class FixedPool extends AbstractFanOut {
    private final ExecutorService pool;

    FixedPool(int limit) {
        this.pool = Executors.newFixedThreadPool(limit, ExecutorKind.daemonThreads("fanout-fixed-pool"));
    }

    @Override
    void launch(FanOutCall<?> call) throws InterruptedException {
        pool.invokeAll(call.slotCallables());
    }

    @Override
    public void close() {
        OwnedExecutor.shutdownAndAwait(pool);
    }
}
