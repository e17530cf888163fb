package fanout.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The retry decorator's contract, on a {@link FakePause}: exact exponential delays, the cap, reproducible jitter
 * within its bounds, the number of attempts, what is not retried, a deadline never slept past, interruption, and
 * the failure it gives up with (the last one, the earlier ones suppressed, then a note). Nothing sleeps.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RetryTest {

    private static final long MS = 1_000_000;
    private static final long ORIGIN = 5_000_000_000L;

    @AfterEach
    void noInterruptLeftBehind() {
        Thread.interrupted();
    }

    /** A task that fails its first {@code failures} attempts with a new IOException each, then returns "ok". */
    private static final class Flaky implements Callable<String> {
        final List<Exception> thrown = new ArrayList<>();
        final int failures;
        final FakePause pause;
        final long takes;
        int attempts;

        Flaky(int failures) {
            this(failures, null, 0);
        }

        /** Each attempt takes {@code takes} nanoseconds on the pause's clock. */
        Flaky(int failures, FakePause pause, long takes) {
            this.failures = failures;
            this.pause = pause;
            this.takes = takes;
        }

        @Override
        public String call() throws IOException {
            attempts++;
            if (pause != null) {
                pause.advance(takes);
            }
            if (attempts <= failures) {
                IOException failure = new IOException("attempt " + attempts);
                thrown.add(failure);
                throw failure;
            }
            return "ok";
        }
    }

    private static Retry retry(int attempts, long baseMillis, FakePause pause) {
        return Retry.of(attempts, Duration.ofMillis(baseMillis)).withPause(pause);
    }

    @Test
    void theDelaysDoubleExactly() throws Exception {
        FakePause pause = new FakePause(ORIGIN);
        Flaky task = new Flaky(Integer.MAX_VALUE);
        IOException last = assertThrows(IOException.class, () -> retry(5, 100, pause).wrap(task, 3).call());
        assertEquals(List.of(100 * MS, 200 * MS, 400 * MS, 800 * MS), pause.sleeps());
        assertEquals(5, task.attempts);
        assertSame(task.thrown.get(4), last, "the last failure itself is thrown");

        Retry retry = Retry.of(10, Duration.ofMillis(100));
        assertEquals(Duration.ofMillis(100), retry.delay(1, 0));
        assertEquals(Duration.ofMillis(800), retry.delay(4, 0));
        assertEquals(Duration.ofMillis(800), retry.delay(4, 12345), "without jitter the index does not matter");
        assertEquals(Duration.ofMillis(900), retry.withFactor(3).delay(3, 0));
        assertEquals(Duration.ofMillis(100), retry.withFactor(1).delay(9, 0), "factor 1: a constant delay");
        assertEquals(Duration.ofNanos(2_500_000), Retry.of(3, Duration.ofNanos(1_250_000)).delay(2, 0),
                "to the nanosecond");
    }

    @Test
    void theDelayIsCapped() {
        Retry retry = Retry.of(10, Duration.ofMillis(100)).withMaxDelay(Duration.ofSeconds(1));
        assertEquals(Duration.ofMillis(800), retry.delay(4, 0));
        assertEquals(Duration.ofSeconds(1), retry.delay(5, 0), "1.6 s capped");
        assertEquals(Duration.ofSeconds(1), retry.delay(1_000, 0), "factor^999 overflows a long: still the cap");

        assertEquals(Retry.DEFAULT_MAX_DELAY, Retry.of(30, Duration.ofSeconds(1)).maxDelay());
        assertEquals(Duration.ofSeconds(30), Retry.of(30, Duration.ofSeconds(1)).delay(10, 0), "the default cap");
        assertEquals(Duration.ofMinutes(1), Retry.of(3, Duration.ofMinutes(1)).delay(3, 0),
                "a base above the default cap is not cut down");
    }

    @Test
    void jitterIsReproducibleAndWithinItsBounds() {
        Retry plain = Retry.of(10, Duration.ofMillis(100)).withMaxDelay(Duration.ofMillis(1000));
        Retry jittered = plain.withJitter(0.25, 7);
        Set<Long> seen = new HashSet<>();
        for (int index = 0; index < 200; index++) {
            for (int retry = 1; retry <= 6; retry++) {
                long undisturbed = plain.delay(retry, index).toNanos();
                long delay = jittered.delay(retry, index).toNanos();
                assertTrue(delay >= Math.round(undisturbed * 0.75) && delay <= Math.round(undisturbed * 1.25),
                        () -> delay + " outside ±25% of " + undisturbed);
                assertEquals(delay, Retry.of(10, Duration.ofMillis(100)).withMaxDelay(Duration.ofMillis(1000))
                        .withJitter(0.25, 7).delay(retry, index).toNanos(), "the same (seed, index, retry)");
                if (retry == 1) {
                    seen.add(delay);
                }
            }
        }
        assertTrue(seen.size() > 150, "tasks draw different jitter: " + seen.size() + " distinct of 200");
        assertNotEquals(jittered.delay(1, 0), plain.withJitter(0.25, 8).delay(1, 0), "another seed");
        assertNotEquals(jittered.delay(1, 0), jittered.delay(2, 0).dividedBy(2), "each retry draws anew");
        assertEquals(plain.delay(3, 5), plain.withJitter(0, 7).delay(3, 5), "fraction 0: no jitter");
    }

    @Test
    void theWrappedTaskUsesTheJitteredDelays() throws Exception {
        FakePause pause = new FakePause(ORIGIN);
        Retry retry = retry(4, 100, pause).withJitter(0.5, 11);
        assertEquals("ok", retry.wrap(new Flaky(3), 9).call());
        assertEquals(List.of(retry.delay(1, 9).toNanos(), retry.delay(2, 9).toNanos(), retry.delay(3, 9).toNanos()),
                pause.sleeps());
    }

    @Test
    void aTaskThatRecoversReturnsItsValue() throws Exception {
        FakePause pause = new FakePause(ORIGIN);
        Flaky task = new Flaky(2);
        assertEquals("ok", retry(3, 10, pause).<String>wrap(task, 0).call());
        assertEquals(3, task.attempts);
        assertEquals(List.of(10 * MS, 20 * MS), pause.sleeps());

        Flaky first = new Flaky(0);
        assertEquals("ok", retry(3, 10, pause).wrap(first, 0).call());
        assertEquals(1, first.attempts);
    }

    @Test
    void oneAttemptMeansNoRetry() {
        FakePause pause = new FakePause(ORIGIN);
        Flaky task = new Flaky(1);
        IOException failure = assertThrows(IOException.class, () -> retry(1, 10, pause).wrap(task, 0).call());
        assertEquals(1, task.attempts);
        assertEquals(List.of(), pause.sleeps());
        assertEquals(1, failure.getSuppressed().length, "only the note");
        assertEquals(Retry.Reason.ATTEMPTS_EXHAUSTED, Retry.gaveUp(failure).orElseThrow().reason());
    }

    @Test
    void theEarlierFailuresAreSuppressedInOrderThenTheNote() {
        FakePause pause = new FakePause(ORIGIN);
        Flaky task = new Flaky(Integer.MAX_VALUE);
        IOException last = assertThrows(IOException.class, () -> retry(4, 10, pause).wrap(task, 6).call());
        Throwable[] suppressed = last.getSuppressed();
        assertEquals(4, suppressed.length);
        assertEquals(task.thrown.subList(0, 3), List.of(suppressed).subList(0, 3));
        Retry.GaveUp note = assertInstanceOf(Retry.GaveUp.class, suppressed[3]);
        assertEquals(Retry.Reason.ATTEMPTS_EXHAUSTED, note.reason());
        assertEquals(4, note.attempts());
        assertTrue(note.getMessage().contains("4 attempts") && note.getMessage().contains("task 6"),
                note.getMessage());
        assertEquals(0, note.getStackTrace().length, "a note, not a failure");
    }

    @Test
    void theSameExceptionThrownAgainDoesNotSuppressItself() {
        FakePause pause = new FakePause(ORIGIN);
        IllegalStateException shared = new IllegalStateException("always the same instance");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> retry(3, 10, pause).wrap(() -> {
                    throw shared;
                }, 0).call());
        assertSame(shared, thrown);
        assertEquals(2, pause.sleeps().size());
        assertEquals(Retry.Reason.ATTEMPTS_EXHAUSTED, Retry.gaveUp(thrown).orElseThrow().reason());
    }

    @Test
    void aFailureThePredicateRejectsIsNotRetried() {
        FakePause pause = new FakePause(ORIGIN);
        Retry retry = retry(5, 10, pause).retryingOn(failure -> failure instanceof IOException);
        int[] attempts = {0};
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> retry.wrap(() -> {
            attempts[0]++;
            if (attempts[0] == 1) {
                throw new IOException("transient");
            }
            throw new IllegalStateException("permanent");
        }, 0).call());
        assertEquals(2, attempts[0], "the IOException was retried, the IllegalStateException not");
        assertEquals(List.of(10 * MS), pause.sleeps());
        assertInstanceOf(IOException.class, thrown.getSuppressed()[0]);
        Retry.GaveUp note = Retry.gaveUp(thrown).orElseThrow();
        assertEquals(Retry.Reason.NOT_RETRYABLE, note.reason());
        assertEquals(2, note.attempts());
    }

    @Test
    void anInterruptedExceptionFromTheTaskIsNeverRetried() {
        FakePause pause = new FakePause(ORIGIN);
        Retry retry = retry(5, 10, pause).retryingOn(failure -> true);
        InterruptedException cancelled = new InterruptedException("cancelled");
        int[] attempts = {0};
        InterruptedException thrown = assertThrows(InterruptedException.class, () -> retry.wrap(() -> {
            attempts[0]++;
            if (attempts[0] == 1) {
                throw new IOException("transient");
            }
            throw cancelled;
        }, 0).call());
        assertSame(cancelled, thrown);
        assertEquals(2, attempts[0]);
        assertEquals(List.of(10 * MS), pause.sleeps());
        assertInstanceOf(IOException.class, thrown.getSuppressed()[0], "earlier failures still attached");
        assertTrue(Retry.gaveUp(thrown).isEmpty(), "not a give-up: a cancellation");
    }

    @Test
    void anErrorIsNotCaught() {
        FakePause pause = new FakePause(ORIGIN);
        AssertionError error = new AssertionError("bug");
        assertSame(error, assertThrows(AssertionError.class, () -> retry(5, 10, pause).wrap(() -> {
            throw error;
        }, 0).call()));
        assertEquals(List.of(), pause.sleeps());
    }

    @Test
    void itGivesUpAtOnceWhenTheNextPauseWouldEndAfterTheDeadline() {
        FakePause pause = new FakePause(ORIGIN);
        Flaky task = new Flaky(Integer.MAX_VALUE);
        // Pauses of 100, 200, 400 ms: the second would end at 300 ms, after the deadline at 250 ms.
        IOException last = assertThrows(IOException.class,
                () -> retry(5, 100, pause).wrap(task, 0, ORIGIN + 250 * MS).call());
        assertEquals(List.of(100 * MS), pause.sleeps());
        assertEquals(ORIGIN + 100 * MS, pause.now(), "it did not sleep on towards the deadline");
        assertEquals(2, task.attempts);
        Retry.GaveUp note = Retry.gaveUp(last).orElseThrow();
        assertEquals(Retry.Reason.DEADLINE, note.reason());
        assertEquals(2, note.attempts());
        assertTrue(note.getMessage().contains("150000000 ns remain"), note.getMessage());
    }

    @Test
    void aPauseEndingExactlyAtTheDeadlineIsTaken() {
        FakePause pause = new FakePause(ORIGIN);
        Flaky task = new Flaky(Integer.MAX_VALUE);
        assertThrows(IOException.class, () -> retry(5, 100, pause).wrap(task, 0, ORIGIN + 300 * MS).call());
        assertEquals(List.of(100 * MS, 200 * MS), pause.sleeps());
        assertEquals(3, task.attempts);
    }

    /** Whatever the deadline and however long each attempt takes, no pause ends after the deadline. */
    @ParameterizedTest
    @ValueSource(longs = {0, 1, 29, 99, 130, 131, 250, 359, 360, 761, 1000, 5000})
    void noPauseEndsAfterTheDeadline(long deadlineMillis) {
        FakePause pause = new FakePause(Long.MAX_VALUE - 200 * MS); // the clock wraps on the way
        long deadline = pause.now() + deadlineMillis * MS;
        Flaky task = new Flaky(Integer.MAX_VALUE, pause, 30 * MS); // each attempt takes 30 ms
        Retry retry = retry(6, 100, pause).withJitter(0.3, 1);
        IOException last = assertThrows(IOException.class, () -> retry.wrap(task, 4, deadline).call());
        long at = deadline - deadlineMillis * MS;
        for (int i = 0; i < pause.sleeps().size(); i++) {
            at += 30 * MS + pause.sleeps().get(i);
            assertTrue(deadline - at >= 0, "pause " + (i + 1) + " ended after the deadline");
        }
        Retry.GaveUp note = Retry.gaveUp(last).orElseThrow();
        assertEquals(task.attempts, note.attempts());
        if (note.reason() == Retry.Reason.DEADLINE) {
            long afterLast = pause.now() - (deadline - deadlineMillis * MS);
            long next = retry.delay(task.attempts, 4).toNanos();
            assertTrue(afterLast + next > deadlineMillis * MS, "it gave up though the next pause fitted");
        } else {
            assertEquals(6, task.attempts);
        }
    }

    @Test
    void aDeadlineAlreadyPassedStillAllowsTheFirstAttempt() throws Exception {
        FakePause pause = new FakePause(ORIGIN);
        assertEquals("ok", retry(3, 10, pause).wrap(new Flaky(0), 0, ORIGIN - MS).call());
        Flaky task = new Flaky(1);
        IOException failure = assertThrows(IOException.class,
                () -> retry(3, 10, pause).wrap(task, 0, ORIGIN - MS).call());
        assertEquals(1, task.attempts);
        assertEquals(List.of(), pause.sleeps());
        assertTrue(Retry.gaveUp(failure).orElseThrow().getMessage().contains("deadline has passed"));
    }

    @Test
    void anInterruptDuringThePauseEndsItAtOnce() {
        FakePause pause = new FakePause(ORIGIN).interruptSleep(1, 50 * MS);
        Flaky task = new Flaky(Integer.MAX_VALUE);
        InterruptedException cancelled = assertThrows(InterruptedException.class,
                () -> retry(5, 100, pause).wrap(task, 0).call());
        assertEquals(2, task.attempts, "no attempt after the interrupt");
        assertEquals(List.of(100 * MS, 200 * MS), pause.sleeps());
        assertEquals(ORIGIN + 150 * MS, pause.now());
        assertEquals(task.thrown, List.of(cancelled.getSuppressed()), "both failures attached to the cancellation");
    }

    @Test
    void anInterruptPendingWhenAnAttemptFailsEndsTheRetries() {
        FakePause pause = new FakePause(ORIGIN);
        int[] attempts = {0};
        // A task that saw the interrupt, restored the flag, and failed with something else.
        Callable<String> task = () -> {
            attempts[0]++;
            Thread.currentThread().interrupt();
            throw new IOException("closed by interrupt");
        };
        InterruptedException cancelled = assertThrows(InterruptedException.class,
                () -> retry(5, 100, pause).wrap(task, 0).call());
        assertEquals(1, attempts[0]);
        assertEquals(List.of(), pause.sleeps());
        assertInstanceOf(IOException.class, cancelled.getSuppressed()[0]);
        assertFalse(Thread.currentThread().isInterrupted(), "cleared, as by Thread.sleep");
    }

    @Test
    void theSystemPauseIsInterruptibleAndClearsTheStatus() throws InterruptedException {
        Retry.Pause system = Retry.Pause.system();
        system.sleepNanos(0);
        assertThrows(IllegalArgumentException.class, () -> system.sleepNanos(-1));
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> system.sleepNanos(0));
        assertFalse(Thread.currentThread().isInterrupted());

        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                system.sleepNanos(TimeUnit.HOURS.toNanos(1));
                result.set("returned without an interrupt");
            } catch (InterruptedException e) {
                result.set(Thread.currentThread().isInterrupted() ? "the interrupt status was kept" : e);
            }
        });
        thread.start();
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(thread.isAlive(), () -> "the pause ended by itself: " + result.get());
            Thread.onSpinWait();
        }
        thread.interrupt();
        thread.join();
        assertInstanceOf(InterruptedException.class, result.get());
    }

    @Test
    void invalidSettingsAreRefused() {
        Duration base = Duration.ofMillis(10);
        assertThrows(IllegalArgumentException.class, () -> Retry.of(0, base));
        assertThrows(IllegalArgumentException.class, () -> Retry.of(3, Duration.ofMillis(-1)));
        assertThrows(NullPointerException.class, () -> Retry.of(3, null));
        Retry retry = Retry.of(3, base);
        assertThrows(IllegalArgumentException.class, () -> retry.withFactor(0.5));
        assertThrows(IllegalArgumentException.class, () -> retry.withFactor(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> retry.withFactor(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> retry.withMaxDelay(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> retry.withJitter(1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> retry.withJitter(-0.1, 0));
        assertThrows(NullPointerException.class, () -> retry.retryingOn(null));
        assertThrows(NullPointerException.class, () -> retry.withPause(null));
        assertThrows(NullPointerException.class, () -> retry.wrap(null, 0));
        assertThrows(IllegalArgumentException.class, () -> retry.delay(0, 0));
    }

    @Test
    void itIsAnImmutableValue() {
        Retry retry = Retry.of(3, Duration.ofMillis(10));
        Retry slower = retry.withFactor(3);
        assertEquals(2, retry.factor());
        assertEquals(3, slower.factor());
        assertEquals(3, slower.maxAttempts());
        assertEquals(Duration.ofMillis(10), slower.baseDelay());
    }
}
