package fanout.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The simulated workload is reproducible (everything drawn from the seed), has the stated means and shapes,
 * fails and hangs exactly where its fault says, sleeps each latency to the nanosecond (on a {@link FakeTime}),
 * and a sleeping or hanging call ends when interrupted, a hanging one only then. Statistical
 * checks use a fixed seed, so they are deterministic; their tolerances are wide.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SimulatedIoTest {

    private static final int LARGE = 100_000;
    private static final double MEAN = 10;

    @ParameterizedTest
    @EnumSource(LatencyDistribution.class)
    void theSameSeedGivesTheSameLatencies(LatencyDistribution distribution) {
        assertArrayEquals(distribution.samples(MEAN, 1000, 42), distribution.samples(MEAN, 1000, 42));
        SimulatedIo io = new SimulatedIo(distribution, MEAN, 1000, 42, Fault.FAIL_RANDOM, 0.3);
        SimulatedIo same = new SimulatedIo(distribution, MEAN, 1000, 42, Fault.FAIL_RANDOM, 0.3);
        assertArrayEquals(io.latencyMillis(), same.latencyMillis());
        assertArrayEquals(io.failures(), same.failures());
        assertArrayEquals(io.latencyMillis(), io.latencyMillis(), "asking twice gives the same values");
    }

    @ParameterizedTest
    @EnumSource(value = LatencyDistribution.class, names = "FIXED", mode = EnumSource.Mode.EXCLUDE)
    void anotherSeedGivesOtherLatencies(LatencyDistribution distribution) {
        double[] one = distribution.samples(MEAN, 1000, 42);
        double[] other = distribution.samples(MEAN, 1000, 43);
        assertFalse(Arrays.equals(one, other));
        assertFalse(Arrays.equals(new SimulatedIo(distribution, MEAN, 1000, 42, Fault.FAIL_RANDOM, 0.3).failures(),
                new SimulatedIo(distribution, MEAN, 1000, 43, Fault.FAIL_RANDOM, 0.3).failures()));
    }

    @Test
    void fixedIsExactlyTheMean() {
        double[] latencies = LatencyDistribution.FIXED.samples(12.5, 100, 42);
        assertTrue(Arrays.stream(latencies).allMatch(latency -> latency == 12.5), Arrays.toString(latencies));
        assertArrayEquals(latencies, LatencyDistribution.FIXED.samples(12.5, 100, 7), "whatever the seed");
        assertArrayEquals(new double[] {3, 3, 3}, SimulatedIo.fixed(3, 3).latencyMillis());
    }

    @ParameterizedTest
    @EnumSource(LatencyDistribution.class)
    void theMeanIsRoughlyTheMeanAsked(LatencyDistribution distribution) {
        double[] latencies = distribution.samples(MEAN, LARGE, 42);
        double tolerance = distribution == LatencyDistribution.PARETO ? 0.10 : 0.03; // α = 1.5: infinite variance
        double mean = Arrays.stream(latencies).average().orElseThrow();
        assertEquals(MEAN, mean, MEAN * tolerance, distribution + " mean");
        assertTrue(Arrays.stream(latencies).allMatch(latency -> latency >= 0), "no negative latency");
    }

    /** The median tells the shape apart from the mean: each distribution's is as documented. */
    @ParameterizedTest
    @EnumSource(LatencyDistribution.class)
    void theMedianIsThatOfTheDocumentedShape(LatencyDistribution distribution) {
        double[] latencies = distribution.samples(MEAN, LARGE, 42);
        Arrays.sort(latencies);
        double median = latencies[LARGE / 2];
        double expected = switch (distribution) {
            case FIXED, UNIFORM -> MEAN;
            case EXPONENTIAL -> MEAN * Math.log(2);
            case LOG_NORMAL -> MEAN / Math.sqrt(Math.E);
            case PARETO -> MEAN / 3 * Math.pow(2, 1 / 1.5); // scale · 2^(1/α)
        };
        assertEquals(expected, median, expected * 0.03, distribution + " median");
        switch (distribution) {
            case UNIFORM -> assertTrue(latencies[LARGE - 1] < 2 * MEAN, "uniform on [0, 2·mean)");
            case PARETO -> assertTrue(latencies[0] >= MEAN / 3, "nothing below the Pareto scale mean/3");
            default -> { }
        }
    }

    @ParameterizedTest
    @EnumSource(LatencyDistribution.class)
    void aZeroMeanGivesZeroLatencies(LatencyDistribution distribution) {
        assertArrayEquals(new double[5], distribution.samples(0, 5, 42));
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LatencyDistribution.UNIFORM.samples(-1, 5, 42));
        assertThrows(IllegalArgumentException.class, () -> LatencyDistribution.UNIFORM.samples(Double.NaN, 5, 42));
        assertThrows(IllegalArgumentException.class,
                () -> LatencyDistribution.UNIFORM.samples(Double.POSITIVE_INFINITY, 5, 42));
        assertThrows(IllegalArgumentException.class,
                () -> new SimulatedIo(LatencyDistribution.FIXED, 1, 0, 42, Fault.NONE, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new SimulatedIo(LatencyDistribution.FIXED, 1, 5, 42, Fault.FAIL_RANDOM, 1.5));
        assertThrows(IllegalArgumentException.class,
                () -> new SimulatedIo(LatencyDistribution.FIXED, 1, 5, 42, Fault.FAIL_RANDOM, -0.1));
        assertThrows(NullPointerException.class, () -> new SimulatedIo(null, 1, 5, 42, Fault.NONE, 0));
        assertThrows(NullPointerException.class,
                () -> new SimulatedIo(LatencyDistribution.FIXED, 1, 5, 42, null, 0));
    }

    @Test
    void faultsFailOrHangTheRightCalls() {
        int n = 7;
        boolean[] none = new boolean[n];
        boolean[] first = new boolean[n];
        first[0] = true;
        boolean[] last = new boolean[n];
        last[n - 1] = true;
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);

        assertArrayEquals(none, io(Fault.NONE, n, 0).failures());
        assertArrayEquals(first, io(Fault.FAIL_FIRST, n, 0).failures());
        assertArrayEquals(last, io(Fault.FAIL_LAST, n, 0).failures());
        assertArrayEquals(none, io(Fault.FAIL_RANDOM, n, 0).failures(), "probability 0");
        assertArrayEquals(all, io(Fault.FAIL_RANDOM, n, 1).failures(), "probability 1");
        for (Fault fault : List.of(Fault.NONE, Fault.FAIL_FIRST, Fault.FAIL_LAST, Fault.FAIL_RANDOM)) {
            assertArrayEquals(none, io(fault, n, 0.5).hangs(), fault + " hangs nothing");
            assertFalse(fault.hangs());
        }
        assertArrayEquals(first, io(Fault.HANG_FIRST, n, 0).hangs());
        assertArrayEquals(last, io(Fault.HANG_LAST, n, 0).hangs());
        assertArrayEquals(none, io(Fault.HANG_FIRST, n, 0.5).failures(), "a hanging call does not also fail");
        assertTrue(Fault.HANG_FIRST.hangs() && Fault.HANG_LAST.hangs());
    }

    @Test
    void failRandomFailsAboutTheGivenShare() {
        boolean[] failures = new SimulatedIo(LatencyDistribution.FIXED, 0, LARGE, 42, Fault.FAIL_RANDOM, 0.2)
                .failures();
        long failed = IntStream.range(0, LARGE).filter(i -> failures[i]).count();
        assertEquals(0.2 * LARGE, failed, 0.01 * LARGE);
    }

    @Test
    void callsReturnTheirIndexOrThrowWhereTheFaultSays() throws Exception {
        List<Callable<Integer>> calls = io(Fault.FAIL_LAST, 5, 0).calls();
        assertEquals(5, calls.size());
        for (int round = 0; round < 2; round++) { // a call may be run again, and behaves the same
            for (int index = 0; index < 4; index++) {
                assertEquals(index, calls.get(index).call());
            }
            SimulatedIoException failure = assertThrows(SimulatedIoException.class, () -> calls.get(4).call());
            assertTrue(failure.getMessage().contains("call 4"), failure.getMessage());
        }
        assertThrows(UnsupportedOperationException.class, () -> calls.add(() -> 0), "an immutable list");
    }

    /** Every latency, whole milliseconds or not, is slept to the nanosecond: one park of exactly that long. */
    @Test
    void eachCallSleepsItsLatencyToTheNanosecond() throws Exception {
        SimulatedIo io = new SimulatedIo(LatencyDistribution.UNIFORM, 2.5, 50, 42, Fault.NONE, 0);
        double[] latencies = io.latencyMillis();
        FakeTime time = new FakeTime(0);
        List<Callable<Integer>> calls = io.calls(time.sleeper());
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            long before = time.now();
            assertEquals(i, calls.get(i).call());
            long nanos = Math.round(latencies[i] * 1_000_000);
            assertEquals(nanos, time.now() - before, "call " + i + " slept its latency");
            expected.add(nanos);
        }
        assertEquals(expected, time.parks());
        assertTrue(expected.stream().anyMatch(nanos -> nanos % 1_000_000 != 0), "fractions of a millisecond");

        FakeTime untouched = new FakeTime(0);
        for (Callable<Integer> call : SimulatedIo.fixed(0, 3).calls(untouched.sleeper())) {
            call.call();
        }
        assertEquals(List.of(), untouched.parks(), "a call of latency 0 does not sleep");
    }

    /** The calls the benchmarks get sleep on the real clock, interruptibly (an hour here, ended by an interrupt). */
    @Test
    void aSleepingCallEndsWhenInterrupted() throws Exception {
        Callable<Integer> hourLong = SimulatedIo.fixed(TimeUnit.HOURS.toMillis(1), 1).calls().get(0);
        Object result = Interrupting.interruptOnce(hourLong, Thread.State.TIMED_WAITING);
        assertInstanceOf(InterruptedException.class, result);
    }

    @Test
    void aHangingCallEndsOnlyWhenInterrupted() throws Exception {
        Callable<Integer> hanging = io(Fault.HANG_FIRST, 2, 0).calls().get(0);
        // WAITING (not TIMED_WAITING): the call is parked with no time limit, so only something else ends it.
        Object result = Interrupting.interruptOnce(hanging, Thread.State.WAITING);
        assertInstanceOf(InterruptedException.class, result);
    }

    private static SimulatedIo io(Fault fault, int n, double failureProbability) {
        return new SimulatedIo(LatencyDistribution.FIXED, 0, n, 42, fault, failureProbability);
    }
}
