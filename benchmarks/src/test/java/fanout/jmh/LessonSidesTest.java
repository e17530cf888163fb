package fanout.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.jmh.LessonBenchmark.Lesson;
import fanout.strategy.ExecutorKind;
import fanout.strategy.FanOut;
import fanout.strategy.Outcome;
import fanout.strategy.Policy;
import fanout.strategy.Strategy;
import fanout.strategy.StrategyConfig;
import fanout.strategy.VirtualThreads;
import fanout.task.ShieldedInterruptedException;
import fanout.workload.LatencyDistribution;
import fanout.workload.SimulatedIo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each lesson's two sides run and count, outside JMH, with calls of a millisecond: counts that follow from the
 * settings, and orders that hold by construction (the first outcome never after the median, nor that after the
 * return). Which side runs what, through a fan-out that runs each task itself and looks at it (how many tasks, what
 * they return, what an interrupt does to them, which monitors they hold while parked): a lesson whose sides were
 * swapped fails. No timing threshold.
 */
class LessonSidesTest {

    @AfterEach
    void noInterruptLeftBehind() {
        Thread.interrupted();
    }

    private static LessonBenchmark settings(Lesson lesson) {
        LessonBenchmark settings = new LessonBenchmark();
        settings.lesson = lesson;
        settings.strategy = VirtualThreads.available() ? Strategy.VIRTUAL_SCOPE : Strategy.FIXED_POOL;
        settings.limit = 16;
        settings.executor = ExecutorKind.VIRTUAL;
        settings.n = 6;
        settings.latencyMs = 1;
        settings.distribution = LatencyDistribution.FIXED;
        settings.seed = 42;
        settings.hedges = 3;
        settings.failureRate = 0.5;
        settings.cpuMs = 0.2;
        settings.cpuTasks = 2;
        return settings;
    }

    private static LessonBenchmark.Sides runBoth(LessonBenchmark settings) throws Exception {
        LessonBenchmark.Sides sides = new LessonBenchmark.Sides();
        try (FanOut fanOut = settings.strategy.create(new StrategyConfig(settings.limit, settings.executor))) {
            LessonSides lesson = LessonSides.of(settings, fanOut);
            for (long invocation = 0; invocation < 3; invocation++) {
                lesson.variant(sides, invocation);
                lesson.reference(sides, invocation);
            }
        }
        return sides;
    }

    @ParameterizedTest
    @EnumSource(Lesson.class)
    void everyLessonTimesBothSides(Lesson lesson) throws Exception {
        LessonBenchmark.Sides sides = runBoth(settings(lesson));
        assertTrue(sides.variantNanos > 0, "variant timed");
        assertTrue(sides.referenceNanos > 0, "reference timed");
    }

    @Test
    void completionOrderReadsFirstThenMedianThenAll() throws Exception {
        LessonBenchmark settings = settings(Lesson.COMPLETION_ORDER);
        settings.distribution = LatencyDistribution.EXPONENTIAL;
        LessonBenchmark.Sides sides = runBoth(settings);
        assertTrue(sides.variantNanos <= sides.medianNanos, "first ≤ median");
        assertTrue(sides.medianNanos <= sides.referenceNanos, "median ≤ all");
    }

    @Test
    void permanentFailuresAreRetriedToTheLimitAndStillFail() throws Exception {
        LessonBenchmark settings = settings(Lesson.RETRY_PERMANENT);
        settings.failureRate = 1;
        LessonBenchmark.Sides sides = runBoth(settings);
        assertEquals(3 * 6, sides.variantFailures);
        assertEquals(3 * 6, sides.referenceFailures);
        assertEquals(3 * 6 * 4, sides.attempts, "four attempts per call");
    }

    @Test
    void callsThatNeverFailAreTriedOnce() throws Exception {
        LessonBenchmark settings = settings(Lesson.RETRY_TRANSIENT);
        settings.failureRate = 0;
        LessonBenchmark.Sides sides = runBoth(settings);
        assertEquals(0, sides.variantFailures);
        assertEquals(0, sides.referenceFailures);
        assertEquals(3 * 6, sides.attempts);
    }

    @Test
    void retryingNeverTurnsASuccessIntoAFailure() throws Exception {
        LessonBenchmark settings = settings(Lesson.RETRY_TRANSIENT);
        LessonBenchmark.Sides sides = runBoth(settings);
        // the same first draws on both sides: a call that succeeds at once does so on both, so retrying can only
        // turn failures into successes, never the reverse
        assertTrue(sides.variantFailures <= sides.referenceFailures,
                sides.variantFailures + " > " + sides.referenceFailures);
        assertTrue(sides.attempts >= 3 * 6 + sides.referenceFailures - sides.variantFailures);
    }

    @Test
    void cpuBoundCountsTheCpuOfTheVariantWithinItsTime() throws Exception {
        LessonBenchmark settings = settings(Lesson.CPU_BOUND);
        settings.cpuMs = 5;
        LessonBenchmark.Sides sides = runBoth(settings);
        assertTrue(sides.variantCpuNanos > 0);
        // read between two instants inside the timed window: no more CPU than the cores could spend in it
        assertTrue(sides.variantCpuNanos <= Runtime.getRuntime().availableProcessors() * sides.variantNanos,
                sides.variantCpuNanos + " ns of CPU in " + sides.variantNanos + " ns");
    }

    @Test
    void jdk21AndLaterRecordThePinningEvent() throws Exception {
        Assumptions.assumeTrue(VirtualThreads.available(), "virtual threads");
        try (JfrPinnedEvents events = JfrPinnedEvents.start()) {
            long read = events.sinceLastRead();
            assertEquals(JfrPinnedEvents.available() ? 0 : -1, read);
        }
        assertTrue(JfrPinnedEvents.available() || Runtime.version().feature() < 21,
                "JDK 21+ records " + JfrPinnedEvents.EVENT);
    }

    /** What a look saw of one task, run by the looking fan-out. */
    @FunctionalInterface
    private interface Look {
        Object at(Callable<?> task) throws Exception;
    }

    /**
     * A fan-out that runs no strategy: each task is handed to a {@link Look} on the calling thread, in input order, and
     * what it saw is kept per fan-out. Its outcomes are empty and its race's winner null: the sides ignore both.
     */
    private static final class Looking implements FanOut {
        private final Look look;
        private final List<List<Object>> fanOuts = new ArrayList<>();

        Looking(Look look) {
            this.look = look;
        }

        @Override
        public <T> List<Outcome<T>> run(List<? extends Callable<? extends T>> tasks, Policy policy) {
            List<Object> seen = new ArrayList<>(tasks.size());
            for (Callable<?> task : tasks) {
                try {
                    seen.add(look.at(task));
                } catch (Exception e) {
                    throw new AssertionError("the look failed", e);
                }
            }
            fanOuts.add(seen);
            return List.of();
        }

        @Override
        public <T> T firstSuccess(List<? extends Callable<? extends T>> tasks, Policy policy) {
            run(tasks, policy);
            return null;
        }

        /** What was seen of the one fan-out run since the last call; asserts there was exactly one. */
        List<Object> theOneFanOut() {
            assertEquals(1, fanOuts.size(), "fan-outs run by one side");
            List<Object> seen = fanOuts.get(0);
            fanOuts.clear();
            return seen;
        }

        @Override
        public void close() {}
    }

    /** What the look saw of each task of the variant's fan-out and of the reference's. */
    private record Seen(List<Object> variant, List<Object> reference) {}

    private static Seen look(LessonBenchmark settings, Look look) throws Exception {
        Looking fanOut = new Looking(look);
        LessonSides lesson = LessonSides.of(settings, fanOut);
        lesson.variant(new LessonBenchmark.Sides(), 0);
        List<Object> variant = fanOut.theOneFanOut();
        lesson.reference(new LessonBenchmark.Sides(), 0);
        return new Seen(variant, fanOut.theOneFanOut());
    }

    /** The task itself, to count. */
    private static Object itself(Callable<?> task) {
        return task;
    }

    /** The class of what the task returned: an I/O call's index is an Integer, a CPU burn's result a Long. */
    private static Object returnedClass(Callable<?> task) throws Exception {
        return task.call().getClass();
    }

    /** What an interrupt pending when a task starts does to it. */
    private enum Interrupt {
        /** It ended the task with an InterruptedException at once, as any cancellable sleep does. */
        ENDED_IT,
        /** The task slept its whole latency, then reported it (SimulatedIo's uncancellable call). */
        SEEN_AFTER_THE_LATENCY,
        /** A shielded section ran to its end first, then the task threw {@link ShieldedInterruptedException}. */
        WAITED_FOR_ITS_SHIELDED_SECTION,
        /** The task returned. */
        NOT_SEEN
    }

    private static Object interruptedOnEntry(Callable<?> task) {
        Thread.currentThread().interrupt();
        try {
            task.call();
            return Interrupt.NOT_SEEN;
        } catch (ShieldedInterruptedException e) {
            return Interrupt.WAITED_FOR_ITS_SHIELDED_SECTION;
        } catch (InterruptedException e) {
            return e.getMessage() != null && e.getMessage().contains("(uncancellable)")
                    ? Interrupt.SEEN_AFTER_THE_LATENCY
                    : Interrupt.ENDED_IT;
        } catch (Exception e) {
            throw new AssertionError("neither returned nor interrupted", e);
        } finally {
            Thread.interrupted();
        }
    }

    /**
     * How many monitors locked in SimulatedIo's frames the task holds while it is parked: run on a thread of its own
     * until it parks (its latency is long), read from its locked monitors, then ended by an interrupt.
     */
    private static Object monitorsHeldWhileParked(Callable<?> task) throws InterruptedException {
        Thread thread = new Thread(() -> {
            try {
                task.call();
            } catch (Exception expected) {
                // the interrupt that ends the park
            }
        }, "parks");
        thread.start();
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(thread.isAlive(), "the call returned before it parked");
            Thread.onSpinWait();
        }
        MonitorInfo[] locked = ManagementFactory.getThreadMXBean()
                .getThreadInfo(new long[] {thread.getId()}, true, false)[0].getLockedMonitors();
        thread.interrupt();
        thread.join();
        return Arrays.stream(locked)
                .filter(monitor -> monitor.getLockedStackFrame().getClassName().startsWith(SimulatedIo.class.getName()))
                .count();
    }

    @Test
    void hedgingRacesItsCopiesAndItsReferenceRunsOne() throws Exception {
        Seen seen = look(settings(Lesson.HEDGING), LessonSidesTest::itself);
        assertEquals(3, seen.variant().size(), "the variant races the hedges");
        assertEquals(1, seen.reference().size(), "the reference runs the first copy alone");
    }

    @Test
    void cpuNeighboursRunsCpuBoundTasksBesideTheCallsOnlyInTheVariant() throws Exception {
        Seen seen = look(settings(Lesson.CPU_NEIGHBOURS), LessonSidesTest::returnedClass);
        List<Object> calls = Collections.nCopies(6, Integer.class);
        List<Object> withNeighbours = new ArrayList<>(calls);
        withNeighbours.addAll(Collections.nCopies(2, Long.class));
        assertEquals(withNeighbours, seen.variant(), "the I/O calls first, then the CPU-bound tasks");
        assertEquals(calls, seen.reference(), "the I/O calls alone");
    }

    @Test
    void pinningParksHoldingAMonitorOnlyInTheVariant() throws Exception {
        LessonBenchmark settings = settings(Lesson.PINNING);
        settings.latencyMs = 600_000; // parked until the look interrupts it
        Seen seen = look(settings, LessonSidesTest::monitorsHeldWhileParked);
        assertEquals(Collections.nCopies(6, 1L), seen.variant(), "each call parks inside synchronized");
        assertEquals(Collections.nCopies(6, 0L), seen.reference(), "each call parks plainly");
    }

    @Test
    void shieldRunsTheSectionShieldedOnlyInTheVariant() throws Exception {
        LessonBenchmark settings = settings(Lesson.SHIELD);
        settings.latencyMs = 0; // calls and sections that do not sleep: the interrupt is seen by the section's sleep
        Seen seen = look(settings, LessonSidesTest::interruptedOnEntry);
        assertEquals(Collections.nCopies(6, Interrupt.WAITED_FOR_ITS_SHIELDED_SECTION), seen.variant());
        assertEquals(Collections.nCopies(6, Interrupt.ENDED_IT), seen.reference(), "the section inline");
    }

    @Test
    void uncancellableDeadlineIgnoresInterruptsOnlyInTheVariant() throws Exception {
        Seen seen = look(settings(Lesson.UNCANCELLABLE_DEADLINE), LessonSidesTest::interruptedOnEntry);
        assertEquals(Collections.nCopies(6, Interrupt.SEEN_AFTER_THE_LATENCY), seen.variant());
        assertEquals(Collections.nCopies(6, Interrupt.ENDED_IT), seen.reference());
    }

    @Test
    void uncancellableFailFastIgnoresInterruptsOnlyInTheVariantsOtherCalls() throws Exception {
        Seen seen = look(settings(Lesson.UNCANCELLABLE_FAIL_FAST), LessonSidesTest::interruptedOnEntry);
        List<Object> variant = new ArrayList<>(List.of(Interrupt.ENDED_IT)); // the call that fails, on both sides
        variant.addAll(Collections.nCopies(5, Interrupt.SEEN_AFTER_THE_LATENCY));
        assertEquals(variant, seen.variant());
        assertEquals(Collections.nCopies(6, Interrupt.ENDED_IT), seen.reference());
    }
}
