package fanout.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The CPU burn is deterministic (same units, same result; every step changes it), ignores interrupts, and
 * calibration gives at least one unit. No timing threshold is checked: how long a run takes is the benchmark's to
 * measure.
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
    void invalidAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CpuWork.ofUnits(-1));
        assertThrows(IllegalArgumentException.class, () -> CpuWork.calibrated(0));
        assertThrows(IllegalArgumentException.class, () -> CpuWork.calibrated(-1));
        assertThrows(IllegalArgumentException.class, () -> CpuWork.calibrated(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CpuWork.calibrated(Double.POSITIVE_INFINITY));
    }
}
