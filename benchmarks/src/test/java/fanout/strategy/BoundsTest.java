package fanout.strategy;

import static fanout.strategy.StrategyCase.K;
import static fanout.strategy.StrategyCase.N;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * How many tasks run at once: a bounded strategy never more than k and really k; an unbounded one all of them;
 * BATCHED chunk after chunk. Tasks stay in flight until the check lets them end, so every count is exact.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoundsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void runsAsManyTasksAtOnceAsItsWidthAndNoMore(StrategyCase strategy) throws Exception {
        int limit = Math.min(strategy.width(), N);
        try (FanOut fanOut = strategy.create()) {
            Checks.assertRunsAtMostAndReaches(fanOut, limit, N, ended -> strategy.inFlightWhenSettled(N, ended));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#bounded")
    @DisabledIf(value = "noBoundedStrategyUnderTest", disabledReason = "no strategy under test is bounded by k")
    void boundedStrategiesRunExactlyKAtOnce(StrategyCase strategy) throws Exception {
        assertEquals(K, strategy.width(), "width of a bounded strategy");
        try (FanOut fanOut = strategy.create()) {
            Checks.assertRunsAtMostAndReaches(fanOut, K, N, ended -> strategy.inFlightWhenSettled(N, ended));
        }
    }

    /** Only where the strategies under test are named (STRUCTURED_SCOPE alone); never for the default set. */
    static boolean noBoundedStrategyUnderTest() {
        return !StrategyCase.named().isEmpty() && StrategyCase.bounded().findAny().isEmpty();
    }

    @Test
    @EnabledIf(value = "fanout.strategy.VirtualThreads#available", disabledReason = "BATCHED needs JDK 21+")
    void batchedStartsAChunkOnlyOnceThePreviousOneHasEnded() throws Exception {
        StrategyCase batched = StrategyCase.of(Strategy.BATCHED, ExecutorKind.VIRTUAL);
        int n = 4 * K + 2; // a short last chunk too
        try (FanOut fanOut = batched.create(); Probe probe = new Probe()) {
            // Every task waits until all of its chunk that has not ended is in flight, and later inputs end
            // first: a chunk is only over once its first input has ended.
            List<Callable<Integer>> tasks = probe.tasks(n,
                    probe.endHighestFirst(ended -> batched.inFlightWhenSettled(n, ended)));
            Caller caller = Caller.start(fanOut, tasks, Policy.collect(), probe);
            Checks.assertInInputOrder(caller.outcomes(), n);
            Checks.assertChunksInOrder(probe.events(), K, n);
            Checks.assertCallLeftNothingRunning(batched, caller, probe);
        }
    }

    /** The check above is not vacuous: a SEMAPHORE look-alike that ignores k fails it. */
    @Test
    void theBoundCheckCatchesAStrategyThatIgnoresK() {
        StrategyCase semaphore = StrategyCase.of(Strategy.SEMAPHORE, ExecutorKind.VIRTUAL);
        try (FanOut broken = new IgnoresLimit()) {
            AssertionFailedError caught = assertThrows(AssertionFailedError.class, () -> Checks
                    .assertRunsAtMostAndReaches(broken, K, N, ended -> semaphore.inFlightWhenSettled(N, ended)));
            assertTrue(caught.getMessage().contains("in flight"), caught.getMessage());
        }
    }

    /**
     * A deliberately broken fan-out: like SEMAPHORE(k), but it starts every task at once, on a thread each. Its
     * threads all exist before any calls its task, so that they arrive together rather than at the pace it can
     * create threads (which the check's one-at-a-time releases could otherwise keep up with).
     */
    static final class IgnoresLimit implements FanOut {
        @Override
        public <T> List<Outcome<T>> run(List<? extends Callable<? extends T>> tasks, Policy policy)
                throws InterruptedException {
            @SuppressWarnings("unchecked")
            Outcome<T>[] outcomes = new Outcome[tasks.size()];
            List<Thread> threads = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1); // every thread exists before any task starts: all at once
            for (int slot = 0; slot < tasks.size(); slot++) {
                int index = slot;
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                        outcomes[index] = Outcome.success(tasks.get(index).call());
                    } catch (Throwable e) {
                        outcomes[index] = Outcome.failure(e);
                    }
                });
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
            go.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            return List.of(outcomes);
        }

        @Override
        public void close() {}
    }
}
