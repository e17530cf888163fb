package fanout.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.jmh.LessonBenchmark.Lesson;
import fanout.strategy.ExecutorKind;
import fanout.strategy.FanOut;
import fanout.strategy.Strategy;
import fanout.strategy.StrategyConfig;
import fanout.strategy.VirtualThreads;
import fanout.workload.LatencyDistribution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each lesson's two sides run and count, outside JMH, with calls of a millisecond: counts that follow from the
 * settings, and orders that hold by construction (the first outcome never after the median, nor that after the
 * return). No timing threshold.
 */
class LessonSidesTest {

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
}
