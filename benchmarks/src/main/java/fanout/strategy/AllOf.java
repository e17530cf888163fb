package fanout.strategy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * {@link Strategy#ALL_OF}: {@code CompletableFuture.runAsync} per task, then {@code allOf(...).get()}. The
 * executor is created with the strategy and lives until {@link #close()} (except the default async pool,
 * which is the JVM's). Cancelled tasks still queued in the executor are skipped when dequeued.
 */
final class AllOf extends AbstractFanOut {
    private final ExecutorService executor;

    AllOf(ExecutorKind kind, int limit) {
        this.executor = kind.create(limit);
    }

    @Override
    void launch(FanOutCall<?> call) throws InterruptedException {
        CompletableFuture<?>[] futures = new CompletableFuture<?>[call.size()];
        for (int slot = 0; slot < futures.length; slot++) {
            int index = slot;
            Runnable task = () -> call.runSlot(index);
            futures[slot] = executor == null
                    ? CompletableFuture.runAsync(task)
                    : CompletableFuture.runAsync(task, executor);
        }
        try {
            CompletableFuture.allOf(futures).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a slot wrapper threw; slots record their task's exception", e);
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            OwnedExecutor.shutdownAndAwait(executor);
        }
    }
}
