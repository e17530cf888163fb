package fanout.strategy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The executor {@link Strategy#ALL_OF} hands its {@code CompletableFuture}s to. */
public enum ExecutorKind {
    /**
     * No executor argument: {@code CompletableFuture.supplyAsync(task)}. That is the common
     * {@code ForkJoinPool} when its parallelism is at least 2, and a new platform thread per task otherwise
     * (on a 2-core machine the common pool has parallelism 1, so every task gets its own thread).
     */
    DEFAULT_ASYNC(false),
    /** {@code Executors.newFixedThreadPool(k)}: k platform threads, a FIFO queue for the rest. */
    FIXED(false),
    /** {@code Executors.newCachedThreadPool()}: a platform thread per concurrent task, reused when idle. */
    CACHED(false),
    /** {@code Executors.newVirtualThreadPerTaskExecutor()}: a virtual thread per task (JDK 21+). */
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
