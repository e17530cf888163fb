package fanout.strategy;

import static fanout.strategy.StrategyCase.N;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link OutcomeListener}: told of each started task's outcome in completion order, on the task's thread, before
 * {@code run} returns; a task cancelled before it started is not reported; a listener that throws fails the call.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OutcomeListenerTest {

    /**
     * How long a negative check gives {@code run} to return when it must not: correct code never returns within it, so
     * the wait costs time but can never fail a correct strategy.
     */
    private static final long GIVE_A_WRONG_RETURN_A_CHANCE_MS = 500;

    /** What the listener heard: index, outcome and thread of each call, in call order. */
    private static final class Heard implements OutcomeListener {
        record Call(int index, Outcome<?> outcome, Thread thread) {}

        private final List<Call> calls = new ArrayList<>();
        private final Probe probe;

        Heard(Probe probe) {
            this.probe = probe;
        }

        @Override
        public void ended(int index, Outcome<?> outcome) {
            synchronized (calls) {
                calls.add(new Call(index, outcome, Thread.currentThread()));
            }
            probe.poke();
        }

        List<Call> calls() {
            synchronized (calls) {
                return List.copyOf(calls);
            }
        }

        int size() {
            synchronized (calls) {
                return calls.size();
            }
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("fanout.strategy.StrategyCase#allWithPolicies")
    void everyOutcomeIsHeardOnceInCompletionOrderOnTheTasksThread(StrategyCase strategy, FailurePolicy policy)
            throws Exception {
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Heard heard = new Heard(probe);
            Map<Integer, Thread> ranOn = new ConcurrentHashMap<>();
            Probe.Body ticket = probe.endOnTicket();
            List<Callable<Integer>> tasks = probe.tasks(N, (index, arrival) -> {
                ranOn.put(index, Thread.currentThread());
                return ticket.run(index, arrival);
            });
            Caller caller = Caller.start(fanOut, tasks, Policy.of(policy).withListener(heard), probe);
            // One task ends at a time, and the next only once the listener has heard of it: the order is forced.
            for (int ended = 0; ended < N; ended++) {
                int inFlight = strategy.inFlightWhenSettled(N, ended);
                int heardSoFar = ended;
                probe.await(p -> p.live() >= inFlight);
                probe.grantTicket();
                probe.await(p -> heard.size() > heardSoFar);
            }

            Checks.assertInInputOrder(caller.outcomes(), N);
            List<Heard.Call> calls = heard.calls();
            assertEquals(probe.endOrder(), calls.stream().map(Heard.Call::index).toList(), "completion order");
            for (Heard.Call call : calls) {
                assertEquals(new Outcome.Success<>(call.index()), call.outcome());
                assertSame(ranOn.get(call.index()), call.thread(), "heard on the thread that ran task " + call.index());
            }
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void runDoesNotReturnBeforeEveryListenerCallHasReturned(StrategyCase strategy) throws Exception {
        CountDownLatch inListener = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            OutcomeListener slow = (index, outcome) -> {
                if (index == N - 1) {
                    inListener.countDown();
                    try {
                        letGo.await();
                    } catch (InterruptedException e) {
                        throw new AssertionError("the listener was interrupted", e);
                    }
                }
            };
            Caller caller = Caller.start(fanOut, probe.tasks(N, Probe.returnIndex()),
                    Policy.collect().withListener(slow), probe);
            try {
                inListener.await();
                probe.await(p -> p.ended() == N);
                // Every task has ended and one listener call is held: a run that does not wait for it returns now.
                // Give it the chance (a bounded join, which correct code always waits out: it cannot return before
                // letGo), then it must still be running.
                caller.thread().join(GIVE_A_WRONG_RETURN_A_CHANCE_MS);
                assertFalse(caller.finished(), "run returned while a listener call was still running");
            } finally {
                letGo.countDown(); // a pool's close() would otherwise wait for the listener forever
            }

            Checks.assertInInputOrder(caller.outcomes(), N);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void tasksCancelledBeforeTheyStartedAreNotHeard(StrategyCase strategy) throws Exception {
        int inFlight = strategy.inFlightWhenSettled(N, 0);
        IllegalStateException boom = new IllegalStateException("boom");
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Heard heard = new Heard(probe);
            Probe.Body blocker = probe.blockUntilInterrupted();
            List<Callable<Integer>> tasks =
                    probe.tasksByArrival(N, arrival -> arrival == inFlight ? Probe.throwing(boom) : blocker);
            Caller caller = Caller.start(fanOut, tasks, Policy.failFast().withListener(heard), probe);

            FanOutFailedException failed = caller.thrown(FanOutFailedException.class);
            Set<Integer> started = probe.events().stream().filter(Probe.Event::start).map(Probe.Event::index)
                    .collect(Collectors.toSet());
            Set<Integer> heardOf = heard.calls().stream().map(Heard.Call::index).collect(Collectors.toSet());
            assertEquals(heard.size(), heardOf.size(), "each task heard of once");
            assertTrue(heardOf.containsAll(started), "every started task was heard of");
            for (Heard.Call call : heard.calls()) {
                assertEquals(failed.outcomes().get(call.index()), call.outcome(), "what the slot holds");
                if (call.outcome() instanceof Outcome.Cancelled<?> cancelled) {
                    assertNotNull(cancelled.cause(), "a task cancelled before it started is not heard of");
                }
            }
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void aListenerThatThrowsFailsTheCallAndCancelsTheRest(StrategyCase strategy) throws Exception {
        IllegalStateException oops = new IllegalStateException("listener bug");
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            List<Callable<Integer>> tasks = firstReturnsTheRestBlock(probe);
            OutcomeListener throwing = (index, outcome) -> {
                throw oops;
            };
            Caller caller = Caller.start(fanOut, tasks, Policy.collect().withListener(throwing), probe);

            FanOutFailedException failed = caller.thrown(FanOutFailedException.class);
            assertSame(oops, failed.getCause());
            assertTrue(failed.getMessage().contains("listener"), failed.getMessage());
            assertEquals(1, failed.finished(), "the task the listener heard of keeps its value");
            assertInstanceOf(Outcome.Success.class,
                    failed.outcomes().get(probe.events().get(0).index()), "the first task's outcome stands");
            assertEquals(probe.started() - 1, probe.interrupted(), "every other started task was cancelled");
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void aListenerThatThrowsOnTheWinnerOfARaceIsNotSwallowed(StrategyCase strategy) throws Exception {
        IllegalStateException oops = new IllegalStateException("listener bug");
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            List<Callable<Integer>> tasks = firstReturnsTheRestBlock(probe);
            OutcomeListener throwing = (index, outcome) -> {
                if (outcome instanceof Outcome.Success<?>) {
                    throw oops;
                }
            };
            FanOutFailedException failed = org.junit.jupiter.api.Assertions.assertThrows(FanOutFailedException.class,
                    () -> fanOut.firstSuccess(tasks, Policy.collect().withListener(throwing)));
            assertSame(oops, failed.getCause());
            assertTrue(failed.getMessage().contains("listener"), failed.getMessage());
        }
    }

    /** The first task to arrive returns its index; every other one blocks until it is interrupted. */
    private static List<Callable<Integer>> firstReturnsTheRestBlock(Probe probe) {
        Probe.Body blocker = probe.blockUntilInterrupted();
        return probe.tasksByArrival(N, arrival -> arrival == 1 ? Probe.returnIndex() : blocker);
    }
}
