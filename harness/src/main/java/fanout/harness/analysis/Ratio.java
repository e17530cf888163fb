package fanout.harness.analysis;

import fanout.harness.model.Measurement;

/**
 * A ratio of two measured times, with an interval: the one way the harness divides one measurement by another,
 * for speedups (SEQUENTIAL / strategy), overheads (strategy / bare primitive) and comparisons (B / A).
 *
 * <p>The interval is conservative: from the numerator's lowest to its highest value within its 99.9% interval,
 * over the denominator's highest to its lowest, i.e. {@code [lowN / highD, highN / lowD]}. A time is never
 * negative, so an interval reaching below 0 counts from 0; where the denominator's interval reaches 0 the upper end
 * is infinite: the data cannot bound the ratio.
 *
 * @param value numerator score / denominator score
 * @param lower the lower end of the interval, at least 0
 * @param upper the upper end, infinite where the denominator's interval reaches 0
 */
public record Ratio(double value, double lower, double upper) {

    /**
     * {@code numerator / denominator}, both in the same unit.
     *
     * @throws IllegalArgumentException if the units differ or the denominator's score is not positive
     */
    public static Ratio of(Measurement numerator, Measurement denominator) {
        if (!numerator.unit().equals(denominator.unit())) {
            throw new IllegalArgumentException("cannot divide " + numerator.unit() + " by " + denominator.unit());
        }
        if (!(denominator.score() > 0)) {
            throw new IllegalArgumentException("cannot divide by a score of " + denominator.score());
        }
        double lower = Math.max(0, numerator.lower()) / denominator.upper();
        double upper = denominator.lower() <= 0 ? Double.POSITIVE_INFINITY : numerator.upper() / denominator.lower();
        return new Ratio(numerator.score() / denominator.score(), lower, upper);
    }

    /** Whether the whole interval lies at or below {@code bound}. */
    public boolean atMost(double bound) {
        return upper <= bound;
    }

    /** Whether the whole interval lies above {@code bound}. */
    public boolean above(double bound) {
        return lower > bound;
    }

    /** Whether the upper end is finite: the denominator's interval stays clear of 0. */
    public boolean bounded() {
        return Double.isFinite(upper);
    }
}
