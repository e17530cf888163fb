package fanout.jmh;

import fanout.strategy.ExecutorKind;
import fanout.strategy.Strategy;
import fanout.strategy.StrategyConfig;
import fanout.strategy.StructuredScopes;
import fanout.strategy.VirtualThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The bare JDK primitive each strategy wraps, written as most code writes it: no policies, no deadline, no
 * cancellation bookkeeping. {@link StrategyOverheadBenchmark} runs each beside its strategy, so that the
 * difference is what the strategy's contract costs.
 */
final class BarePrimitives implements AutoCloseable {
    private final Strategy strategy;
    private final int limit;
    private final ExecutorService executor; // long-lived: ALL_OF's executor, FIXED_POOL's pool
    private final StructuredScopes.BareFanOut structured; // STRUCTURED_SCOPE's, reached through its door

    BarePrimitives(Strategy strategy, int limit, ExecutorKind executorKind) {
        this.strategy = strategy;
        this.limit = limit;
        this.executor = switch (strategy) {
            case ALL_OF -> executorKind.create(limit);
            case FIXED_POOL -> ExecutorKind.FIXED.create(limit);
            default -> null;
        };
        this.structured = strategy.needsPreview() ? StructuredScopes.bare() : null;
        if (strategy.needsVirtualThreads(new StrategyConfig(limit, executorKind))) {
            VirtualThreads.require("bare " + strategy);
        }
    }

    /** Runs every task with the bare primitive; returns the values in input order. */
    <T> List<T> run(List<? extends Callable<T>> tasks) throws Exception {
        return switch (strategy) {
            case SEQUENTIAL -> sequential(tasks);
            case ALL_OF -> allOf(tasks);
            case VIRTUAL_SCOPE -> virtualThreadPerTask(tasks);
            case SEMAPHORE -> semaphore(tasks);
            case BATCHED -> batched(tasks);
            case FIXED_POOL -> values(executor.invokeAll(tasks));
            case BOUNDED_SCOPE -> boundedLauncher(tasks);
            case STRUCTURED_SCOPE -> structured.run(tasks);
        };
    }

    private static <T> List<T> sequential(List<? extends Callable<T>> tasks) throws Exception {
        List<T> values = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            values.add(task.call());
        }
        return values;
    }

    private <T> List<T> allOf(List<? extends Callable<T>> tasks) {
        List<CompletableFuture<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            Supplier<T> supplier = () -> {
                try {
                    return task.call();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            };
            futures.add(executor == null
                    ? CompletableFuture.supplyAsync(supplier)
                    : CompletableFuture.supplyAsync(supplier, executor));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture<?>[]::new)).join();
        List<T> values = new ArrayList<>(tasks.size());
        for (CompletableFuture<T> future : futures) {
            values.add(future.join());
        }
        return values;
    }

    private static <T> List<T> virtualThreadPerTask(List<? extends Callable<T>> tasks) throws Exception {
        ExecutorService threads = VirtualThreads.newThreadPerTaskExecutor();
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(task));
            }
            return values(futures);
        } finally {
            close(threads);
        }
    }

    private <T> List<T> semaphore(List<? extends Callable<T>> tasks) throws Exception {
        Semaphore permits = new Semaphore(limit, true);
        ExecutorService threads = VirtualThreads.newThreadPerTaskExecutor();
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(() -> {
                    permits.acquire();
                    try {
                        return task.call();
                    } finally {
                        permits.release();
                    }
                }));
            }
            return values(futures);
        } finally {
            close(threads);
        }
    }

    private <T> List<T> batched(List<? extends Callable<T>> tasks) throws Exception {
        ExecutorService threads = VirtualThreads.newThreadPerTaskExecutor();
        try {
            List<T> values = new ArrayList<>(tasks.size());
            for (int start = 0; start < tasks.size(); start += limit) {
                values.addAll(values(threads.invokeAll(tasks.subList(start, Math.min(tasks.size(), start + limit)))));
            }
            return values;
        } finally {
            close(threads);
        }
    }

    private <T> List<T> boundedLauncher(List<? extends Callable<T>> tasks) throws Exception {
        Semaphore permits = new Semaphore(limit);
        ExecutorService threads = VirtualThreads.newThreadPerTaskExecutor();
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                permits.acquire();
                futures.add(threads.submit(() -> {
                    try {
                        return task.call();
                    } finally {
                        permits.release();
                    }
                }));
            }
            return values(futures);
        } finally {
            close(threads);
        }
    }

    private static <T> List<T> values(List<Future<T>> futures) throws InterruptedException, ExecutionException {
        List<T> values = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            values.add(future.get());
        }
        return values;
    }

    private static void close(ExecutorService threads) throws InterruptedException {
        threads.shutdown();
        while (!threads.awaitTermination(1, TimeUnit.DAYS)) {
            // keep waiting: every task must have ended
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
