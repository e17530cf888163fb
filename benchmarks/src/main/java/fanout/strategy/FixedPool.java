package fanout.strategy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@link Strategy#FIXED_POOL}: each task handed to a pool of k platform threads created with the strategy
 * and kept until {@link #close()}. Tasks queue FIFO; at most k run at once.
 */
final class FixedPool extends AbstractFanOut {
    private final ExecutorService pool;

    FixedPool(int limit) {
        this.pool = Executors.newFixedThreadPool(limit, ExecutorKind.daemonThreads("fanout-fixed-pool"));
    }

    /**
     * Hands each slot to the pool and returns: the template then awaits the slots. No future per task (the slots
     * record the outcomes), so a cancelled fan-out leaves the slots that never started queued as no-ops, which a pool
     * thread discards when it reaches them.
     */
    @Override
    FanOutCall.Completion completion() {
        return FanOutCall.Completion.COUNTED; // the pool's threads outlive the slots: count them
    }

    @Override
    void launch(FanOutCall<?> call) {
        for (int slot = 0; slot < call.size() && !call.stopped(); slot++) {
            int index = slot;
            pool.execute(() -> call.runSlot(index));
        }
    }

    @Override
    public void close() {
        ExecutorShutdown.andAwait(pool);
    }
}
