package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.model.Measurement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one ratio of two measurements with its interval, which speedups, overheads and comparisons all use. */
class RatioTest {

    private static Measurement ms(double score, double error) {
        return new Measurement(score, error, List.of(score - error, score + error), "ms/op", List.of(score));
    }

    @Test
    void theIntervalRunsFromTheLowestNumeratorOverTheHighestDenominatorToTheReverse() {
        Ratio ratio = Ratio.of(ms(120, 6), ms(100, 4));

        assertEquals(1.2, ratio.value(), 1e-12);
        assertEquals(114.0 / 104, ratio.lower(), 1e-12);
        assertEquals(126.0 / 96, ratio.upper(), 1e-12);
        assertTrue(ratio.bounded());
        assertTrue(ratio.above(1.05));
        assertFalse(ratio.atMost(1.25));
        assertTrue(ratio.atMost(1.32));
    }

    @Test
    void aTimeIsNeverNegativeSoTheLowerEndStopsAtZero() {
        Ratio ratio = Ratio.of(ms(70, 563), ms(100, 1));

        assertEquals(0.0, ratio.lower());
        assertEquals(633.0 / 99, ratio.upper(), 1e-12);
    }

    @Test
    void aDenominatorIntervalReachingZeroLeavesTheRatioUnbounded() {
        Ratio ratio = Ratio.of(ms(100, 1), ms(70, 70));

        assertEquals(Double.POSITIVE_INFINITY, ratio.upper());
        assertFalse(ratio.bounded());
        assertFalse(ratio.atMost(1.05));
    }

    @Test
    void onlyLikeUnitsAndPositiveScoresDivide() {
        Measurement micros = new Measurement(100, 1.0, List.of(99.0, 101.0), "us/op", List.of());

        assertThrows(IllegalArgumentException.class, () -> Ratio.of(ms(100, 1), micros));
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(ms(100, 1), ms(0, 1)));
    }

    @Test
    void aComparisonsRatioIsBOverA() {
        Measurement a = ms(100, 2);
        Measurement b = ms(150, 3);

        Change change = new Comparer().change(null, "jdk17", a, "jdk25", b);

        assertEquals(Ratio.of(b, a), change.ratio());
    }
}
