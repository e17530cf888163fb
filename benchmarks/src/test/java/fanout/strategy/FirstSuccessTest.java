package fanout.strategy;

import static fanout.strategy.StrategyCase.N;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Policy.Goal#FIRST_SUCCESS} and {@link FanOut#firstSuccess}: the first task to succeed wins, every other
 * task is cancelled and awaited, a failure does not end the race, and when every task failed the first failure in
 * input order is the cause.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FirstSuccessTest {

    /**
     * Arrival 1 fails; arrivals up to the last the strategy can start at once (at least 2) block until interrupted;
     * that last one wins.
     */
    private static List<Callable<Integer>> race(StrategyCase strategy, Probe probe, AtomicInteger winner) {
        int winning = Math.max(2, strategy.inFlightWhenSettled(N, 0));
        Probe.Body blocker = probe.blockUntilInterrupted();
        return probe.tasksByArrival(N, arrival -> arrival == 1 ? Probe.throwing(new IllegalStateException("lost"))
                : arrival == winning ? (index, a) -> {
                    winner.set(index);
                    return index;
                } : blocker);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void theFirstSuccessWinsAndEveryOtherTaskIsCancelledAndAwaited(StrategyCase strategy) throws Exception {
        AtomicInteger winner = new AtomicInteger(-1);
        int startedAtReturn;
        try (Probe probe = new Probe()) {
            try (FanOut fanOut = strategy.create()) {
                int value = fanOut.firstSuccess(race(strategy, probe, winner), Policy.collect());

                assertEquals(winner.get(), value, "the winner's value");
                assertEquals(0, probe.live(), "no task still running when firstSuccess returned");
                if (strategy.threadsEndWithCall()) {
                    assertEquals(List.of(), Checks.aliveTaskThreads(probe), "threads of the call alive after it");
                }
                assertEquals(probe.started() - 2, probe.interrupted(), "every other started task but the failed one was cancelled");
                startedAtReturn = probe.started();
            } // close() waits for a pool's threads: a task left queued would run by then
            assertEquals(startedAtReturn, probe.started(), "no task started after firstSuccess returned");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void runUntilFirstSuccessReturnsEveryOutcome(StrategyCase strategy) throws Exception {
        AtomicInteger winner = new AtomicInteger(-1);
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Caller caller = Caller.start(fanOut, race(strategy, probe, winner), Policy.collect().untilFirstSuccess(),
                    probe);

            List<Outcome<Integer>> outcomes = caller.outcomes();
            Set<Integer> started = probe.events().stream().filter(Probe.Event::start).map(Probe.Event::index)
                    .collect(Collectors.toSet());
            int failures = 0;
            for (int slot = 0; slot < N; slot++) {
                Outcome<Integer> outcome = outcomes.get(slot);
                if (slot == winner.get()) {
                    assertEquals(new Outcome.Success<>(slot), outcome);
                } else if (outcome instanceof Outcome.Failure<Integer> || lost(outcome)) {
                    failures++; // the lost task's exception: a Cancelled one if it was recorded after the win
                } else {
                    Outcome.Cancelled<?> cancelled = assertInstanceOf(Outcome.Cancelled.class, outcome, "slot " + slot);
                    if (started.contains(slot)) {
                        assertInstanceOf(InterruptedException.class, cancelled.cause(), "slot " + slot);
                    } else if (cancelled.cause() != null) {
                        // not started, but waiting for its turn (SEMAPHORE's permit): that wait is interrupted too
                        assertInstanceOf(InterruptedException.class, cancelled.cause(), "slot " + slot);
                    }
                }
            }
            assertEquals(1, failures, "the task that failed before the win ended with its own exception");
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    private static boolean lost(Outcome<?> outcome) {
        return outcome instanceof Outcome.Cancelled<?> cancelled && cancelled.cause() instanceof IllegalStateException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void whenEveryTaskFailedTheFirstInInputOrderIsTheCause(StrategyCase strategy) throws Exception {
        List<Exception> errors = new ArrayList<>();
        for (int index = 0; index < N; index++) {
            errors.add(new IllegalStateException("task " + index));
        }
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            List<Callable<Integer>> tasks = probe.tasks(N,
                    (index, arrival) -> Probe.throwing(errors.get(index)).run(index, arrival));

            FanOutFailedException failed = assertThrows(FanOutFailedException.class,
                    () -> fanOut.firstSuccess(tasks, Policy.collect()));
            assertEquals("all " + N + " tasks failed", failed.getMessage());
            assertSame(errors.get(0), failed.getCause());
            assertEquals(errors.subList(1, N), Arrays.asList(failed.getSuppressed()));
            assertEquals(N, probe.started(), "a failure does not end the race");
            assertTrue(failed.orphans().isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void anExpiredDeadlineEndsTheRaceBeforeAnySuccess(StrategyCase strategy) throws Exception {
        ManualTimer timer = new ManualTimer();
        int inFlight = strategy.inFlightWhenSettled(N, 0);
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Policy policy = Policy.collect().untilFirstSuccess().withDeadline(Duration.ofSeconds(1)).withTimer(timer);
            Caller caller = Caller.start(fanOut, probe.tasks(N, probe.blockUntilInterrupted()), policy, probe);
            probe.await(p -> p.live() >= inFlight);
            timer.fire();

            assertEquals(0, caller.thrown(DeadlineExceededException.class).finished());
            assertEquals(probe.started(), probe.interrupted());
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }
}
