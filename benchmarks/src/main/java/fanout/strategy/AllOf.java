package fanout.strategy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * {@link Strategy#ALL_OF}: {@code CompletableFuture.runAsync} per task, then {@code allOf(...).get()}. The
 * executor is created with the strategy and lives until {@link #close()} (except the default async pool,
 * which is the JVM's). Cancelled tasks still queued in the executor are skipped when dequeued. Where every
 * task gets a thread of its own (a virtual-thread executor, or the default async executor where that is a
 * new thread per task), the call also waits for those threads to end: a future completes before its thread does.
 */
final class AllOf extends AbstractFanOut {
    private final ExecutorService executor;
    private final boolean threadPerTask;

    AllOf(ExecutorKind kind, int limit) {
        this.executor = kind.create(limit);
        this.threadPerTask = kind == ExecutorKind.VIRTUAL
                || (kind == ExecutorKind.DEFAULT_ASYNC && ExecutorKind.defaultAsyncParallelism() == 0);
    }

    @Override
    void launch(FanOutCall<?> call) {
        CompletableFuture<?>[] futures = new CompletableFuture<?>[call.size()];
        int launched = 0;
        try {
            for (; launched < futures.length; launched++) {
                int index = launched;
                Runnable task = () -> call.runSlot(index);
                futures[launched] = executor == null
                        ? CompletableFuture.runAsync(task)
                        : CompletableFuture.runAsync(task, executor);
            }
        } catch (RuntimeException | Error e) {
            call.launchFailed(e); // the slots not launched are cancelled; wait for those that were
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(launched == futures.length ? futures
                : java.util.Arrays.copyOf(futures, launched));
        try {
            all.get();
        } catch (InterruptedException e) {
            call.callerInterrupted(); // cancel every task first, so that what follows waits for cancelled tasks
            all.join(); // uninterruptible; every slot wrapper has run once it returns
        } catch (ExecutionException e) {
            throw new IllegalStateException("a slot wrapper threw; slots record their task's exception", e);
        }
        if (threadPerTask) {
            call.joinThreads(); // the futures completed, so the threads of every slot that ran are published
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            ExecutorShutdown.andAwait(executor);
        }
    }
}
