package fanout.strategy;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * What a fan-out would take if the strategy cost nothing and every task took exactly its latency (SPEC §2), two
 * ways: the strategy's <b>lower bound</b>, a makespan no implementation of the strategy can beat, provably; and its
 * <b>model</b>, what one simple schedule of it predicts. Efficiency is lower bound / measured; the model is shown
 * beside it, never called a bound.
 *
 * <h2>The model</h2>
 * When each task would end under one simple schedule:
 * <ul>
 *   <li>{@link Strategy#SEQUENTIAL}: task i ends at the sum of the latencies up to i.</li>
 *   <li>Unbounded (VIRTUAL_SCOPE, STRUCTURED_SCOPE, ALL_OF on a virtual, cached or thread-per-task executor): task i
 *       ends at its latency.</li>
 *   <li>Bounded to w at once (SEMAPHORE, FIXED_POOL, BOUNDED_SCOPE, ALL_OF on k threads or on a common pool of
 *       parallelism w): list scheduling in input order — each task starts on the worker that frees up first. For a
 *       fixed latency L the makespan is ⌈N/w⌉·L.</li>
 *   <li>{@link Strategy#BATCHED}: a chunk starts when the previous chunk's slowest task has ended.</li>
 * </ul>
 * The bounded model is not a bound: the strategies do not promise to start tasks in input order (SEMAPHORE's
 * virtual threads reach the semaphore in whatever order they are scheduled, a common pool steals work), and list
 * scheduling is not monotone (Graham): another order, or a delay, can end sooner. With latencies {1, 1, 2} and
 * w = 2 the model ends at 3, but starting the 2 first ends at 2.
 *
 * <h2>The lower bound</h2>
 * What every schedule the strategy allows must take, assuming only what the strategy promises: at most w tasks
 * at once; SEQUENTIAL runs tasks one after another in input order; BATCHED starts a chunk of k (in input order)
 * only when the whole previous chunk has ended. A task occupies its place for at least its latency.
 * <ol>
 *   <li><b>Every task ends</b> (COLLECT, or FAIL_FAST without a failing task), the bound B:
 *     <ul>
 *       <li>SEQUENTIAL: Σ latency — one task at a time, each for its latency.</li>
 *       <li>unbounded: max latency — the fan-out waits for its longest task.</li>
 *       <li>bounded at w: max(max latency, Σ latency / w) — the longest task must run, and w places working the
 *           whole time cannot do Σ latency of work in less than Σ / w. (For a fixed latency L this is N·L / w, which
 *           is ⌈N/w⌉·L only where w divides N: exact scheduling is not promised, so the provable form is used.)</li>
 *       <li>BATCHED: Σ over the chunks of the chunk's max latency — a chunk cannot start before the previous one
 *           has ended, and cannot end before its longest task has.</li>
 *     </ul></li>
 *   <li><b>FAIL_FAST with failing tasks</b>: the fan-out ends no earlier than the first failing task ends (then it
 *       cancels the rest, which the bound takes to cost nothing), or than every task ends, whichever is first. A
 *       bound on the first failure, F:
 *     <ul>
 *       <li>SEQUENTIAL: the sum of the latencies up to and including the first failing task in input order — no
 *           failing task can end earlier, since every later one starts after it has ended.</li>
 *       <li>BATCHED: the sum of the chunk maxima of the chunks before the one holding the first failing task, plus
 *           the smallest latency of a failing task of that chunk — the earlier chunks hold no failing task and must
 *           end first; failing tasks of later chunks start later still.</li>
 *       <li>unbounded and bounded: the smallest latency of a failing task — nothing stops an implementation from
 *           starting that task first, so nothing more can be proved. This bound is far below the model where the
 *           failing task comes late in input order (FAIL_LAST): the efficiency then says how far this run's
 *           schedule is from the best one allowed, not from the input-order one.</li>
 *     </ul>
 *     The bound is min(B, F).</li>
 *   <li><b>A deadline</b> D: the fan-out either completes before D, and then takes at least the bound above, or
 *       ends at D or later (it cancels the rest when D expires). The bound is min(D, the bound without it).</li>
 *   <li><b>Hanging tasks</b> have an infinite latency: they end only when cancelled. B is then infinite (so, without
 *       a failure or a deadline, is the bound: such a fan-out never ends); F is infinite only where a hanging task
 *       must end before any failure can (an earlier task for SEQUENTIAL, an earlier chunk for BATCHED).</li>
 * </ol>
 * Each bound is at most the model's makespan: the model is one of the schedules the bound holds for (for
 * SEQUENTIAL and BATCHED the bound is the model).
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

    /**
     * The lower bound of a fan-out (see the class comment for why each case holds): a makespan no implementation of
     * the strategy can beat.
     *
     * @param defaultAsyncParallelism as for {@link #width}
     * @param latencies each task's latency in input order; {@code Double.POSITIVE_INFINITY} for a task that hangs
     * @param fails which tasks fail (after their latency)
     * @param onFailure the failure policy
     * @param deadline the deadline in the latencies' unit, or {@code Double.POSITIVE_INFINITY} for none
     * @return the bound, in the latencies' unit; infinite where nothing ends the fan-out
     */
    public static double lowerBound(Strategy strategy, StrategyConfig config, int defaultAsyncParallelism,
            double[] latencies, boolean[] fails, FailurePolicy onFailure, double deadline) {
        requireSameLength(latencies, fails);
        int width = width(strategy, config, defaultAsyncParallelism);
        double bound = everyTaskEnds(strategy, width, latencies);
        if (onFailure == FailurePolicy.FAIL_FAST) {
            bound = Math.min(bound, firstFailure(strategy, width, latencies, fails));
        }
        return Math.min(bound, deadline);
    }

    /**
     * The model's makespan of a fan-out: {@link #makespan} of the {@link #completionTimes}. Not a bound.
     *
     * @param latencies each task's latency in input order; {@code Double.POSITIVE_INFINITY} for a task that hangs
     * @return the model's makespan, possibly infinite (tasks hang and nothing stops them)
     */
    public static double model(Strategy strategy, StrategyConfig config, int defaultAsyncParallelism,
            double[] latencies, boolean[] fails, FailurePolicy onFailure, double deadline) {
        requireSameLength(latencies, fails);
        return makespan(completionTimes(strategy, config, defaultAsyncParallelism, latencies), fails, onFailure,
                deadline);
    }

    /** B of the class comment: the bound when every task has to end. */
    private static double everyTaskEnds(Strategy strategy, int width, double[] latencies) {
        if (strategy == Strategy.BATCHED) {
            return chunkMaximaBefore(latencies, width, latencies.length);
        }
        double sum = sum(latencies, 0, latencies.length);
        double longest = Arrays.stream(latencies).max().orElse(0);
        if (strategy == Strategy.SEQUENTIAL) {
            return sum;
        }
        return width >= latencies.length ? longest : Math.max(longest, sum / width);
    }

    /** F of the class comment: when the first failing task can end at the earliest; infinite if none fails. */
    private static double firstFailure(Strategy strategy, int width, double[] latencies, boolean[] fails) {
        int first = 0;
        while (first < fails.length && !fails[first]) {
            first++;
        }
        if (first == fails.length) {
            return Double.POSITIVE_INFINITY;
        }
        return switch (strategy) {
            case SEQUENTIAL -> sum(latencies, 0, first + 1);
            case BATCHED -> {
                int chunkStart = first / width * width;
                int chunkEnd = Math.min(latencies.length, chunkStart + width);
                yield chunkMaximaBefore(latencies, width, chunkStart)
                        + shortestFailing(latencies, fails, chunkStart, chunkEnd);
            }
            default -> shortestFailing(latencies, fails, 0, latencies.length);
        };
    }

    /** The sum of the chunk maxima of the chunks of {@code size} that start before {@code end}. */
    private static double chunkMaximaBefore(double[] latencies, int size, int end) {
        double sum = 0;
        for (int start = 0; start < end; start += size) {
            sum += Arrays.stream(latencies, start, Math.min(latencies.length, start + size)).max().orElse(0);
        }
        return sum;
    }

    /**
     * The latencies from {@code from} to {@code to} added in input order, as the model adds them, so that SEQUENTIAL's
     * bound is its model to the last bit ({@code DoubleStream.sum} compensates, and can differ in the last place).
     */
    private static double sum(double[] latencies, int from, int to) {
        double sum = 0;
        for (int task = from; task < to; task++) {
            sum += latencies[task];
        }
        return sum;
    }

    private static double shortestFailing(double[] latencies, boolean[] fails, int from, int to) {
        double shortest = Double.POSITIVE_INFINITY;
        for (int task = from; task < to; task++) {
            if (fails[task]) {
                shortest = Math.min(shortest, latencies[task]);
            }
        }
        return shortest;
    }

    private static void requireSameLength(double[] latencies, boolean[] fails) {
        if (latencies.length != fails.length) {
            throw new IllegalArgumentException(latencies.length + " latencies but " + fails.length + " failure flags");
        }
    }

    /** When each task ends in the model, in input order, from the start of the fan-out (same unit as the latencies). */
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
     * The model's makespan from its completion times: when the last task ends, or — under FAIL_FAST with failing
     * tasks — when the first failing task ends; capped by the deadline, if any.
     *
     * @param completionTimes from {@link #completionTimes}
     * @param fails which tasks fail (after their latency)
     * @param onFailure the failure policy
     * @param deadline the deadline in the same unit, or {@code Double.POSITIVE_INFINITY} for none
     * @return the model's makespan, possibly infinite (tasks hang and nothing stops them)
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
