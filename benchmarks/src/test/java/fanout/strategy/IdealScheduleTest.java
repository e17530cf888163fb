package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The model strategies are measured against: completion times and makespan, worked out by hand. */
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
}
