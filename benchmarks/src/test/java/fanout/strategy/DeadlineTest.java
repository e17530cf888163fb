package fanout.strategy;

import static fanout.strategy.StrategyCase.N;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import fanout.workload.SimulatedIo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An expired deadline cancels every unfinished task, waits for them, and says how many finished. The deadline
 * is a {@link ManualTimer} fired by the test once the tasks meant to finish have finished: no clock.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DeadlineTest {

    private static final Duration DEADLINE = Duration.ofMillis(1500);

    /** How many tasks finish before the deadline expires. */
    private static final int DONE = 6;

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("fanout.strategy.StrategyCase#allWithPolicies")
    void anExpiredDeadlineCancelsEveryUnfinishedTask(StrategyCase strategy, FailurePolicy policy) throws Exception {
        ManualTimer timer = new ManualTimer();
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            // The first DONE tasks to start return; every later one waits for its cancellation.
            Probe.Body blocker = probe.blockUntilInterrupted();
            List<Callable<Integer>> tasks =
                    probe.tasksByArrival(N, arrival -> arrival <= DONE ? Probe.returnIndex() : blocker);
            Caller caller = Caller.start(fanOut, tasks, Policy.of(policy).withDeadline(DEADLINE).withTimer(timer),
                    probe);
            int blockersInFlight = strategy.inFlightWhenSettled(N, DONE);
            probe.await(p -> p.ended() == DONE && p.live() >= blockersInFlight);
            timer.fire();

            DeadlineExceededException expired = caller.thrown(DeadlineExceededException.class);
            assertEquals(DONE, expired.finished());
            assertTrue(expired.getMessage().contains(DONE + " of " + N + " tasks finished"), expired.getMessage());
            assertEquals(DEADLINE, expired.deadline());
            List<Outcome<?>> outcomes = expired.outcomes();
            assertEquals(N, outcomes.size());
            Set<Integer> started = probe.events().stream().filter(Probe.Event::start).map(Probe.Event::index)
                    .collect(Collectors.toSet());
            int succeeded = 0;
            for (int slot = 0; slot < N; slot++) {
                if (outcomes.get(slot) instanceof Outcome.Success<?> success) {
                    assertEquals(slot, success.value(), "a finished task's value, in its slot");
                    succeeded++;
                } else {
                    Outcome.Cancelled<?> cancelled =
                            assertInstanceOf(Outcome.Cancelled.class, outcomes.get(slot), "slot " + slot);
                    if (started.contains(slot)) {
                        assertInstanceOf(InterruptedException.class, cancelled.cause(), "slot " + slot);
                    }
                }
            }
            assertEquals(DONE, succeeded);
            assertTrue(probe.started() >= DONE + blockersInFlight);
            assertEquals(probe.started() - DONE, probe.interrupted(), "every unfinished task that started was interrupted");
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
            assertFalse(caller.interruptedAfterReturn(), "the caller's interrupt status is clear");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void aHangingSimulatedCallIsCancelledAtTheDeadline(StrategyCase strategy) throws Exception {
        SimulatedIo io = new SimulatedIo(LatencyDistribution.FIXED, 0, N, 1, Fault.HANG_LAST, 0);
        ManualTimer timer = new ManualTimer();
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            List<Callable<Integer>> calls = io.calls();
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int index = 0; index < N; index++) {
                Callable<Integer> call = calls.get(index);
                tasks.add(probe.task(index, (i, arrival) -> call.call()));
            }
            Caller caller = Caller.start(fanOut, tasks, Policy.failFast().withDeadline(DEADLINE).withTimer(timer),
                    probe);
            probe.await(p -> p.ended() == N - 1 && p.live() == 1);
            timer.fire();

            DeadlineExceededException expired = caller.thrown(DeadlineExceededException.class);
            assertEquals(N - 1, expired.finished());
            assertTrue(expired.getMessage().contains((N - 1) + " of " + N + " tasks finished"), expired.getMessage());
            Outcome.Cancelled<?> hung = assertInstanceOf(Outcome.Cancelled.class, expired.outcomes().get(N - 1));
            assertInstanceOf(InterruptedException.class, hung.cause());
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void aDeadlineThatDoesNotExpireIsWithdrawnAndChangesNothing(StrategyCase strategy) throws Exception {
        ManualTimer timer = new ManualTimer();
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Caller caller = Caller.start(fanOut, probe.tasks(N, Probe.returnIndex()),
                    Policy.failFast().withDeadline(DEADLINE).withTimer(timer), probe);

            Checks.assertInInputOrder(caller.outcomes(), N);
            assertEquals(DEADLINE, timer.delay(), "the deadline was scheduled with the policy's duration");
            assertTrue(timer.withdrawn(), "the fan-out withdrew its deadline when it ended");
            timer.fire(); // too late: a no-op
            assertEquals(0, probe.interrupted());
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void aFanOutWithoutDeadlineSchedulesNone(StrategyCase strategy) throws Exception {
        ManualTimer timer = new ManualTimer();
        try (FanOut fanOut = strategy.create()) {
            assertEquals(List.of(Outcome.success(1)), fanOut.run(List.of(() -> 1), Policy.collect().withTimer(timer)));
        }
        assertFalse(timer.scheduled());
    }

    @Test
    void aDeadlineMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Policy.collect().withDeadline(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Policy.failFast().withDeadline(Duration.ofMillis(-1)));
        assertThrows(NullPointerException.class, () -> Policy.collect().withTimer(null));
    }
}
