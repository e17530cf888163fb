package fanout.harness.chart;

import java.util.Locale;

/**
 * How numbers are written in charts, interpretations and tables: a score with as many decimals as its error
 * supports, N grouped by thousands as in "N = 10 000", efficiencies with two decimals. Always {@link Locale#ROOT},
 * so a report reads the same on every machine.
 */
public final class Numbers {
    private Numbers() {}

    /** A value with about three significant digits and no exponent: 10118, 161, 47.8, 1.05, 0.0123. */
    public static String value(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2
                : magnitude == 0 ? 0 : Math.min(9, 2 - (int) Math.floor(Math.log10(magnitude)));
        return fixed(value, decimals);
    }

    /** "161.2 ± 1.3": the error with two significant digits and the score with the same decimals. */
    public static String withError(double score, double error) {
        if (!Double.isFinite(error) || error <= 0) {
            return value(score);
        }
        int decimals = decimalsFor(error);
        return fixed(score, decimals) + " ± " + fixed(error, decimals);
    }

    /** "[159.9, 162.5]", with the decimals the half-width of the interval supports. */
    public static String interval(double lower, double upper) {
        double halfWidth = (upper - lower) / 2;
        int decimals = Double.isFinite(halfWidth) && halfWidth > 0 ? decimalsFor(halfWidth)
                : decimalsOfValue(Math.max(Math.abs(lower), Math.abs(upper)));
        return "[" + fixed(lower, decimals) + ", " + fixed(upper, decimals) + "]";
    }

    /** An efficiency or ratio with two decimals: "0.97". */
    public static String ratio(double ratio) {
        return fixed(ratio, 2);
    }

    /** A count or N, grouped by thousands from 10 000 on: "1000", "10 000", "1 000 000". */
    public static String count(long count) {
        String digits = Long.toString(Math.abs(count));
        if (digits.length() <= 4) {
            return Long.toString(count);
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return (count < 0 ? "-" : "") + grouped;
    }

    /** A parameter value such as a latency, without a needless ".0": "10", "0.5". */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : value(value);
    }

    private static int decimalsFor(double error) {
        int exponent = (int) Math.floor(Math.log10(error));
        return Math.max(0, Math.min(9, 1 - exponent));
    }

    private static int decimalsOfValue(double magnitude) {
        return magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
