package fanout.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A shielded section runs to its end whatever happens to its caller: an interrupt arriving while the section is
 * blocked (on a latch the test holds) does not reach the section, the caller does not return until the test releases
 * the latch, and then throws {@link ShieldedInterruptedException} with the wait measured on a fake clock. Without an
 * interrupt the section's value or exception comes back as it is. Proved with latches and thread states, no sleeps.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShieldTest {

    private static final ThreadFactory PLATFORM = Thread::new;

    @AfterEach
    void noInterruptLeftBehind() {
        Thread.interrupted();
    }

    @Test
    void theSectionsValueIsReturnedFromAnotherThread() throws Exception {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        assertEquals(42, Shield.call(() -> {
            ranOn.set(Thread.currentThread());
            return 42;
        }));
        assertNotSame(Thread.currentThread(), ranOn.get());
        assertEquals("ok", Shield.call(() -> "ok", PLATFORM));
    }

    @Test
    void theSectionsExceptionIsThrownAsItIs() {
        IOException failure = new IOException("write failed");
        assertSame(failure, assertThrows(IOException.class, () -> Shield.call(() -> {
            throw failure;
        }, PLATFORM)));
        AssertionError error = new AssertionError("bug");
        assertSame(error, assertThrows(AssertionError.class, () -> Shield.call(() -> {
            throw error;
        }, PLATFORM)));
        InterruptedException own = new InterruptedException("the section's own");
        assertSame(own, assertThrows(InterruptedException.class, () -> Shield.call(() -> {
            throw own;
        }, PLATFORM)), "the section's InterruptedException is its result, not a shielded cancellation");
    }

    @Test
    void anInterruptWaitsForTheSectionWhichIsNotInterrupted() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        AtomicReference<Object> sectionSaw = new AtomicReference<>();
        Callable<String> section = () -> {
            entered.countDown();
            try {
                release.await();
                sectionSaw.set(Thread.currentThread().isInterrupted() ? "interrupt status set" : "no interrupt");
            } catch (InterruptedException e) {
                sectionSaw.set(e);
            }
            finished.incrementAndGet();
            return "written";
        };
        AtomicLong clock = new AtomicLong(1_000);
        AtomicReference<Object> outcome = new AtomicReference<>();
        AtomicReference<Boolean> statusAfter = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                outcome.set(Shield.call(section, PLATFORM, clock::get));
            } catch (Exception e) {
                outcome.set(e);
            }
            statusAfter.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        entered.await();
        caller.interrupt();
        // The interrupt has been seen once the status is cleared; then the caller waits again (or, if broken, ends).
        while (caller.isAlive() && (caller.isInterrupted() || caller.getState() != Thread.State.WAITING)) {
            Thread.onSpinWait();
        }
        assertTrue(caller.isAlive(), () -> "the caller returned before the section ended: " + outcome.get());
        assertNull(outcome.get());
        assertEquals(0, finished.get());

        clock.addAndGet(7_000_000); // 7 ms pass on the fake clock before the section ends
        release.countDown();
        caller.join();

        assertEquals("no interrupt", sectionSaw.get(), "the section was not interrupted");
        assertEquals(1, finished.get(), "the section ran to its end");
        ShieldedInterruptedException cancelled = assertInstanceOf(ShieldedInterruptedException.class, outcome.get());
        assertEquals(7_000_000, cancelled.waitedNanos());
        assertTrue(cancelled.getMessage().contains("waited 7.000 ms"), cancelled.getMessage());
        assertTrue(cancelled.getMessage().contains("shielded section to finish")
                || cancelled.getMessage().contains("for the section to finish"), cancelled.getMessage());
        assertFalse(statusAfter.get(), "the interrupt status is cleared");
    }

    @Test
    void anInterruptPendingOnEntryStillRunsTheSection() {
        AtomicInteger ran = new AtomicInteger();
        AtomicReference<Boolean> sectionInterrupted = new AtomicReference<>();
        Thread.currentThread().interrupt(); // a clean-up after a cancellation: what shields are for
        ShieldedInterruptedException cancelled = assertThrows(ShieldedInterruptedException.class,
                () -> Shield.call(() -> {
                    sectionInterrupted.set(Thread.currentThread().isInterrupted());
                    return ran.incrementAndGet();
                }, PLATFORM));
        assertEquals(1, ran.get());
        assertFalse(sectionInterrupted.get());
        assertTrue(cancelled.waitedNanos() >= 0);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aFailureOfAnInterruptedSectionIsAttached() {
        IOException failure = new IOException("write failed");
        Thread.currentThread().interrupt();
        ShieldedInterruptedException cancelled = assertThrows(ShieldedInterruptedException.class,
                () -> Shield.call(() -> {
                    throw failure;
                }, PLATFORM));
        assertSame(failure, cancelled.getSuppressed()[0]);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    /** The section has ended before the caller waits for it: the pending interrupt is still the caller's cancellation. */
    @Test
    void anInterruptPendingWhenTheSectionHasAlreadyEndedIsNotMissed() {
        AtomicInteger ran = new AtomicInteger();
        // The factory runs the section to its end before handing over the thread: get() will find it done.
        ThreadFactory finishedFirst = section -> {
            section.run();
            return new Thread(() -> { });
        };
        Thread.currentThread().interrupt();
        assertThrows(ShieldedInterruptedException.class, () -> Shield.call(ran::incrementAndGet, finishedFirst));
        assertEquals(1, ran.get());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aFactoryWithoutAThreadIsRefused() {
        assertThrows(RejectedExecutionException.class, () -> Shield.call(() -> 1, section -> null));
        assertThrows(NullPointerException.class, () -> Shield.call(null, PLATFORM));
        assertThrows(NullPointerException.class, () -> Shield.call(() -> 1, null));
    }
}
