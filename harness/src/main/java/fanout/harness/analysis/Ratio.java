package fanout.harness.analysis;

import fanout.harness.model.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A ratio of two measured times, with an interval: the one way the harness divides one measurement by another,
 * for comparisons (B / A), speedups (SEQUENTIAL / strategy) and overheads (strategy / bare primitive).
 *
 * <p>The ratio is that of the geometric means of the fork means. With two or more forks a side its interval is
 * Welch's: a Student-t interval for the difference of the mean log fork means, with Welch–Satterthwaite degrees of
 * freedom, exponentiated — the forks are the samples, and a time's errors are relative, so the log scale makes the
 * interval a ratio's and keeps it above zero. With fewer forks (one, or a file that did not keep samples by fork)
 * there is no fork-level spread to use: the interval is then the conservative quotient of the two {@link Estimate}s'
 * intervals, each from its own iterations, and {@link #byForks()} is false; no verdict rests on such a ratio.
 *
 * @param value numerator / denominator: the quotient of the geometric means of the fork means ({@link #of}), or the
 *     geometric mean of each fork's own quotient ({@link #paired})
 * @param lower the lower end of the interval, above zero
 * @param upper the upper end
 * @param confidence the interval's confidence
 * @param byForks whether the interval comes from two or more forks a side
 */
public record Ratio(double value, double lower, double upper, double confidence, boolean byForks) {

    /**
     * {@code numerator / denominator}, both in the same unit, with an interval of {@code confidence}.
     *
     * @throws IllegalArgumentException if the units differ
     */
    public static Ratio of(Measurement numerator, Measurement denominator, double confidence) {
        if (!numerator.unit().equals(denominator.unit())) {
            throw new IllegalArgumentException("cannot divide " + numerator.unit() + " by " + denominator.unit());
        }
        Forks n = Forks.of(numerator);
        Forks d = Forks.of(denominator);
        if (!(n.byFork() && d.byFork())) {
            Estimate en = Estimate.of(numerator, confidence);
            Estimate ed = Estimate.of(denominator, confidence);
            return new Ratio(en.center() / ed.center(), en.lower() / ed.upper(), en.upper() / ed.lower(), confidence,
                    false);
        }
        double difference = n.mean() - d.mean();
        double vn = n.variance() / n.count();
        double vd = d.variance() / d.count();
        double se = Math.sqrt(vn + vd);
        if (se == 0) {
            return new Ratio(Math.exp(difference), Math.exp(difference), Math.exp(difference), confidence, true);
        }
        double df = (vn + vd) * (vn + vd)
                / (vn * vn / (n.count() - 1) + vd * vd / (d.count() - 1));
        double halfWidth = Forks.t(df, confidence) * se;
        return new Ratio(Math.exp(difference), Math.exp(difference - halfWidth), Math.exp(difference + halfWidth),
                confidence, true);
    }

    /** {@code numerator / denominator} with an interval at the confidence the tables show ({@link Estimate#SHOWN}). */
    public static Ratio of(Measurement numerator, Measurement denominator) {
        return of(numerator, denominator, Estimate.SHOWN);
    }

    /**
     * The ratio of two quantities measured side by side in each fork, from each fork's own ratio ({@code perFork}):
     * their geometric mean, with the Student-t interval of the mean log ratio over the forks ({@link Estimate#SHOWN}).
     * Pairing removes what differs between forks (JIT, heap, machine noise) from the comparison, so this interval is
     * far narrower than Welch's between two separately measured sides. Fewer than two forks: a point, not by forks.
     */
    public static Ratio paired(List<Double> perFork) {
        if (perFork.stream().anyMatch(r -> !(r > 0 && Double.isFinite(r)))) {
            throw new IllegalArgumentException("a fork's quotient is not a positive number: " + perFork);
        }
        Estimate estimate = Estimate.overForks(perFork, "ratio");
        return new Ratio(estimate.center(), estimate.lower(), estimate.upper(), estimate.confidence(),
                estimate.byFork());
    }

    /**
     * The paired ratio of two quantities summed per fork ({@code numerator.get(f) / denominator.get(f)}), or empty
     * where the forks do not match or a fork's sum is not positive (not measured there, e.g. CPU time without
     * {@code /proc}): no fork is dropped silently.
     */
    public static Optional<Ratio> ofForkSums(List<Double> numerator, List<Double> denominator) {
        if (numerator.isEmpty() || numerator.size() != denominator.size()) {
            return Optional.empty();
        }
        List<Double> quotients = new ArrayList<>();
        for (int fork = 0; fork < numerator.size(); fork++) {
            double top = numerator.get(fork);
            double bottom = denominator.get(fork);
            if (!(top > 0 && bottom > 0 && Double.isFinite(top) && Double.isFinite(bottom))) {
                return Optional.empty();
            }
            quotients.add(top / bottom);
        }
        return Optional.of(paired(quotients));
    }

    /**
     * How far the interval reaches either side of the ratio, as a fraction on the log scale: half of ln(upper /
     * lower), expressed as {@code exp(·) − 1} (0.02 for an interval of about ±2%).
     */
    public double relativeHalfWidth() {
        return Math.expm1(Math.log(upper / lower) / 2);
    }

    /** This ratio and its interval multiplied by {@code factor} (positive): e.g. CPU / time, per core. */
    public Ratio scaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("factor must be positive, was " + factor);
        }
        return new Ratio(value * factor, lower * factor, upper * factor, confidence, byForks);
    }

    /** Whether the whole interval lies at or below {@code bound}. */
    public boolean atMost(double bound) {
        return upper <= bound;
    }

    /** Whether the whole interval lies above {@code bound}. */
    public boolean above(double bound) {
        return lower > bound;
    }

    /** Whether the whole interval lies below {@code bound}. */
    public boolean below(double bound) {
        return upper < bound;
    }

    /** Whether the upper end is finite. */
    public boolean bounded() {
        return Double.isFinite(upper);
    }
}
