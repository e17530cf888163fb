package fanout.strategy;

import static fanout.strategy.StrategyCase.N;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import fanout.workload.SimulatedIo;
import fanout.workload.SimulatedIoException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One outcome per task, in input order, whatever order the tasks ended in; under COLLECT every exception in its
 * slot and every task run to its end.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OrderAndOutcomesTest {

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("fanout.strategy.StrategyCase#allWithPolicies")
    void outcomesComeBackInInputOrderWhenLaterTasksEndFirst(StrategyCase strategy, FailurePolicy policy)
            throws Exception {
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            // Tasks wait until all the strategy can run at once are in flight, then the highest input ends first.
            List<Callable<Integer>> tasks =
                    probe.tasks(N, probe.endHighestFirst(ended -> strategy.inFlightWhenSettled(N, ended)));
            Caller caller = Caller.start(fanOut, tasks, Policy.of(policy), probe);

            Checks.assertInInputOrder(caller.outcomes(), N);
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
            List<Integer> endOrder = probe.endOrder();
            if (strategy.width() > 1) {
                assertNotEquals(IntStream.range(0, N).boxed().toList(), endOrder,
                        "tasks overlapped, so some later input ended before an earlier one");
            }
            if (strategy.width() >= N) {
                assertEquals(IntStream.range(0, N).map(i -> N - 1 - i).boxed().toList(), endOrder,
                        "all in flight at once: they ended in reverse input order");
            }
            assertEquals(0, probe.interrupted(), "no task was cancelled");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void collectReturnsEveryExceptionInItsSlot(StrategyCase strategy) throws Exception {
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            List<Exception> thrown = new ArrayList<>();
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int index = 0; index < N; index++) {
                Exception error = index % 3 == 1 ? new IllegalStateException("task " + index)
                        : index % 3 == 2 ? new IOException("task " + index) : null;
                thrown.add(error);
                tasks.add(probe.task(index, error == null ? Probe.returnIndex() : Probe.throwing(error)));
            }
            Caller caller = Caller.start(fanOut, tasks, Policy.collect(), probe);

            List<Outcome<Integer>> outcomes = caller.outcomes();
            assertEquals(N, outcomes.size());
            for (int slot = 0; slot < N; slot++) {
                if (thrown.get(slot) == null) {
                    assertEquals(new Outcome.Success<>(slot), outcomes.get(slot), "slot " + slot);
                } else {
                    Outcome.Failure<?> failure =
                            assertInstanceOf(Outcome.Failure.class, outcomes.get(slot), "slot " + slot);
                    assertSame(thrown.get(slot), failure.error(), "the very exception task " + slot + " threw");
                }
            }
            assertEquals(N, probe.started(), "every task ran");
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void collectRunsEveryTaskToItsEndDespiteAFailure(StrategyCase strategy) throws Exception {
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            IllegalStateException boom = new IllegalStateException("first to start fails");
            Probe.Body rest = probe.endHighestFirst(ended -> strategy.inFlightWhenSettled(N, ended));
            List<Callable<Integer>> tasks = probe.tasksByArrival(N, arrival -> arrival == 1 ? Probe.throwing(boom) : rest);
            Caller caller = Caller.start(fanOut, tasks, Policy.collect(), probe);

            List<Outcome<Integer>> outcomes = caller.outcomes();
            int failures = 0;
            for (int slot = 0; slot < N; slot++) {
                if (outcomes.get(slot) instanceof Outcome.Failure<Integer> failure) {
                    assertSame(boom, failure.error());
                    failures++;
                } else {
                    assertEquals(new Outcome.Success<>(slot), outcomes.get(slot), "slot " + slot);
                }
            }
            assertEquals(1, failures);
            assertEquals(N, probe.ended(), "every task ran to its end");
            assertEquals(0, probe.interrupted(), "COLLECT cancels nothing");
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void simulatedCallsComeBackInTheirSlots(StrategyCase strategy) throws Exception {
        // Latency 0: nothing sleeps; FAIL_FIRST: call 0 throws, the others return their index.
        SimulatedIo io = new SimulatedIo(LatencyDistribution.FIXED, 0, N, 7, Fault.FAIL_FIRST, 0);
        try (FanOut fanOut = strategy.create()) {
            List<Outcome<Integer>> outcomes = fanOut.run(io.calls(), Policy.collect());
            assertEquals(N, outcomes.size());
            Outcome.Failure<?> failure = assertInstanceOf(Outcome.Failure.class, outcomes.get(0));
            assertInstanceOf(SimulatedIoException.class, failure.error());
            for (int slot = 1; slot < N; slot++) {
                assertEquals(new Outcome.Success<>(slot), outcomes.get(slot));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void anEmptyFanOutReturnsNoOutcomesAndOneTaskItsOwn(StrategyCase strategy) throws Exception {
        try (FanOut fanOut = strategy.create()) {
            assertEquals(List.of(), fanOut.run(List.<Callable<Integer>>of(), Policy.failFast()));
            assertEquals(List.of(new Outcome.Success<>("only")), fanOut.run(List.of(() -> "only"), Policy.collect()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fanout.strategy.StrategyCase#all")
    void oneInstanceServesManyFanOutsAndSeveralCallersAtOnce(StrategyCase strategy) throws Exception {
        try (FanOut fanOut = strategy.create()) {
            for (int round = 0; round < 3; round++) {
                Checks.assertInInputOrder(fanOut.run(indexTasks(N), Policy.failFast()), N);
            }
            // Two callers at once on the same instance: each gets its own outcomes.
            List<AtomicReference<Object>> results = List.of(new AtomicReference<>(), new AtomicReference<>());
            List<Thread> callers = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                int id = c;
                Thread caller = new Thread(() -> {
                    List<Callable<Integer>> tasks = new ArrayList<>();
                    for (int index = 0; index < N; index++) {
                        int value = id * 1000 + index;
                        tasks.add(() -> value);
                    }
                    try {
                        results.get(id).set(fanOut.run(tasks, Policy.collect()));
                    } catch (Throwable e) {
                        results.get(id).set(e);
                    }
                });
                caller.start();
                callers.add(caller);
            }
            for (int c = 0; c < 2; c++) {
                callers.get(c).join();
                List<Outcome<Integer>> expected = new ArrayList<>();
                for (int index = 0; index < N; index++) {
                    expected.add(new Outcome.Success<>(c * 1000 + index));
                }
                assertEquals(expected, results.get(c).get(), "caller " + c);
            }
        }
    }

    private static List<Callable<Integer>> indexTasks(int n) {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int index = 0; index < n; index++) {
            int value = index;
            tasks.add(() -> value);
        }
        return tasks;
    }
}
