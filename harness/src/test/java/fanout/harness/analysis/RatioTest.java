package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.model.Measurement;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * The one ratio of two measurements with its interval, which comparisons, speedups and overheads all use: the ratio of
 * the geometric means of the fork means, and Welch's interval on the log fork means.
 */
class RatioTest {

    /** A measurement in ms/op whose forks have these means (each fork one iteration). */
    static Measurement forks(double... means) {
        List<List<Double>> forks = Arrays.stream(means).mapToObj(m -> List.of(m)).toList();
        double score = Arrays.stream(means).average().orElseThrow();
        return new Measurement(score, null, List.of(), "ms/op", forks,
                new Measurement.Sampling(means.length, 1, "1 s", 1, "1 s"));
    }

    private static double logMean(double... xs) {
        return Arrays.stream(xs).map(Math::log).average().orElseThrow();
    }

    private static double logVariance(double... xs) {
        double mean = logMean(xs);
        return Arrays.stream(xs).map(x -> (Math.log(x) - mean) * (Math.log(x) - mean)).sum() / (xs.length - 1);
    }

    @Test
    void theRatioOfGeometricMeansWithWelchsIntervalOnTheLogForkMeans() {
        double[] a = {100, 104, 98, 101};
        double[] b = {121, 119, 125};

        Ratio ratio = Ratio.of(forks(b), forks(a), 0.99);

        double d = logMean(b) - logMean(a);
        double va = logVariance(a) / a.length;
        double vb = logVariance(b) / b.length;
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double half = TDistribution.of(df).inverseSurvivalProbability(0.005) * Math.sqrt(va + vb);
        assertEquals(Math.exp(d), ratio.value(), 1e-12);
        assertEquals(Math.exp(d - half), ratio.lower(), 1e-12);
        assertEquals(Math.exp(d + half), ratio.upper(), 1e-12);
        assertTrue(ratio.byForks());
        assertEquals(0.99, ratio.confidence());
    }

    @Test
    void theIntervalNarrowsWithMoreForksAndWidensWithConfidence() {
        Ratio two = Ratio.of(forks(110, 112), forks(100, 98), 0.99);
        Ratio five = Ratio.of(forks(110, 112, 111, 109, 113), forks(100, 98, 99, 101, 102), 0.99);
        Ratio fiveStricter = Ratio.of(forks(110, 112, 111, 109, 113), forks(100, 98, 99, 101, 102), 0.9999);

        assertTrue(five.upper() - five.lower() < two.upper() - two.lower());
        assertTrue(fiveStricter.upper() - fiveStricter.lower() > five.upper() - five.lower());
    }

    @Test
    void aRatioIsNeverBelowZero() {
        Ratio ratio = Ratio.of(forks(10, 900, 45), forks(1000, 1001, 1002), 0.999);

        assertTrue(ratio.lower() > 0, "lower " + ratio.lower());
    }

    @Test
    void withoutTwoForksASideTheIntervalIsTheQuotientOfTheEstimatesAndNotByForks() {
        Measurement oneFork = new Measurement(100, 1.0, List.of(99.0, 101.0), "ms/op",
                List.of(List.of(99.0, 100.0, 101.0)), new Measurement.Sampling(1, 1, "1 s", 3, "1 s"));
        Measurement ungrouped = new Measurement(100, 1.0, List.of(99.0, 101.0), "ms/op",
                List.of(List.of(99.0, 100.0, 101.0)), null);

        for (Measurement few : List.of(oneFork, ungrouped)) {
            Ratio ratio = Ratio.of(few, forks(100, 101, 99), 0.999);
            Estimate num = Estimate.of(few, 0.999);
            Estimate den = Estimate.of(forks(100, 101, 99), 0.999);
            assertFalse(ratio.byForks());
            assertEquals(num.lower() / den.upper(), ratio.lower(), 1e-12);
            assertEquals(num.upper() / den.lower(), ratio.upper(), 1e-12);
        }
    }

    @Test
    void identicalSidesGiveOneExactly() {
        Ratio ratio = Ratio.of(forks(100, 100, 100), forks(100, 100, 100), 0.999);

        assertEquals(1.0, ratio.value());
        assertEquals(1.0, ratio.lower());
        assertEquals(1.0, ratio.upper());
    }

    @Test
    void onlyLikeUnitsDivide() {
        Measurement micros = new Measurement(100, 1.0, List.of(99.0, 101.0), "us/op", List.of(List.of(100.0)), null);

        assertThrows(IllegalArgumentException.class, () -> Ratio.of(forks(100, 101), micros));
    }

    @Test
    void boundsAreWholeIntervals() {
        Ratio ratio = new Ratio(1.2, 1.1, 1.3, 0.99, true);

        assertTrue(ratio.above(1.05));
        assertFalse(ratio.above(1.1));
        assertTrue(ratio.atMost(1.3));
        assertFalse(ratio.atMost(1.29));
        assertTrue(ratio.below(1.31));
        assertFalse(ratio.below(1.3));
    }
}
