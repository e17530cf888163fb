package fanout.strategy;

import static fanout.strategy.StrategyCase.N;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FAIL_FAST and an interrupted caller: every other task is cancelled (interrupted), the call waits for the
 * cancelled tasks to end, no exception is lost, and no interrupt leaks into what the strategy runs next.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CancellationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void failFastCancelsEveryOtherTaskAndWaitsForThem(StrategyCase strategy) throws Exception {
        int inFlight = strategy.inFlightWhenSettled(N, 0);
        IllegalStateException boom = new IllegalStateException("boom");
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            // The last task the strategy can start at once fails; the ones already in flight wait for their
            // cancellation. Roles go by start order, so it does not matter which inputs a strategy starts first.
            Probe.Body blocker = probe.blockUntilInterrupted();
            List<Callable<Integer>> tasks =
                    probe.tasksByArrival(N, arrival -> arrival == inFlight ? Probe.throwing(boom) : blocker);
            Caller caller = Caller.start(fanOut, tasks, Policy.failFast(), probe);

            FanOutFailedException failed = caller.thrown(FanOutFailedException.class);
            assertSame(boom, failed.getCause(), "the first failure is the cause");
            assertEquals(List.of(), Arrays.asList(failed.getSuppressed()),
                    "the cancelled tasks' InterruptedExceptions are not reported");
            List<Outcome<?>> outcomes = failed.outcomes();
            assertEquals(N, outcomes.size());
            int failedSlot = -1;
            for (int slot = 0; slot < N; slot++) {
                if (outcomes.get(slot) instanceof Outcome.Failure<?> failure) {
                    assertSame(boom, failure.error());
                    assertEquals(-1, failedSlot, "only one task failed");
                    failedSlot = slot;
                } else {
                    assertInstanceOf(Outcome.Cancelled.class, outcomes.get(slot), "slot " + slot);
                }
            }
            assertTrue(failed.getMessage().contains("task " + failedSlot + " of " + N + " failed"),
                    failed.getMessage());
            assertEquals(1, failed.finished());
            for (int slot : startedSlots(probe)) {
                if (slot != failedSlot) {
                    Outcome.Cancelled<?> cancelled = assertInstanceOf(Outcome.Cancelled.class, outcomes.get(slot));
                    assertInstanceOf(InterruptedException.class, cancelled.cause(), "what cancelled task " + slot
                            + " threw");
                }
            }
            assertTrue(probe.started() >= inFlight, "the failing task started after " + (inFlight - 1) + " others");
            assertEquals(probe.started() - 1, probe.interrupted(), "every other task that started was interrupted");
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
            assertFalse(caller.interruptedAfterReturn(), "the caller's interrupt status is clear");
        }
    }

    /**
     * Three failures: the first is the cause; a task that fails differently when interrupted, and one that
     * ignores its interrupt and fails once the test lets it, are suppressed; the call waits for the latter.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#concurrent")
    void failFastLosesNoExceptionAndWaitsForATaskThatIgnoresItsInterrupt(StrategyCase strategy) throws Exception {
        int inFlight = strategy.inFlightWhenSettled(N, 0);
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second, thrown when interrupted");
        UnsupportedOperationException third = new UnsupportedOperationException("third, after ignoring it");
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Probe.Body blocker = probe.blockUntilInterrupted();
            Probe.Body throwsWhenInterrupted = probe.blockUntilInterruptedThenThrow(second);
            Probe.Body ignoresInterrupt = probe.ignoreInterruptsUntilReleased(third);
            List<Callable<Integer>> tasks = probe.tasksByArrival(N, arrival -> arrival == 1 ? throwsWhenInterrupted
                    : arrival == 2 ? ignoresInterrupt : arrival == inFlight ? Probe.throwing(first) : blocker);
            Caller caller = Caller.start(fanOut, tasks, Policy.failFast(), probe);

            // The failing task started; every other one saw its interrupt; all have ended but the one ignoring it.
            probe.await(p -> p.started() >= inFlight && p.interrupted() == p.started() - 1 && p.live() == 1);
            assertFalse(caller.finished(), "run returned while a cancelled task was still running");
            probe.release();

            FanOutFailedException failed = caller.thrown(FanOutFailedException.class);
            assertSame(first, failed.getCause());
            Set<Throwable> suppressed = Collections.newSetFromMap(new IdentityHashMap<>());
            suppressed.addAll(Arrays.asList(failed.getSuppressed()));
            assertEquals(2, failed.getSuppressed().length, () -> "suppressed: " + suppressed);
            assertTrue(suppressed.contains(second) && suppressed.contains(third), () -> "suppressed: " + suppressed);
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
            assertFalse(caller.interruptedAfterReturn(), "the caller's interrupt status is clear");
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("fanout.strategy.StrategyCase#allWithPolicies")
    void anInterruptedCallerCancelsEveryTaskAndGetsInterruptedException(StrategyCase strategy, FailurePolicy policy)
            throws Exception {
        int inFlight = strategy.inFlightWhenSettled(N, 0);
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Caller caller = Caller.start(fanOut, probe.tasks(N, probe.blockUntilInterrupted()), Policy.of(policy), probe);
            probe.await(p -> p.live() >= inFlight);
            caller.thread().interrupt();

            caller.thrown(InterruptedException.class);
            assertTrue(probe.started() >= inFlight);
            assertEquals(probe.started(), probe.interrupted(), "every task that started saw its interrupt");
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void aCallerInterruptedBeforeRunGetsInterruptedException(StrategyCase strategy) throws Exception {
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Caller caller = Caller.startInterrupted(fanOut, probe.tasks(N, probe.blockUntilInterrupted()),
                    Policy.collect(), probe);

            caller.thrown(InterruptedException.class);
            assertEquals(probe.started(), probe.interrupted(), "every task that started saw its interrupt");
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    /**
     * A caller interrupted before {@code run} gets InterruptedException even when nothing would make it wait: its
     * tasks end at once, or there are none. (A strategy that notices interrupts only while it waits would return
     * outcomes instead.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void aCallerInterruptedBeforeRunGetsInterruptedExceptionThoughNothingWaits(StrategyCase strategy)
            throws Exception {
        for (int n : new int[] {0, 1, N}) {
            try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
                Caller caller = Caller.startInterrupted(fanOut, probe.tasks(n, Probe.returnIndex()), Policy.collect(),
                        probe);

                caller.thrown(InterruptedException.class);
                assertFalse(caller.interruptedAfterReturn(), "the caller's interrupt status is clear, n = " + n);
                Checks.assertCallLeftNothingRunning(strategy, caller, probe);
            }
        }
    }

    /** How a first fan-out is made to cancel its tasks before the second one runs. */
    enum Cancellation { FAIL_FAST, DEADLINE, CALLER_INTERRUPTED }

    static Stream<Arguments> allWithCancellations() {
        return StrategyCase.all().flatMap(strategy -> Stream.of(Cancellation.values())
                .map(cancellation -> Arguments.of(strategy, cancellation)));
    }

    /**
     * After a fan-out cancelled tasks whose code even restored the interrupt it caught, the next fan-out on the
     * same instance (and so, for a pool, on the same threads) sees no interrupt.
     */
    @ParameterizedTest(name = "{0} after {1}")
    @MethodSource("allWithCancellations")
    void theNextFanOutOnTheSameInstanceRunsNormally(StrategyCase strategy, Cancellation cancellation)
            throws Exception {
        int inFlight = strategy.inFlightWhenSettled(N, 0);
        try (FanOut fanOut = strategy.create(); Probe first = new Probe(); Probe second = new Probe()) {
            Probe.Body blocker = first.blockUntilInterruptedRestoring();
            ManualTimer timer = new ManualTimer();
            Caller cancelled = switch (cancellation) {
                case FAIL_FAST -> Caller.start(fanOut, first.tasksByArrival(N, arrival -> arrival == inFlight
                        ? Probe.throwing(new IllegalStateException("boom")) : blocker), Policy.failFast(), first);
                case DEADLINE -> Caller.start(fanOut, first.tasks(N, blocker),
                        Policy.collect().withDeadline(Duration.ofSeconds(1)).withTimer(timer), first);
                case CALLER_INTERRUPTED -> Caller.start(fanOut, first.tasks(N, blocker), Policy.collect(), first);
            };
            first.await(p -> p.started() >= inFlight);
            switch (cancellation) {
                case FAIL_FAST -> { }
                case DEADLINE -> timer.fire();
                case CALLER_INTERRUPTED -> cancelled.thread().interrupt();
            }
            Class<? extends Exception> expected = switch (cancellation) {
                case FAIL_FAST -> FanOutFailedException.class;
                case DEADLINE -> DeadlineExceededException.class;
                case CALLER_INTERRUPTED -> InterruptedException.class;
            };
            cancelled.thrown(expected);
            Checks.assertCallLeftNothingRunning(strategy, cancelled, first);
            assertEquals(first.started() - (cancellation == Cancellation.FAIL_FAST ? 1 : 0), first.interrupted());

            // The next fan-out: every task notes whether its thread is interrupted, and waits until all the
            // strategy can run at once are in flight, so that every thread the strategy has takes part.
            Set<Integer> sawInterrupt = ConcurrentHashMap.newKeySet();
            Probe.Body settle = second.awaitInFlight(ended -> strategy.inFlightWhenSettled(N, ended));
            List<Callable<Integer>> tasks = second.tasks(N, (index, arrival) -> {
                if (Thread.currentThread().isInterrupted()) {
                    sawInterrupt.add(index);
                }
                return settle.run(index, arrival);
            });
            Caller next = Caller.start(fanOut, tasks, Policy.failFast(), second);
            Checks.assertInInputOrder(next.outcomes(), N);
            Checks.assertCallLeftNothingRunning(strategy, next, second);
            assertEquals(Set.of(), sawInterrupt, "tasks that started with their thread interrupted");
            if (strategy.strategy() == Strategy.FIXED_POOL
                    || (strategy.strategy() == Strategy.ALL_OF && strategy.config().executor() == ExecutorKind.FIXED)) {
                assertEquals(first.threads(), second.threads(), "the same k pool threads ran both fan-outs");
            }
        }
    }

    private static Set<Integer> startedSlots(Probe probe) {
        return probe.events().stream().filter(Probe.Event::start).map(Probe.Event::index).collect(Collectors.toSet());
    }
}
