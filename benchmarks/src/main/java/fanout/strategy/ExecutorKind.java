package fanout.strategy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The executor {@link Strategy#ALL_OF} hands its {@code CompletableFuture}s to. */
public enum ExecutorKind {
    /**
     * No executor argument: {@code CompletableFuture.runAsync(task)}, on the JVM's default async executor.
     * What that is depends on the JDK and the machine: on JDK 17 it is the common {@code ForkJoinPool} when
     * its parallelism is at least 2 and a new platform thread per task otherwise; on JDK 25 it is always the
     * common pool, so on a 2-core machine (common-pool parallelism 1) the tasks run one at a time.
     * {@link #defaultAsyncParallelism()} tells which.
     */
    DEFAULT_ASYNC(false),
    /** {@code Executors.newFixedThreadPool(k)}: k platform threads, a FIFO queue for the rest. */
    FIXED(false),
    /** {@code Executors.newCachedThreadPool()}: a platform thread per concurrent task, reused when idle. */
    CACHED(false),
    /**
     * A new virtual thread per task (JDK 21+): {@code Executors.newVirtualThreadPerTaskExecutor()} for the bare
     * primitive ({@link #create}); ALL_OF itself starts them in a scope of each call's own, which joins them.
     */
    VIRTUAL(true);

    private final boolean needsVirtualThreads;

    ExecutorKind(boolean needsVirtualThreads) {
        this.needsVirtualThreads = needsVirtualThreads;
    }

    public boolean needsVirtualThreads() {
        return needsVirtualThreads;
    }

    /**
     * A new executor of this kind, owned by the caller, or {@code null} for {@link #DEFAULT_ASYNC}.
     *
     * @param limit the pool size of {@link #FIXED}
     */
    public ExecutorService create(int limit) {
        return switch (this) {
            case DEFAULT_ASYNC -> null;
            case FIXED -> Executors.newFixedThreadPool(limit, daemonThreads("fanout-all-of-fixed"));
            case CACHED -> Executors.newCachedThreadPool(daemonThreads("fanout-all-of-cached"));
            case VIRTUAL -> VirtualThreads.newThreadPerTaskExecutor();
        };
    }

    /**
     * How many tasks {@link #DEFAULT_ASYNC} runs at once on this JVM: the common pool's parallelism if
     * {@code CompletableFuture}'s default executor is a {@code ForkJoinPool}, or 0 if it starts a new thread
     * per task (unbounded).
     */
    public static int defaultAsyncParallelism() {
        Executor executor = new CompletableFuture<Void>().defaultExecutor();
        return executor instanceof ForkJoinPool pool ? pool.getParallelism() : 0;
    }

    /** Named daemon platform threads, so that a forgotten pool never keeps a JVM alive. */
    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
