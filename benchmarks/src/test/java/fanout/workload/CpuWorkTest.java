package fanout.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The CPU burn is deterministic (same units, same result; every step changes it; golden values of xorshift64 from
 * its start), ignores interrupts, and calibration gives at least one unit, of the right scale: a run of "50 ms" burns
 * between a hundredth and ten times that in CPU time of its thread (a check of the unit, so wide that no load can
 * fail it). No other timing is checked: how long a run takes is the benchmark's to measure.
 */
class CpuWorkTest {

    @AfterEach
    void noInterruptLeftBehind() {
        Thread.interrupted();
    }

    @Test
    void theSameUnitsGiveTheSameResult() throws Exception {
        CpuWork work = CpuWork.ofUnits(10_000);
        assertEquals(10_000, work.units());
        assertEquals(work.burn(), CpuWork.ofUnits(10_000).burn());
        assertEquals(work.burn(), work.task().call());
        assertEquals(work, CpuWork.ofUnits(10_000));
    }

    @Test
    void everyStepChangesTheResult() {
        Set<Long> results = new HashSet<>();
        for (long units = 0; units <= 1000; units++) {
            results.add(CpuWork.ofUnits(units).burn());
        }
        assertEquals(1001, results.size(), "no two run lengths up to 1000 give the same result");
    }

    @Test
    void runsStepXorshift64FromItsStartExactlyUnitsTimes() {
        assertEquals(0x9E3779B97F4A7C15L, CpuWork.ofUnits(0).burn(), "no step: the start");
        assertEquals(0xDC1B77AE0BF34DADL, CpuWork.ofUnits(1).burn(), "x ^= x << 13; x ^= x >>> 7; x ^= x << 17");
        assertEquals(0x64F0EEB9026E6076L, CpuWork.ofUnits(2).burn());
        assertEquals(0x56B663219F6E38F5L, CpuWork.ofUnits(1000).burn());
    }

    @Test
    void interruptsAreIgnoredAndLeftAlone() throws Exception {
        long expected = CpuWork.ofUnits(100_000).burn();
        Thread.currentThread().interrupt();
        assertEquals(expected, CpuWork.ofUnits(100_000).task().call(), "ran to its end");
        assertTrue(Thread.interrupted(), "the interrupt status is left as it was");
    }

    @Test
    void calibrationGivesAtLeastOneUnit() {
        assertTrue(CpuWork.calibrated(0.5).units() >= 1);
        assertEquals(1, CpuWork.calibrated(1e-12).units(), "far less than one step: one unit");
        assertNotEquals(0, CpuWork.calibrated(0.5).burn());
    }

    @Test
    void aCalibratedRunBurnsCpuTimeOfTheScaleAskedFor() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads.isCurrentThreadCpuTimeSupported(), "thread CPU time");
        double millis = 50;
        CpuWork work = CpuWork.calibrated(millis);
        long before = threads.getCurrentThreadCpuTime();
        work.burn();
        double burnedMillis = (threads.getCurrentThreadCpuTime() - before) / 1e6;
        // CPU time of this thread, so neighbours do not add to it. Load can only make the calibration's wall-clock
        // readings longer, hence the runs shorter: a hundredth is still far from a unit off by a thousand.
        assertTrue(burnedMillis >= millis / 100 && burnedMillis <= millis * 10,
                "a run calibrated to " + millis + " ms burned " + burnedMillis + " ms of CPU (" + work + ")");
    }

    @Test
    void invalidAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CpuWork.ofUnits(-1));
        assertThrows(IllegalArgumentException.class, () -> CpuWork.calibrated(0));
        assertThrows(IllegalArgumentException.class, () -> CpuWork.calibrated(-1));
        assertThrows(IllegalArgumentException.class, () -> CpuWork.calibrated(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CpuWork.calibrated(Double.POSITIVE_INFINITY));
    }
}
