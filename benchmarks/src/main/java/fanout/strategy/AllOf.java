package fanout.strategy;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * {@link Strategy#ALL_OF}: {@code CompletableFuture.runAsync} per task, then {@code allOf(...).get()}. The
 * executor is created with the strategy and lives until {@link #close()} (except the default async pool,
 * which is the JVM's, and the virtual-thread one, which is a scope of each call's own: a new virtual thread per task,
 * every one joined before the call returns). Cancelled tasks still queued in the executor are skipped when dequeued.
 * Where the default async executor starts a new thread per task, the call also waits for those threads to end: a
 * future completes before its thread does.
 */
final class AllOf extends AbstractFanOut {
    /** The long-lived executor: FIXED's or CACHED's pool; null for DEFAULT_ASYNC and for VIRTUAL. */
    private final ExecutorService executor;
    /** VIRTUAL: each call's tasks get new virtual threads in a scope of the call's own ({@link CallScope}). */
    private final boolean virtual;
    /** DEFAULT_ASYNC where that starts a new thread per task (JDK 17 with common-pool parallelism below 2). */
    private final boolean defaultThreadPerTask;

    AllOf(ExecutorKind kind, int limit) {
        this.virtual = kind == ExecutorKind.VIRTUAL;
        if (virtual) {
            VirtualThreads.require(Strategy.ALL_OF + " with executor " + kind);
        }
        this.executor = virtual ? null : kind.create(limit);
        this.defaultThreadPerTask = kind == ExecutorKind.DEFAULT_ASYNC && ExecutorKind.defaultAsyncParallelism() == 0;
    }

    /** With virtual threads each slot has a thread of its own, which ends with it. */
    @Override
    FanOutCall.SlotThreads slotThreads() {
        return virtual ? FanOutCall.SlotThreads.OWN : FanOutCall.SlotThreads.SHARED;
    }

    @Override
    void launch(FanOutCall<?> call) {
        if (virtual) {
            try (CallScope scope = VirtualThreads.scope(call.size())) {
                runAsyncAndAwait(call, scope); // close() joins every thread the scope started
            }
        } else {
            runAsyncAndAwait(call, executor);
            if (defaultThreadPerTask) {
                call.joinThreads(); // the futures completed, so the threads of every slot that ran are published
            }
        }
    }

    /** {@code runAsync} per slot on {@code on} (the default async executor if null), then {@code allOf}. */
    private static void runAsyncAndAwait(FanOutCall<?> call, Executor on) {
        CompletableFuture<?>[] futures = new CompletableFuture<?>[call.size()];
        int launched = 0;
        try {
            for (; launched < futures.length; launched++) {
                int index = launched;
                Runnable task = () -> call.runSlot(index);
                futures[launched] = on == null
                        ? CompletableFuture.runAsync(task)
                        : CompletableFuture.runAsync(task, on);
            }
        } catch (RuntimeException | Error e) {
            call.launchFailed(e); // the slots not launched are cancelled; wait for those that were
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(launched == futures.length ? futures
                : Arrays.copyOf(futures, launched));
        try {
            all.get();
        } catch (InterruptedException e) {
            call.callerInterrupted(); // cancel every task first, so that what follows waits for cancelled tasks
            all.join(); // uninterruptible; every slot wrapper has run once it returns
        } catch (ExecutionException e) {
            throw new IllegalStateException("a slot wrapper threw; slots record their task's exception", e);
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            ExecutorShutdown.andAwait(executor);
        }
    }
}
