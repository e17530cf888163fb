package fanout.harness.analysis;

/**
 * One point of a chart's series: where it is, and the interval of its value (the interval of a measurement,
 * or a {@link Ratio}'s). A point of a model or a limit has no interval: {@code lower == upper == y}.
 *
 * @param x the x value (N, k, repository count)
 * @param y the value
 * @param lower the lower end of its interval
 * @param upper the upper end, possibly infinite
 */
public record Point(double x, double y, double lower, double upper) {

    /** A record's time at {@code x}, with the interval the reports show. */
    public static Point of(double x, Estimate estimate) {
        return new Point(x, estimate.center(), estimate.lower(), estimate.upper());
    }

    /**
     * The distance from the value to the farther end of its interval: what an error bar drawn alike on both sides
     * (as XChart draws it on a linear axis) must reach to cover the interval, which is wider above the value than
     * below (it is symmetric on the log scale, {@link Estimate}).
     */
    public double widerSide() {
        return Math.max(y - lower, upper - y);
    }

    /** A point without an interval. */
    public static Point exact(double x, double y) {
        return new Point(x, y, y, y);
    }
}
