package fanout.workload.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class CpuTimeTest {

    @Test
    void sumsUtimeStimeCutimeCstimeEvenWithParenthesesInTheCommand() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 7 3 20 11 20 0 30 0 123 0 0";
        assertEquals(7 + 3 + 20 + 11, CpuTime.parseTicks(stat));
    }

    @Test
    void neverGoesBackwards() {
        assumeTrue(CpuTime.available(), "no /proc/self/stat on this system");
        long before = CpuTime.processAndChildrenNanos();
        long after = CpuTime.processAndChildrenNanos();
        assertTrue(before > 0 && after >= before, before + " then " + after);
    }
}
