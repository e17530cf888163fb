package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model (completion times and makespan) and the lower bound strategies are measured against, worked out by hand;
 * and, over seeded random fan-outs, that the bound is at most the model and at most the makespan of every schedule
 * the strategy allows.
 */
class IdealScheduleTest {

    private static final double[] LATENCIES = {3, 1, 4, 1, 5, 9, 2, 6};

    private static double[] completionTimes(Strategy strategy, ExecutorKind kind, int k, double[] latencies) {
        return IdealSchedule.completionTimes(strategy, new StrategyConfig(k, kind), 1, latencies);
    }

    @Test
    void sequentialEndsEachTaskAtThePrefixSum() {
        assertArrayEquals(new double[] {3, 4, 8, 9, 14, 23, 25, 31},
                completionTimes(Strategy.SEQUENTIAL, ExecutorKind.VIRTUAL, 4, LATENCIES));
    }

    @Test
    void unboundedEndsEachTaskAtItsLatency() {
        double[] ends = completionTimes(Strategy.VIRTUAL_SCOPE, ExecutorKind.VIRTUAL, 2, LATENCIES);
        assertArrayEquals(LATENCIES, ends);
        assertNotSame(LATENCIES, ends, "a copy: the caller's array is not handed back");
        for (ExecutorKind kind : new ExecutorKind[] {ExecutorKind.VIRTUAL, ExecutorKind.CACHED}) {
            assertArrayEquals(LATENCIES, completionTimes(Strategy.ALL_OF, kind, 2, LATENCIES), kind.name());
        }
        // A bounded strategy whose k is at least N is unbounded too.
        assertArrayEquals(LATENCIES, completionTimes(Strategy.SEMAPHORE, ExecutorKind.VIRTUAL, 8, LATENCIES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#bounded")
    void boundedWithAFixedLatencyTakesCeilNOverKTimesIt(StrategyCase strategy) {
        int k = strategy.config().limit();
        for (int n : new int[] {1, k - 1, k, k + 1, 2 * k, 10 * k + 3}) {
            double[] latencies = new double[n];
            Arrays.fill(latencies, 7);
            double[] ends = IdealSchedule.completionTimes(strategy.strategy(), strategy.config(), 1, latencies);
            double makespan = IdealSchedule.makespan(ends, new boolean[n], FailurePolicy.COLLECT,
                    Double.POSITIVE_INFINITY);
            assertEquals(Math.ceil((double) n / k) * 7, makespan, "n = " + n);
        }
    }

    @Test
    void boundedStartsEachTaskOnTheWorkerThatFreesUpFirst() {
        // k = 2, in input order, each on the worker free first: 3 on A [0, 3]; 1 on B [0, 1]; 4 on B [1, 5];
        // 1 on A [3, 4]; 5 on A [4, 9]; 9 on B [5, 14]; 2 on A [9, 11]; 6 on A [11, 17].
        double[] expected = {3, 1, 5, 4, 9, 14, 11, 17};
        for (Strategy strategy : new Strategy[] {Strategy.SEMAPHORE, Strategy.FIXED_POOL, Strategy.BOUNDED_SCOPE}) {
            assertArrayEquals(expected, completionTimes(strategy, ExecutorKind.VIRTUAL, 2, LATENCIES), strategy.name());
        }
        assertArrayEquals(expected, completionTimes(Strategy.ALL_OF, ExecutorKind.FIXED, 2, LATENCIES));
    }

    @Test
    void batchedStartsAChunkWhenThePreviousChunksSlowestTaskEnds() {
        // Chunks of 3: {3, 1, 4} ends at 4; {1, 5, 9} starts at 4, ends at 13; {2, 6} starts at 13.
        double[] ends = completionTimes(Strategy.BATCHED, ExecutorKind.VIRTUAL, 3, LATENCIES);
        assertArrayEquals(new double[] {3, 1, 4, 5, 9, 13, 15, 19}, ends);
        assertEquals(4 + 9 + 6, IdealSchedule.makespan(ends, new boolean[8], FailurePolicy.COLLECT,
                Double.POSITIVE_INFINITY), "the sum of the chunk maxima");
    }

    @Test
    void failFastEndsWhenTheFirstFailingTaskEnds() {
        double[] ends = completionTimes(Strategy.VIRTUAL_SCOPE, ExecutorKind.VIRTUAL, 2, LATENCIES);
        boolean[] fails = new boolean[8];
        fails[5] = true; // ends at 9
        fails[7] = true; // ends at 6: the first failure in time, not in input order
        assertEquals(6, IdealSchedule.makespan(ends, fails, FailurePolicy.FAIL_FAST, Double.POSITIVE_INFINITY));
        assertEquals(9, IdealSchedule.makespan(ends, fails, FailurePolicy.COLLECT, Double.POSITIVE_INFINITY),
                "COLLECT waits for every task");
        assertEquals(9, IdealSchedule.makespan(ends, new boolean[8], FailurePolicy.FAIL_FAST,
                Double.POSITIVE_INFINITY), "FAIL_FAST with no failure waits for every task");
    }

    @Test
    void theDeadlineCapsTheMakespan() {
        double[] ends = completionTimes(Strategy.SEQUENTIAL, ExecutorKind.VIRTUAL, 2, LATENCIES);
        assertEquals(10, IdealSchedule.makespan(ends, new boolean[8], FailurePolicy.COLLECT, 10));
        assertEquals(31, IdealSchedule.makespan(ends, new boolean[8], FailurePolicy.COLLECT, 100));
        boolean[] fails = new boolean[8];
        fails[0] = true;
        assertEquals(3, IdealSchedule.makespan(ends, fails, FailurePolicy.FAIL_FAST, 10), "failure before deadline");
    }

    @Test
    void aHangingTaskMakesTheMakespanInfiniteUnlessSomethingStopsIt() {
        double[] latencies = {1, Double.POSITIVE_INFINITY, 2};
        double[] ends = completionTimes(Strategy.VIRTUAL_SCOPE, ExecutorKind.VIRTUAL, 2, latencies);
        boolean[] none = new boolean[3];
        assertEquals(Double.POSITIVE_INFINITY,
                IdealSchedule.makespan(ends, none, FailurePolicy.COLLECT, Double.POSITIVE_INFINITY));
        assertEquals(50, IdealSchedule.makespan(ends, none, FailurePolicy.COLLECT, 50));
        boolean[] lastFails = {false, false, true};
        assertEquals(2, IdealSchedule.makespan(ends, lastFails, FailurePolicy.FAIL_FAST, Double.POSITIVE_INFINITY));
    }

    @Test
    void anEmptyFanOutTakesNoTime() {
        double[] ends = completionTimes(Strategy.SEMAPHORE, ExecutorKind.VIRTUAL, 2, new double[0]);
        assertEquals(0, ends.length);
        assertEquals(0, IdealSchedule.makespan(ends, new boolean[0], FailurePolicy.FAIL_FAST, 5));
    }

    @Test
    void widthIsHowManyTasksRunAtOnce() {
        StrategyConfig k4 = new StrategyConfig(4, ExecutorKind.VIRTUAL);
        assertEquals(1, IdealSchedule.width(Strategy.SEQUENTIAL, k4, 8));
        assertEquals(Integer.MAX_VALUE, IdealSchedule.width(Strategy.VIRTUAL_SCOPE, k4, 8));
        for (Strategy strategy : new Strategy[] {Strategy.SEMAPHORE, Strategy.BATCHED, Strategy.FIXED_POOL,
                Strategy.BOUNDED_SCOPE}) {
            assertEquals(4, IdealSchedule.width(strategy, k4, 8), strategy.name());
        }
        assertEquals(4, IdealSchedule.width(Strategy.ALL_OF, k4.withExecutor(ExecutorKind.FIXED), 8));
        assertEquals(Integer.MAX_VALUE, IdealSchedule.width(Strategy.ALL_OF, k4.withExecutor(ExecutorKind.CACHED), 8));
        assertEquals(Integer.MAX_VALUE, IdealSchedule.width(Strategy.ALL_OF, k4, 8));
        StrategyConfig defaultAsync = k4.withExecutor(ExecutorKind.DEFAULT_ASYNC);
        assertEquals(7, IdealSchedule.width(Strategy.ALL_OF, defaultAsync, 7), "the default pool's parallelism");
        assertEquals(1, IdealSchedule.width(Strategy.ALL_OF, defaultAsync, 1), "JDK 25, 2 cores: one at a time");
        assertEquals(Integer.MAX_VALUE, IdealSchedule.width(Strategy.ALL_OF, defaultAsync, 0), "a thread per task");
        // BoundsTest checks on this JVM that the width from ExecutorKind.defaultAsyncParallelism() is what runs.
    }

    private static final double NONE = Double.POSITIVE_INFINITY;

    private static double lowerBound(Strategy strategy, ExecutorKind kind, int k, double[] latencies, boolean[] fails,
            FailurePolicy policy, double deadline) {
        return IdealSchedule.lowerBound(strategy, new StrategyConfig(k, kind), 1, latencies, fails, policy, deadline);
    }

    private static double model(Strategy strategy, ExecutorKind kind, int k, double[] latencies, boolean[] fails,
            FailurePolicy policy, double deadline) {
        return IdealSchedule.model(strategy, new StrategyConfig(k, kind), 1, latencies, fails, policy, deadline);
    }

    private static double collect(Strategy strategy, ExecutorKind kind, int k, double[] latencies) {
        return lowerBound(strategy, kind, k, latencies, new boolean[latencies.length], FailurePolicy.COLLECT, NONE);
    }

    @Test
    void lowerBoundWhenEveryTaskEnds() {
        // Σ = 31, max = 9
        assertEquals(31, collect(Strategy.SEQUENTIAL, ExecutorKind.VIRTUAL, 2, LATENCIES), "Σ latency");
        assertEquals(9, collect(Strategy.VIRTUAL_SCOPE, ExecutorKind.VIRTUAL, 2, LATENCIES), "max latency");
        assertEquals(9, collect(Strategy.ALL_OF, ExecutorKind.CACHED, 2, LATENCIES), "max latency");
        for (Strategy strategy : new Strategy[] {Strategy.SEMAPHORE, Strategy.FIXED_POOL, Strategy.BOUNDED_SCOPE}) {
            assertEquals(31 / 2.0, collect(strategy, ExecutorKind.VIRTUAL, 2, LATENCIES), strategy + ": Σ / k");
            assertEquals(9, collect(strategy, ExecutorKind.VIRTUAL, 4, LATENCIES), strategy + ": max, above Σ / k");
        }
        assertEquals(31 / 2.0, collect(Strategy.ALL_OF, ExecutorKind.FIXED, 2, LATENCIES), "ALL_OF on k threads");
        assertEquals(31, collect(Strategy.ALL_OF, ExecutorKind.DEFAULT_ASYNC, 2, LATENCIES),
                "a common pool of parallelism 1: Σ / 1");
        // Chunks of 3: {3, 1, 4} {1, 5, 9} {2, 6}: 4 + 9 + 6
        assertEquals(19, collect(Strategy.BATCHED, ExecutorKind.VIRTUAL, 3, LATENCIES), "Σ of the chunk maxima");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#bounded")
    void boundedWithAFixedLatencyIsBoundedByNOverKLatencies(StrategyCase strategy) {
        int k = strategy.config().limit();
        for (int n : new int[] {1, k - 1, k, k + 1, 2 * k, 10 * k + 3}) {
            double[] latencies = new double[n];
            Arrays.fill(latencies, 7);
            double bound = IdealSchedule.lowerBound(strategy.strategy(), strategy.config(), 1, latencies,
                    new boolean[n], FailurePolicy.COLLECT, NONE);
            double expected = strategy.strategy() == Strategy.BATCHED ? Math.ceil((double) n / k) * 7
                    : Math.max(7, n * 7.0 / k);
            assertEquals(expected, bound, "n = " + n + ": max(L, N·L / k), ⌈N/k⌉·L only for chunks");
            if (n % k == 0) {
                assertEquals(Math.ceil((double) n / k) * 7, bound, "n = " + n + ": exact where k divides N");
            }
        }
    }

    @Test
    void theModelIsNotABound() {
        // k = 2, latencies {1, 1, 2}: in input order the 2 waits for a worker, ending at 3; started first it ends at 2
        // beside the two 1s, one after the other on the other worker. The bound, max(2, 4 / 2), is that 2.
        double[] latencies = {1, 1, 2};
        boolean[] none = new boolean[3];
        assertEquals(3, model(Strategy.SEMAPHORE, ExecutorKind.VIRTUAL, 2, latencies, none, FailurePolicy.COLLECT,
                NONE));
        assertEquals(2, lowerBound(Strategy.SEMAPHORE, ExecutorKind.VIRTUAL, 2, latencies, none,
                FailurePolicy.COLLECT, NONE));
        assertEquals(2, makespan(schedule(latencies, new int[] {2, 0, 1}, new double[3], 2)), "a schedule ending at 2");
    }

    @Test
    void failFastIsBoundedByTheFirstFailureThatCanEnd() {
        boolean[] fails = new boolean[8];
        fails[7] = true; // latency 6, last in input order
        FailurePolicy failFast = FailurePolicy.FAIL_FAST;
        assertEquals(31, lowerBound(Strategy.SEQUENTIAL, ExecutorKind.VIRTUAL, 2, LATENCIES, fails, failFast, NONE),
                "SEQUENTIAL: every task before it first");
        assertEquals(6, lowerBound(Strategy.VIRTUAL_SCOPE, ExecutorKind.VIRTUAL, 2, LATENCIES, fails, failFast, NONE));
        assertEquals(6, lowerBound(Strategy.SEMAPHORE, ExecutorKind.VIRTUAL, 2, LATENCIES, fails, failFast, NONE),
                "bounded: nothing keeps the failing task from starting first");
        assertEquals(17, model(Strategy.SEMAPHORE, ExecutorKind.VIRTUAL, 2, LATENCIES, fails, failFast, NONE),
                "the model starts it last");
        assertEquals(4 + 9 + 6, lowerBound(Strategy.BATCHED, ExecutorKind.VIRTUAL, 3, LATENCIES, fails, failFast,
                NONE), "BATCHED: its chunk starts when the two before have ended");

        boolean[] twoFail = new boolean[8];
        twoFail[1] = true; // latency 1
        twoFail[5] = true; // latency 9
        assertEquals(3 + 1, lowerBound(Strategy.SEQUENTIAL, ExecutorKind.VIRTUAL, 2, LATENCIES, twoFail, failFast,
                NONE), "the first failing task in input order");
        assertEquals(1, lowerBound(Strategy.FIXED_POOL, ExecutorKind.VIRTUAL, 2, LATENCIES, twoFail, failFast, NONE),
                "the shortest failing task");
        assertEquals(1, lowerBound(Strategy.BATCHED, ExecutorKind.VIRTUAL, 3, LATENCIES, twoFail, failFast, NONE),
                "in the first chunk");
        assertEquals(31 / 2.0, lowerBound(Strategy.SEMAPHORE, ExecutorKind.VIRTUAL, 2, LATENCIES, twoFail,
                FailurePolicy.COLLECT, NONE), "COLLECT waits for every task");
        assertEquals(31 / 2.0, lowerBound(Strategy.SEMAPHORE, ExecutorKind.VIRTUAL, 2, LATENCIES, new boolean[8],
                failFast, NONE), "FAIL_FAST without a failure waits for every task");
    }

    @Test
    void theDeadlineCapsTheBound() {
        boolean[] none = new boolean[8];
        assertEquals(10, lowerBound(Strategy.SEQUENTIAL, ExecutorKind.VIRTUAL, 2, LATENCIES, none,
                FailurePolicy.COLLECT, 10));
        assertEquals(31, lowerBound(Strategy.SEQUENTIAL, ExecutorKind.VIRTUAL, 2, LATENCIES, none,
                FailurePolicy.COLLECT, 100));
        boolean[] firstFails = new boolean[8];
        firstFails[0] = true;
        assertEquals(3, lowerBound(Strategy.SEQUENTIAL, ExecutorKind.VIRTUAL, 2, LATENCIES, firstFails,
                FailurePolicy.FAIL_FAST, 10), "a failure before the deadline");
    }

    @Test
    void aHangingTaskBoundsNothingUnlessAFailureOrTheDeadlineEndsTheFanOut() {
        double[] latencies = {1, Double.POSITIVE_INFINITY, 2};
        boolean[] none = new boolean[3];
        boolean[] lastFails = {false, false, true};
        for (Strategy strategy : new Strategy[] {Strategy.VIRTUAL_SCOPE, Strategy.SEMAPHORE, Strategy.FIXED_POOL}) {
            assertEquals(NONE, lowerBound(strategy, ExecutorKind.VIRTUAL, 2, latencies, none, FailurePolicy.COLLECT,
                    NONE), strategy.name());
            assertEquals(50, lowerBound(strategy, ExecutorKind.VIRTUAL, 2, latencies, none, FailurePolicy.COLLECT,
                    50), strategy.name());
            assertEquals(2, lowerBound(strategy, ExecutorKind.VIRTUAL, 2, latencies, lastFails,
                    FailurePolicy.FAIL_FAST, NONE), strategy.name() + ": the failure cancels the hanging task");
        }
        assertEquals(NONE, lowerBound(Strategy.SEQUENTIAL, ExecutorKind.VIRTUAL, 2, latencies, lastFails,
                FailurePolicy.FAIL_FAST, NONE), "SEQUENTIAL never reaches the failing task");
        assertEquals(NONE, lowerBound(Strategy.BATCHED, ExecutorKind.VIRTUAL, 2, latencies, lastFails,
                FailurePolicy.FAIL_FAST, NONE), "BATCHED never reaches its chunk");
        assertEquals(2, lowerBound(Strategy.BATCHED, ExecutorKind.VIRTUAL, 3, latencies, lastFails,
                FailurePolicy.FAIL_FAST, NONE), "one chunk: the failure ends it");
        assertEquals(40, lowerBound(Strategy.SEQUENTIAL, ExecutorKind.VIRTUAL, 2, latencies, lastFails,
                FailurePolicy.FAIL_FAST, 40), "the deadline ends it");
    }

    @Test
    void anEmptyFanOutIsBoundedByNothing() {
        assertEquals(0, lowerBound(Strategy.SEMAPHORE, ExecutorKind.VIRTUAL, 2, new double[0], new boolean[0],
                FailurePolicy.FAIL_FAST, 5));
        assertEquals(0, lowerBound(Strategy.BATCHED, ExecutorKind.VIRTUAL, 2, new double[0], new boolean[0],
                FailurePolicy.COLLECT, NONE));
    }

    /**
     * Over seeded random fan-outs (latencies of several spreads, some zero, some hanging; random failures, both
     * policies, with and without a deadline), for every strategy and executor at several k and common-pool
     * parallelisms: the lower bound is at most the model, and at most the makespan of random schedules the strategy
     * allows (any start order where it promises none, random delays before each start).
     */
    @Test
    void theLowerBoundIsAtMostTheModelAndEverySchedule() {
        SplittableRandom random = new SplittableRandom(20261129);
        int checked = 0;
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + random.nextInt(40);
            double[] latencies = latencies(random, n);
            boolean[] fails = new boolean[n];
            double failureRate = random.nextInt(3) * 0.1;
            for (int i = 0; i < n; i++) {
                fails[i] = random.nextDouble() < failureRate;
            }
            double deadline = random.nextBoolean() ? NONE : random.nextDouble(0, 100);
            for (FailurePolicy policy : FailurePolicy.values()) {
                for (StrategyConfig config : configs(random)) {
                    for (Strategy strategy : Strategy.values()) {
                        int parallelism = random.nextInt(4);
                        String what = "trial " + trial + ": " + strategy.label(config) + ", " + policy
                                + ", parallelism " + parallelism + ", deadline " + deadline + ", latencies "
                                + Arrays.toString(latencies) + ", fails " + Arrays.toString(fails);
                        double bound = IdealSchedule.lowerBound(strategy, config, parallelism, latencies, fails,
                                policy, deadline);
                        double model = IdealSchedule.model(strategy, config, parallelism, latencies, fails, policy,
                                deadline);
                        assertTrue(atMost(bound, model), what + ": bound " + bound + " above the model " + model);
                        int width = IdealSchedule.width(strategy, config, parallelism);
                        for (int schedule = 0; schedule < 5; schedule++) {
                            double makespan = Math.min(deadline,
                                    outcome(randomSchedule(random, strategy, width, latencies), fails, policy));
                            assertTrue(atMost(bound, makespan), what + ": bound " + bound + " above a schedule's "
                                    + makespan);
                        }
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
    }

    /** {@code a ≤ b}, up to the rounding of summing a few dozen latencies in another order. */
    private static boolean atMost(double a, double b) {
        return a <= b || a - b <= 1e-12 * Math.abs(b);
    }

    /** n latencies of one random spread: fixed, uniform, exponential or heavy-tailed; some zero, some hanging. */
    private static double[] latencies(SplittableRandom random, int n) {
        int spread = random.nextInt(4);
        double[] latencies = new double[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            latencies[i] = switch (spread) {
                case 0 -> 10;
                case 1 -> random.nextDouble(0, 20);
                case 2 -> -10 * Math.log(1 - u);
                default -> 10 / Math.pow(1 - u, 1 / 1.5); // Pareto: stragglers
            };
            double odd = random.nextDouble();
            if (odd < 0.05) {
                latencies[i] = 0;
            } else if (odd < 0.08) {
                latencies[i] = Double.POSITIVE_INFINITY; // hangs until cancelled
            }
        }
        return latencies;
    }

    private static List<StrategyConfig> configs(SplittableRandom random) {
        List<StrategyConfig> configs = new ArrayList<>();
        for (ExecutorKind kind : ExecutorKind.values()) {
            configs.add(new StrategyConfig(1 + random.nextInt(8), kind));
        }
        return configs;
    }

    /**
     * When each task ends in one random schedule the strategy allows: SEQUENTIAL one after another in input order,
     * BATCHED chunk after chunk, the others on {@code width} workers in a random order; each task starts after a
     * random delay.
     */
    private static double[] randomSchedule(SplittableRandom random, Strategy strategy, int width,
            double[] latencies) {
        int n = latencies.length;
        double[] delays = new double[n];
        for (int i = 0; i < n; i++) {
            delays[i] = random.nextBoolean() ? 0 : random.nextDouble(0, 3);
        }
        if (strategy == Strategy.BATCHED) {
            double[] ends = new double[n];
            double chunkStart = 0;
            for (int start = 0; start < n; start += width) {
                double chunkEnd = chunkStart;
                for (int task = start; task < Math.min(n, start + width); task++) {
                    ends[task] = chunkStart + delays[task] + latencies[task];
                    chunkEnd = Math.max(chunkEnd, ends[task]);
                }
                chunkStart = chunkEnd + random.nextDouble(0, 1);
            }
            return ends;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (strategy != Strategy.SEQUENTIAL) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
        return schedule(latencies, order, delays, strategy == Strategy.SEQUENTIAL ? 1 : width);
    }

    /** When each task ends if started in {@code order}, each on the worker free first, after its delay. */
    private static double[] schedule(double[] latencies, int[] order, double[] delays, int width) {
        double[] ends = new double[latencies.length];
        java.util.PriorityQueue<Double> freeAt = new java.util.PriorityQueue<>();
        for (int worker = 0; worker < Math.min(width, latencies.length); worker++) {
            freeAt.add(0.0);
        }
        for (int task : order) {
            double start = freeAt.poll() + delays[task];
            ends[task] = start + latencies[task];
            freeAt.add(ends[task]);
        }
        return ends;
    }

    private static double makespan(double[] ends) {
        return Arrays.stream(ends).max().orElse(0);
    }

    /** When a fan-out with these completion times returns: its first failure under FAIL_FAST, else its last task. */
    private static double outcome(double[] ends, boolean[] fails, FailurePolicy policy) {
        double end = makespan(ends);
        if (policy == FailurePolicy.FAIL_FAST) {
            for (int task = 0; task < ends.length; task++) {
                if (fails[task]) {
                    end = Math.min(end, ends[task]);
                }
            }
        }
        return end;
    }
}
