package fanout.harness.analysis;

import fanout.harness.model.Measurement;
import java.util.List;

/**
 * A record's time as the reports show it and the statistics use it: the geometric mean of its fork means, with a
 * 95% Student-t confidence interval of that mean, computed on the log scale over the forks, so that it is never below
 * zero and reflects how much forks (JVMs) differ, not only how steady one JVM's iterations were. Where the samples are
 * not grouped by fork, or only one fork was run, the iterations of that one JVM stand in: the interval then says only
 * how steady that JVM was, which {@link #forks()} and {@link #byFork()} let a reader tell.
 *
 * @param center the geometric mean of the fork means (of the iterations, without forks)
 * @param lower the lower end of the interval, above zero
 * @param upper the upper end
 * @param confidence the interval's confidence, e.g. 0.95
 * @param forks how many forks it is computed from (1 for a single fork or an ungrouped file)
 * @param byFork whether the interval comes from two or more forks
 * @param unit the unit of the three values
 */
public record Estimate(double center, double lower, double upper, double confidence, int forks, boolean byFork,
        String unit) {

    /**
     * The confidence of the intervals every table and chart shows. Not JMH's 99.9%: that is for many iterations, while
     * these intervals are over a few forks, where a 99.9% t interval is of little use (with two forks its quantile is
     * 637).
     */
    public static final double SHOWN = 0.95;

    /** A measurement's estimate at {@link #SHOWN} confidence. */
    public static Estimate of(Measurement measurement) {
        return of(measurement, SHOWN);
    }

    /** A measurement's estimate at {@code confidence}. */
    public static Estimate of(Measurement measurement, double confidence) {
        return of(Forks.of(measurement), measurement.score(), measurement.unit(), confidence);
    }

    /**
     * The estimate of one value per fork (e.g. a fork's ratio of two sums, or its time per task), in {@code unit}, at
     * {@link #SHOWN} confidence; with fewer than two forks a point, with {@link #byFork()} false.
     */
    public static Estimate overForks(List<Double> perFork, String unit) {
        Forks forks = Forks.ofValues(perFork);
        return of(forks, perFork.isEmpty() ? Double.NaN : perFork.get(0), unit, SHOWN);
    }

    private static Estimate of(Forks forks, double fallback, String unit, double confidence) {
        boolean byFork = forks.byFork();
        int count = byFork ? forks.count() : 1;
        if (forks.count() < 2) {
            double center = forks.count() == 1 ? Math.exp(forks.mean()) : fallback;
            return new Estimate(center, center, center, confidence, count, false, unit);
        }
        double mean = forks.mean();
        double halfWidth = Forks.t(forks.count() - 1, confidence) * Math.sqrt(forks.variance() / forks.count());
        return new Estimate(Math.exp(mean), Math.exp(mean - halfWidth), Math.exp(mean + halfWidth), confidence, count,
                byFork, unit);
    }

    /** Whether the interval is a point: a single sample, or samples that did not vary. */
    public boolean degenerate() {
        return lower == upper;
    }
}
