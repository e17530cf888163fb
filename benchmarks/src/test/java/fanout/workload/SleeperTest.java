package fanout.workload;

import static fanout.workload.FakeTime.early;
import static fanout.workload.FakeTime.interruptedAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sleeper waits exactly to its deadline, in nanoseconds: it asks to park for all that remains (never
 * rounded to a millisecond), parks again when a park returns early, and ends at once, with the interrupt
 * status cleared, when interrupted before or during the wait. Proved on a {@link FakeTime}: no clock is read
 * and nothing sleeps. The real clock and parker are checked by thread state only: their sleeps are an hour
 * long and ended by an interrupt.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SleeperTest {

    /** 2.5 ms: {@code Thread.sleep(2, 500_000)} asks for 3 ms on JDK 17. */
    private static final long LATENCY = 2_500_000;
    private static final long ORIGIN = 1_000_000_000;
    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    @AfterEach
    void noInterruptLeftBehind() {
        Thread.interrupted(); // a failed test must not interrupt the next one on this thread
    }

    @Test
    void sleepsExactlyToTheDeadline() throws InterruptedException {
        FakeTime time = new FakeTime(ORIGIN);
        time.sleeper().sleepNanos(LATENCY);
        assertEquals(List.of(LATENCY), time.parks(), "one park for all of it, not rounded to a millisecond");
        assertEquals(ORIGIN + LATENCY, time.now());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 999_999, 1_000_001, 12_345_678_901L})
    void asksForTheNanosecondsAsGiven(long nanos) throws InterruptedException {
        FakeTime time = new FakeTime(ORIGIN);
        time.sleeper().sleepNanos(nanos);
        assertEquals(List.of(nanos), time.parks());
        assertEquals(ORIGIN + nanos, time.now());
    }

    @Test
    void parksAgainForWhatRemainsWhenAParkReturnsEarly() throws InterruptedException {
        // Woken after 1 ms, then at once (spuriously), then after 0.4 ms: three more parks for what remains.
        FakeTime time = new FakeTime(ORIGIN).then(early(1_000_000), early(0), early(400_000));
        time.sleeper().sleepNanos(LATENCY);
        assertEquals(List.of(2_500_000L, 1_500_000L, 1_500_000L, 1_100_000L), time.parks());
        assertEquals(ORIGIN + LATENCY, time.now(), "it returned exactly at the deadline");
    }

    @Test
    void returnsOnceTheDeadlineHasPassed() throws InterruptedException {
        FakeTime time = new FakeTime(ORIGIN).then(asked -> asked + 50_000); // the park overshoots by 50 µs
        time.sleeper().sleepNanos(LATENCY);
        assertEquals(List.of(LATENCY), time.parks(), "an overshoot is not made up for, and not parked again");
    }

    @Test
    void aClockThatWrapsIsReadByDifferences() throws InterruptedException {
        long origin = Long.MAX_VALUE - 1_000_000; // nanoTime may be anywhere, and wraps 1 ms into this sleep
        FakeTime time = new FakeTime(origin).then(early(1_500_000));
        time.sleeper().sleepNanos(LATENCY);
        assertEquals(List.of(2_500_000L, 1_000_000L), time.parks());
        assertEquals(origin + LATENCY, time.now());
    }

    @Test
    void anInterruptBeforeTheSleepEndsItAtOnce() {
        FakeTime time = new FakeTime(ORIGIN);
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> time.sleeper().sleepNanos(LATENCY));
        assertEquals(List.of(), time.parks(), "never parked");
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt status is cleared, as by Thread.sleep");
    }

    @Test
    void anInterruptDuringTheSleepEndsItAtOnce() {
        // Woken early once, then interrupted 0.2 ms into the second park.
        FakeTime time = new FakeTime(ORIGIN).then(early(1_000_000), interruptedAfter(200_000));
        assertThrows(InterruptedException.class, () -> time.sleeper().sleepNanos(LATENCY));
        assertEquals(List.of(2_500_000L, 1_500_000L), time.parks(), "no park after the interrupt");
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt status is cleared, as by Thread.sleep");
    }

    @Test
    void zeroReturnsAtOnceUnlessInterrupted() throws InterruptedException {
        FakeTime time = new FakeTime(ORIGIN);
        time.sleeper().sleepNanos(0);
        assertEquals(List.of(), time.parks());
        assertEquals(0, time.reads(), "not even the clock is read");

        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> time.sleeper().sleepNanos(0), "as Thread.sleep(0)");
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aNegativeTimeIsRefused() {
        FakeTime time = new FakeTime(ORIGIN);
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> time.sleeper().sleepNanos(-1));
        assertTrue(refused.getMessage().contains("-1"), refused.getMessage());
        assertEquals(List.of(), time.parks());
        assertThrows(NullPointerException.class, () -> new Sleeper(null, time));
        assertThrows(NullPointerException.class, () -> new Sleeper(time, null));
    }

    @Test
    void theSystemSleeperParksAPlatformThreadUntilInterrupted() throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(() -> sleepAnHour(result));
        thread.start();
        awaitTimedWaiting(thread, result);
        thread.interrupt();
        thread.join();
        assertInstanceOf(InterruptedException.class, result.get());
    }

    /**
     * Four times as many virtual threads as carriers all sleep at once: each one left its carrier when it
     * parked (one that held it, spinning or pinned, would keep the later ones from ever starting).
     */
    @Test
    void sleepingVirtualThreadsLeaveTheirCarriers() throws Throwable {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21+");
        MethodHandle startVirtualThread = MethodHandles.publicLookup().findStatic(Thread.class,
                "startVirtualThread", MethodType.methodType(Thread.class, Runnable.class));
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                Runtime.getRuntime().availableProcessors());
        List<Thread> threads = new ArrayList<>();
        List<AtomicReference<Object>> results = new ArrayList<>();
        for (int i = 0; i < 4 * carriers; i++) {
            AtomicReference<Object> result = new AtomicReference<>();
            results.add(result);
            threads.add((Thread) startVirtualThread.invokeExact((Runnable) () -> sleepAnHour(result)));
        }
        for (int i = 0; i < threads.size(); i++) {
            awaitTimedWaiting(threads.get(i), results.get(i));
        }
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            thread.join();
        }
        results.forEach(result -> assertInstanceOf(InterruptedException.class, result.get()));
    }

    /** Sleeps an hour on the real clock; sets what ended it, or a message if the interrupt status was kept. */
    private static void sleepAnHour(AtomicReference<Object> result) {
        try {
            Sleeper.system().sleepNanos(HOUR);
            result.set("returned without an interrupt");
        } catch (InterruptedException e) {
            result.set(Thread.currentThread().isInterrupted() ? "the interrupt status was kept" : e);
        }
    }

    /** Waits until the thread is parked with a time limit: asleep in the sleeper, since it does nothing else. */
    private static void awaitTimedWaiting(Thread thread, AtomicReference<Object> result) {
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(thread.isAlive(), () -> "the sleep ended by itself: " + result.get());
            Thread.onSpinWait();
        }
    }
}
