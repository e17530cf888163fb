package fanout.workload;

import static fanout.workload.FakeTime.early;
import static fanout.workload.FakeTime.interruptedAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The two ways a simulated call can wait besides a plain park: inside {@code synchronized} on a monitor of its own
 * (seen from inside the fake park, through the thread's locked monitors), and uncancellable (an interrupt during the
 * sleep is seen only once the fake clock has passed the latency). Nothing sleeps on a real clock, except a hanging
 * call ended by an interrupt.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SimulatedIoSettingsTest {

    /** 2.5 ms, the latency of every call here. */
    private static final long LATENCY = 2_500_000;
    private static final long ORIGIN = 1_000_000_000;

    @AfterEach
    void noInterruptLeftBehind() {
        Thread.interrupted();
    }

    private static SimulatedIo io(int n) {
        return SimulatedIo.fixed(2.5, n);
    }

    @Test
    void theDefaultsKeepTheOldBehaviour() {
        SimulatedIo io = new SimulatedIo(LatencyDistribution.UNIFORM, 3, 10, 7, Fault.FAIL_RANDOM, 0.25);
        assertEquals(Blocking.PARK, io.blocking());
        assertFalse(io.uncancellable());
        assertEquals(new SimulatedIo(LatencyDistribution.UNIFORM, 3, 10, 7, Fault.FAIL_RANDOM, 0.25, Blocking.PARK,
                false), io);

        SimulatedIo pinned = io.withBlocking(Blocking.PARK_IN_SYNCHRONIZED).withUncancellable(true);
        assertEquals(Blocking.PARK_IN_SYNCHRONIZED, pinned.blocking());
        assertTrue(pinned.uncancellable());
        assertNotEquals(io, pinned);
        assertEquals(io, pinned.withBlocking(Blocking.PARK).withUncancellable(false));
        assertTrue(Arrays.equals(io.latencyMillis(), pinned.latencyMillis())
                && Arrays.equals(io.failures(), pinned.failures()), "the same calls, only waiting differently");
        assertThrows(NullPointerException.class, () -> io.withBlocking(null));
    }

    @Test
    void anUncancellableCallSleepsOnThroughAnInterruptThenThrows() {
        // Woken early once, interrupted 0.5 ms into the second park, woken early again: it parks on to the latency.
        FakeTime time = new FakeTime(ORIGIN).then(early(1_000_000), interruptedAfter(500_000), early(200_000));
        Callable<Integer> call = io(1).withUncancellable(true).calls(time.sleeper()).get(0);
        InterruptedException late = assertThrows(InterruptedException.class, call::call);
        assertEquals(List.of(2_500_000L, 1_500_000L, 1_000_000L, 800_000L), time.parks());
        assertEquals(ORIGIN + LATENCY, time.now(), "it ended when the latency had passed, not at the interrupt");
        assertTrue(late.getMessage().contains("uncancellable"), late.getMessage());
        assertFalse(Thread.currentThread().isInterrupted(), "the status is cleared, as with any InterruptedException");
    }

    @Test
    void aCancellableCallEndsAtTheInterrupt() {
        FakeTime time = new FakeTime(ORIGIN).then(interruptedAfter(1_000_000));
        Callable<Integer> call = io(1).calls(time.sleeper()).get(0);
        assertThrows(InterruptedException.class, call::call);
        assertEquals(List.of(LATENCY), time.parks());
        assertEquals(ORIGIN + 1_000_000, time.now());
    }

    @Test
    void anInterruptPendingOnEntryIsSeenAfterTheWholeLatency() {
        FakeTime time = new FakeTime(ORIGIN);
        Callable<Integer> call = io(1).withUncancellable(true).calls(time.sleeper()).get(0);
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, call::call);
        assertEquals(List.of(LATENCY), time.parks(), "the park was not cut short by the pending interrupt");
        assertEquals(ORIGIN + LATENCY, time.now());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void anUncancellableCallThatIsNotInterruptedBehavesAsBefore() throws Exception {
        FakeTime time = new FakeTime(ORIGIN);
        SimulatedIo io = new SimulatedIo(LatencyDistribution.FIXED, 2.5, 2, 42, Fault.FAIL_LAST, 0)
                .withUncancellable(true);
        List<Callable<Integer>> calls = io.calls(time.sleeper());
        assertEquals(0, calls.get(0).call());
        assertThrows(SimulatedIoException.class, calls.get(1)::call);
        assertEquals(List.of(LATENCY, LATENCY), time.parks());

        FakeTime interrupted = new FakeTime(ORIGIN).then(interruptedAfter(100));
        assertThrows(InterruptedException.class, () -> io.calls(interrupted.sleeper()).get(1).call(),
                "a failing call interrupted: the interrupt is what it reports");
        assertEquals(ORIGIN + LATENCY, interrupted.now());
    }

    @Test
    void anUncancellableHangingCallStillEndsWhenInterrupted() throws Exception {
        SimulatedIo io = new SimulatedIo(LatencyDistribution.FIXED, 0, 2, 42, Fault.HANG_FIRST, 0)
                .withUncancellable(true);
        Object result = Interrupting.interruptOnce(io.calls().get(0), Thread.State.WAITING);
        assertInstanceOf(InterruptedException.class, result);
    }

    /** The monitors this thread holds in the simulated call's frame, read from inside the (fake) park. */
    private static List<MonitorInfo> monitorsHeldByTheCall() {
        MonitorInfo[] locked = ManagementFactory.getThreadMXBean()
                .getThreadInfo(new long[] {Thread.currentThread().getId()}, true, false)[0].getLockedMonitors();
        List<MonitorInfo> held = new ArrayList<>();
        for (MonitorInfo monitor : locked) {
            if (monitor.getLockedStackFrame().getClassName().startsWith(SimulatedIo.class.getName())) {
                held.add(monitor);
            }
        }
        return held;
    }

    @Test
    void parkInSynchronizedSleepsHoldingAMonitorOfItsOwnPerCall() throws Exception {
        List<List<MonitorInfo>> seen = new ArrayList<>();
        FakeTime.Wake look = asked -> {
            seen.add(monitorsHeldByTheCall());
            return asked;
        };
        FakeTime time = new FakeTime(ORIGIN).then(look, look, look);
        List<Callable<Integer>> calls = io(2).withBlocking(Blocking.PARK_IN_SYNCHRONIZED).calls(time.sleeper());
        assertEquals(0, calls.get(0).call());
        assertEquals(1, calls.get(1).call());
        assertEquals(0, calls.get(0).call(), "run again");
        assertEquals(List.of(LATENCY, LATENCY, LATENCY), time.parks());
        assertEquals(1, seen.get(0).size(), "one monitor held while parked: " + seen.get(0));
        assertEquals(Object.class.getName(), seen.get(0).get(0).getClassName());
        assertEquals(1, seen.get(1).size());
        assertNotEquals(seen.get(0).get(0).getIdentityHashCode(), seen.get(1).get(0).getIdentityHashCode(),
                "each call locks a monitor of its own");
        assertEquals(seen.get(0).get(0).getIdentityHashCode(), seen.get(2).get(0).getIdentityHashCode(),
                "the call's own, made with it: nothing shared is written per run");
        assertEquals(List.of(), monitorsHeldByTheCall(), "released after the call");

        FakeTime plain = new FakeTime(ORIGIN).then(asked -> {
            seen.add(monitorsHeldByTheCall());
            return asked;
        });
        io(1).calls(plain.sleeper()).get(0).call();
        assertEquals(List.of(), seen.get(3), "PARK holds no monitor");
    }

    @Test
    void anUncancellableCallInSynchronizedHoldsTheMonitorUntilTheLatencyHasPassed() {
        List<Integer> held = new ArrayList<>();
        FakeTime time = new FakeTime(ORIGIN).then(asked -> {
            held.add(monitorsHeldByTheCall().size());
            Thread.currentThread().interrupt();
            return 1_000_000;
        }, asked -> {
            held.add(monitorsHeldByTheCall().size());
            return asked;
        });
        Callable<Integer> call = io(1).withBlocking(Blocking.PARK_IN_SYNCHRONIZED).withUncancellable(true)
                .calls(time.sleeper()).get(0);
        assertThrows(InterruptedException.class, call::call);
        assertEquals(List.of(1, 1), held);
        assertEquals(ORIGIN + LATENCY, time.now());
    }
}
