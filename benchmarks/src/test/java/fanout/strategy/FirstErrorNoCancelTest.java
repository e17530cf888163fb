package fanout.strategy;

import static fanout.strategy.StrategyCase.N;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FailurePolicy#FIRST_ERROR_NO_CANCEL}: the first failure is thrown at once and the other tasks are left
 * running, counted and awaitable as {@link Orphans}; SEQUENTIAL's loop stops at the failure and leaves none. (An
 * interrupted caller and an expired deadline are covered for every policy by CancellationTest and DeadlineTest.)
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FirstErrorNoCancelTest {

    private static final Policy NO_CANCEL = Policy.of(FailurePolicy.FIRST_ERROR_NO_CANCEL);

    /** The strategies that run tasks beside the caller: all but SEQUENTIAL. */
    static Stream<StrategyCase> concurrent() {
        return StrategyCase.all().filter(c -> c.strategy() != Strategy.SEQUENTIAL);
    }

    /** Waits for {@code gate}, interruptibly, then returns its index. */
    private static Probe.Body awaiting(CountDownLatch gate) {
        return (index, arrival) -> {
            gate.await();
            return index;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concurrent")
    void theFirstFailureIsThrownWhileTheOthersRunOnAndCanBeAwaited(StrategyCase strategy) throws Exception {
        int inFlight = strategy.inFlightWhenSettled(N, 0);
        IllegalStateException boom = new IllegalStateException("boom");
        CountDownLatch gate = new CountDownLatch(1);
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            try {
                whileTheGateIsShut(strategy, inFlight, boom, gate, fanOut, probe);
            } finally {
                gate.countDown(); // a failed assertion must not leave tasks blocked on a shared pool (the common one)
            }
        }
    }

    private static void whileTheGateIsShut(StrategyCase strategy, int inFlight, IllegalStateException boom,
            CountDownLatch gate, FanOut fanOut, Probe probe) throws Exception {
        // The last task the strategy can start at once fails; the others wait for the gate.
        List<Callable<Integer>> tasks = probe.tasksByArrival(N,
                arrival -> arrival == inFlight ? Probe.throwing(boom) : awaiting(gate));
        Caller caller = Caller.start(fanOut, tasks, NO_CANCEL, probe);

        FanOutFailedException failed = caller.thrown(FanOutFailedException.class); // the gate is still shut
        assertSame(boom, failed.getCause());
        Orphans orphans = failed.orphans().orElseThrow();
        assertEquals(N - 1, orphans.count(), "every other task was unfinished: running or still to start");
        // Where tasks run one at a time (ALL_OF(DEFAULT_ASYNC) on a common pool of one thread) the next task may
        // not have started yet when the call returns: none is then running, though all N - 1 are orphans.
        assertTrue(caller.liveAtReturn() >= inFlight - 1 && (inFlight == 1 || caller.liveAtReturn() > 0),
                "the tasks in flight were left running: " + caller.liveAtReturn());
        assertFalse(orphans.ended());
        List<Outcome<?>> outcomes = failed.outcomes();
        long failures = outcomes.stream().filter(o -> o instanceof Outcome.Failure<?> f && f.error() == boom).count();
        long notAwaited = outcomes.stream()
                .filter(o -> o instanceof Outcome.Cancelled<?> c && c.cause() == null).count();
        assertEquals(1, failures);
        assertEquals(orphans.count(), notAwaited, "each orphan's slot shows Cancelled(null): not awaited");
        assertTrue(failed.getMessage().contains((N - 1) + " unfinished tasks were left running"),
                failed.getMessage());

        long released = System.nanoTime();
        gate.countDown();
        long lastEnded = orphans.awaitEnd();
        long awaited = System.nanoTime();
        assertTrue(orphans.ended());
        assertTrue(lastEnded - released >= 0 && awaited - lastEnded >= 0, "the last orphan ended after the release");
        assertTrue(lastEnded - orphans.returnedAtNanos() >= 0, "after the call threw");
        assertEquals(lastEnded, orphans.awaitEnd(), "recorded when the last orphan ended, not when awaited");
        assertEquals(N, probe.started(), "the orphans still started and ran");
        assertEquals(N, probe.ended());
        assertEquals(0, probe.interrupted(), "nothing was cancelled");
        if (strategy.threadsEndWithCall()) {
            assertEquals(List.of(), Checks.aliveTaskThreads(probe), "threads of the call alive after awaitEnd");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concurrent")
    void cancelInterruptsTheOrphansAndNoneStartsAfterwards(StrategyCase strategy) throws Exception {
        int inFlight = strategy.inFlightWhenSettled(N, 0);
        IllegalStateException boom = new IllegalStateException("boom");
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Probe.Body blocker = probe.blockUntilInterrupted();
            List<Callable<Integer>> tasks = probe.tasksByArrival(N,
                    arrival -> arrival == inFlight ? Probe.throwing(boom) : blocker);
            Caller caller = Caller.start(fanOut, tasks, NO_CANCEL, probe);

            Orphans orphans = caller.thrown(FanOutFailedException.class).orphans().orElseThrow();
            assertEquals(N - 1, orphans.count());
            probe.await(p -> p.live() >= inFlight - 1); // the strategy has started all it can
            orphans.cancel();
            orphans.awaitEnd();
            assertTrue(orphans.ended());
            assertEquals(0, probe.live());
            assertEquals(probe.started() - 1, probe.interrupted(), "every orphan that started was interrupted");
            if (inFlight < N) {
                assertTrue(probe.started() < N, "the orphans not started when cancelled never started");
            }
            if (strategy.threadsEndWithCall()) {
                assertEquals(List.of(), Checks.aliveTaskThreads(probe), "threads of the call alive after awaitEnd");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void sequentialStopsAtTheFirstFailureAndLeavesNoOrphan(StrategyCase strategy) throws Exception {
        // Among the strategies under test there may be no SEQUENTIAL (the structured module runs one strategy).
        assumeTrue(strategy.strategy() == Strategy.SEQUENTIAL, "SEQUENTIAL only");
        IllegalStateException boom = new IllegalStateException("boom");
        int failing = 3;
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            List<Callable<Integer>> tasks = probe.tasks(N,
                    (index, arrival) -> index == failing ? Probe.throwing(boom).run(index, arrival) : index);
            Caller caller = Caller.start(fanOut, tasks, NO_CANCEL, probe);

            FanOutFailedException failed = caller.thrown(FanOutFailedException.class);
            assertSame(boom, failed.getCause());
            Orphans orphans = failed.orphans().orElseThrow();
            assertEquals(0, orphans.count());
            assertTrue(orphans.ended());
            assertEquals(orphans.returnedAtNanos(), orphans.awaitEnd());
            assertEquals(failing + 1, probe.started(), "the tasks after the failure never started");
            for (int slot = failing + 1; slot < N; slot++) {
                Outcome.Cancelled<?> never = assertInstanceOf(Outcome.Cancelled.class, failed.outcomes().get(slot));
                assertNull(never.cause());
            }
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void withoutAFailureEveryOutcomeComesBack(StrategyCase strategy) throws Exception {
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Caller caller = Caller.start(fanOut, probe.tasks(N, Probe.returnIndex()), NO_CANCEL, probe);

            Checks.assertInInputOrder(caller.outcomes(), N);
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void noOtherPolicyHasOrphans(StrategyCase strategy) throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Caller caller = Caller.start(fanOut, probe.tasks(N, Probe.throwing(boom)), Policy.failFast(), probe);

            assertEquals(Optional.empty(), caller.thrown(FanOutFailedException.class).orphans());
        }
    }
}
