package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * The contract checks, as methods that take any {@link FanOut}: the strategies under test, and the broken
 * look-alike that proves a check can fail.
 */
final class Checks {
    private Checks() {}

    /** Every outcome a success whose value is its slot: the tasks' results came back in input order. */
    static void assertInInputOrder(List<Outcome<Integer>> outcomes, int n) {
        assertEquals(n, outcomes.size(), "one outcome per task");
        for (int slot = 0; slot < n; slot++) {
            Outcome.Success<Integer> success = assertInstanceOf(Outcome.Success.class, outcomes.get(slot),
                    "outcome of task " + slot);
            assertEquals(slot, success.value(), "value in slot " + slot);
        }
    }

    /** The threads the probe's tasks ran on, except the current one, that are still alive now. */
    static List<Thread> aliveTaskThreads(Probe probe) {
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : probe.threads()) {
            if (thread != Thread.currentThread() && thread.isAlive()) {
                alive.add(thread);
            }
        }
        return alive;
    }

    /**
     * What must hold the moment {@code run} returned or threw, whatever happened: no task in flight; no thread
     * created for the call still alive (strategies that create threads); every task on the caller's thread
     * (SEQUENTIAL).
     */
    static void assertCallLeftNothingRunning(StrategyCase strategy, Caller caller, Probe probe)
            throws InterruptedException {
        assertEquals(0, caller.liveAtReturn(), "tasks still running when run returned or threw");
        if (strategy.threadsEndWithCall()) {
            assertEquals(List.of(), caller.threadsAliveAtReturn(), "threads of the call alive after it returned");
        }
        if (strategy.strategy() == Strategy.SEQUENTIAL && probe.started() > 0) {
            assertEquals(Set.of(caller.thread()), probe.threads(), "SEQUENTIAL runs every task on the caller");
        }
    }

    /**
     * Runs {@code n} tasks that each stay in flight until the check lets one end, and lets them end one at a
     * time, each time only once {@code settled(ended)} tasks are in flight (all the strategy may run at once).
     * Asserts that never more than {@code limit} tasks were in flight, and that {@code limit} was reached. Needs
     * {@code settled(0) == limit} for a strategy that is right; a strategy that never reaches it hangs (the
     * test's timeout ends that).
     */
    static void assertRunsAtMostAndReaches(FanOut fanOut, int limit, int n, IntUnaryOperator settled)
            throws InterruptedException {
        try (Probe probe = new Probe()) {
            Caller caller = Caller.start(fanOut, probe.tasks(n, probe.endOnTicket()), Policy.collect(), probe);
            try {
                for (int ended = 0; ended < n; ended++) {
                    int inFlight = settled.applyAsInt(ended);
                    probe.await(p -> p.live() >= inFlight);
                    assertTrue(probe.peak() <= limit,
                            "in flight at once: " + probe.peak() + ", more than the limit " + limit);
                    int endedSoFar = ended;
                    probe.grantTicket();
                    probe.await(p -> p.ended() > endedSoFar);
                }
                assertInInputOrder(caller.outcomes(), n);
                assertEquals(limit, probe.peak(), "most tasks in flight at once");
            } finally {
                probe.close();
                caller.join();
            }
        }
    }

    /**
     * BATCHED: chunk b+1 (inputs [(b+1)k, (b+2)k)) starts only after every task of chunk b has ended, and the
     * tasks of a chunk overlap all k of them.
     */
    static void assertChunksInOrder(List<Probe.Event> events, int k, int n) {
        int chunks = (n + k - 1) / k;
        int[] firstStart = new int[chunks];
        int[] lastEnd = new int[chunks];
        Arrays.fill(firstStart, Integer.MAX_VALUE);
        Arrays.fill(lastEnd, -1);
        Set<Integer> running = new HashSet<>();
        int[] peak = new int[chunks];
        for (Probe.Event event : events) {
            int chunk = event.index() / k;
            if (event.start()) {
                firstStart[chunk] = Math.min(firstStart[chunk], event.seq());
                running.add(event.index());
                peak[chunk] = Math.max(peak[chunk], running.size());
            } else {
                lastEnd[chunk] = Math.max(lastEnd[chunk], event.seq());
                running.remove(event.index());
            }
        }
        for (int chunk = 0; chunk < chunks; chunk++) {
            int size = Math.min(k, n - chunk * k);
            assertEquals(size, peak[chunk], "tasks of chunk " + chunk + " in flight at once");
            if (chunk > 0) {
                assertTrue(firstStart[chunk] > lastEnd[chunk - 1],
                        "chunk " + chunk + " started (event " + firstStart[chunk] + ") before chunk " + (chunk - 1)
                                + " had ended (event " + lastEnd[chunk - 1] + ")");
            }
        }
    }
}
