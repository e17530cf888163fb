package fanout.strategy;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The model a strategy is measured against: when each task would end if the strategy cost nothing and
 * every task took exactly its latency (SPEC §2). From it come the ideal makespan and so the efficiency
 * (ideal / measured) of every benchmark record.
 *
 * <ul>
 *   <li>{@link Strategy#SEQUENTIAL}: task i ends at the sum of the latencies up to i.</li>
 *   <li>Unbounded (VIRTUAL_SCOPE, ALL_OF on a virtual, cached or thread-per-task executor): task i ends at
 *       its latency.</li>
 *   <li>Bounded to w at once (SEMAPHORE, FIXED_POOL, BOUNDED_SCOPE, ALL_OF on k threads or on a common pool
 *       of parallelism w): list scheduling in input order — each task starts on the worker that frees up
 *       first. For a fixed latency L the makespan is ⌈N/w⌉·L.</li>
 *   <li>{@link Strategy#BATCHED}: a chunk starts when the previous chunk's slowest task has ended.</li>
 * </ul>
 * A task that hangs has an infinite latency.
 */
public final class IdealSchedule {
    private IdealSchedule() {}

    /**
     * How many tasks the strategy can run at once: {@link Integer#MAX_VALUE} for unbounded.
     *
     * @param defaultAsyncParallelism what {@link ExecutorKind#defaultAsyncParallelism()} said on the measured
     *     JVM: how many tasks {@link ExecutorKind#DEFAULT_ASYNC} runs at once, 0 for a thread per task
     */
    public static int width(Strategy strategy, StrategyConfig config, int defaultAsyncParallelism) {
        return switch (strategy) {
            case SEQUENTIAL -> 1;
            case VIRTUAL_SCOPE, STRUCTURED_SCOPE -> Integer.MAX_VALUE;
            case SEMAPHORE, BATCHED, FIXED_POOL, BOUNDED_SCOPE -> config.limit();
            case ALL_OF -> switch (config.executor()) {
                case FIXED -> config.limit();
                case CACHED, VIRTUAL -> Integer.MAX_VALUE;
                case DEFAULT_ASYNC -> defaultAsyncParallelism > 0 ? defaultAsyncParallelism : Integer.MAX_VALUE;
            };
        };
    }

    /** When each task ends, in input order, from the start of the fan-out (same unit as the latencies). */
    public static double[] completionTimes(Strategy strategy, StrategyConfig config, int defaultAsyncParallelism,
            double[] latencies) {
        int width = width(strategy, config, defaultAsyncParallelism);
        return strategy == Strategy.BATCHED ? batched(latencies, width) : listScheduled(latencies, width);
    }

    private static double[] listScheduled(double[] latencies, int width) {
        double[] ends = new double[latencies.length];
        if (width >= latencies.length) {
            return latencies.clone();
        }
        PriorityQueue<Double> freeAt = new PriorityQueue<>();
        for (int worker = 0; worker < width; worker++) {
            freeAt.add(0.0);
        }
        for (int task = 0; task < latencies.length; task++) {
            double start = freeAt.poll();
            ends[task] = start + latencies[task];
            freeAt.add(ends[task]);
        }
        return ends;
    }

    private static double[] batched(double[] latencies, int size) {
        double[] ends = new double[latencies.length];
        double chunkStart = 0;
        for (int start = 0; start < latencies.length; start += size) {
            int end = Math.min(latencies.length, start + size);
            double chunkEnd = chunkStart;
            for (int task = start; task < end; task++) {
                ends[task] = chunkStart + latencies[task];
                chunkEnd = Math.max(chunkEnd, ends[task]);
            }
            chunkStart = chunkEnd;
        }
        return ends;
    }

    /**
     * The ideal makespan: when the last task ends, or — under FAIL_FAST with failing tasks — when the first
     * failing task ends; capped by the deadline, if any.
     *
     * @param completionTimes from {@link #completionTimes}
     * @param fails which tasks fail (after their latency)
     * @param onFailure the failure policy
     * @param deadline the deadline in the same unit, or {@code Double.POSITIVE_INFINITY} for none
     * @return the ideal, possibly infinite (tasks hang and nothing stops them)
     */
    public static double makespan(double[] completionTimes, boolean[] fails, FailurePolicy onFailure,
            double deadline) {
        double end = Arrays.stream(completionTimes).max().orElse(0);
        if (onFailure == FailurePolicy.FAIL_FAST) {
            for (int task = 0; task < completionTimes.length; task++) {
                if (fails[task]) {
                    end = Math.min(end, completionTimes[task]);
                }
            }
        }
        return Math.min(end, deadline);
    }
}
