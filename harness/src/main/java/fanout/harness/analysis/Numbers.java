package fanout.harness.analysis;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers are written in charts, sentences and tables: a score with as many decimals as its interval supports,
 * an interval rounded outward, N grouped by thousands as in "N = 10 000", efficiencies with two decimals. Always
 * {@link Locale#ROOT}, so a report reads the same on every machine.
 */
public final class Numbers {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Numbers() {}

    /** A moment in UTC, "2025-06-02 09:14:05 UTC"; "unknown" for none. */
    public static String time(Instant instant) {
        return instant == null ? "unknown" : TIME.format(instant);
    }

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

    /** "161.2 ms/op [159.9, 162.5]": a record's time, its unit and its interval. */
    public static String estimate(Estimate estimate) {
        return withInterval(estimate.center(), " " + estimate.unit(), estimate.lower(), estimate.upper());
    }

    /**
     * "[159.9, 162.5]", rounded outward with the decimals the half-width of the interval supports; "[718, ∞]" without
     * an upper end.
     */
    public static String interval(double lower, double upper) {
        if (Double.isInfinite(upper)) {
            return "[" + outward(lower, decimalsOfValue(Math.abs(lower)), false) + ", ∞]";
        }
        double halfWidth = (upper - lower) / 2;
        int decimals = Double.isFinite(halfWidth) && halfWidth > 0 ? decimalsFor(halfWidth)
                : decimalsOfValue(Math.max(Math.abs(lower), Math.abs(upper)));
        return "[" + outward(lower, decimals, false) + ", " + outward(upper, decimals, true) + "]";
    }

    /**
     * An end of an interval rounded away from its middle, so that the printed interval contains the computed one; a
     * positive lower end that would print as zero or lose its first digit is written with three significant digits.
     */
    private static String outward(double end, int decimals, boolean up) {
        double scale = Math.pow(10, decimals);
        double rounded = (up ? Math.ceil(end * scale - 1e-9) : Math.floor(end * scale + 1e-9)) / scale;
        if (!up && end > 0 && rounded < end / 2) {
            return significant(end, false);
        }
        return fixed(rounded, decimals);
    }

    /** Three significant digits, rounded down or up; a value of 1000 or more whole. */
    private static String significant(double value, boolean up) {
        int decimals = Math.max(0, Math.min(12, 2 - (int) Math.floor(Math.log10(Math.abs(value)))));
        double scale = Math.pow(10, decimals);
        double rounded = (up ? Math.ceil(value * scale - 1e-9) : Math.floor(value * scale + 1e-9)) / scale;
        return fixed(rounded, decimals);
    }

    /**
     * "728.7× [719.6, 737.8]": a value, its unit, and its interval, the value with the decimals the interval
     * supports.
     */
    public static String withInterval(double value, String unit, double lower, double upper) {
        return inInterval(value, lower, upper) + unit + " " + interval(lower, upper);
    }

    /** A value with the decimals its interval supports, as {@link #interval} writes the interval: "728.7". */
    public static String inInterval(double value, double lower, double upper) {
        double halfWidth = (upper - lower) / 2;
        return Double.isFinite(halfWidth) && halfWidth > 0 ? fixed(value, decimalsFor(halfWidth)) : value(value);
    }

    /** A confidence as a percentage: "95%", "99.9%". */
    public static String confidence(double confidence) {
        return number(confidence * 100) + "%";
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

    /**
     * A number of bytes: whole and grouped by thousands from 100 on ("1180", "24 576"), about three significant digits
     * below ("56.3", "0.125").
     */
    public static String bytes(double bytes) {
        return Math.abs(bytes) >= 100 ? count(Math.round(bytes)) : value(bytes);
    }

    /** A parameter value such as a latency, without a needless ".0": "10", "0.5". */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : value(value);
    }

    /** A setting or threshold with at most 6 significant digits and no trailing zeros: 5, 0.01, 12.5. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }

    /** A score in a comparison, without its error: "1000.1", "13.900", "0.2500". */
    public static String score(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : Math.abs(value) >= 1 ? "%.3f" : "%.4g",
                value);
    }

    /** A ratio or efficiency in a table, with three decimals so that 1.051 does not read as 1.05: "1.500", "inf". */
    public static String precise(double ratio) {
        return Double.isInfinite(ratio) ? "inf" : fixed(ratio, 3);
    }

    /**
     * A ratio interval in a table: "[0.980, 1.020]", "[0.310, inf]"; rounded outward, an end below 0.1 with three
     * significant digits so that it does not read as 0, one of 1000 or more whole ("[0.00123, 2346]").
     */
    public static String preciseInterval(double lower, double upper) {
        return "[" + preciseEnd(lower, false) + ", " + preciseEnd(upper, true) + "]";
    }

    private static String preciseEnd(double end, boolean up) {
        if (Double.isInfinite(end)) {
            return "inf";
        }
        if (end != 0 && (Math.abs(end) < 0.1 || Math.abs(end) >= 1000)) {
            return significant(end, up);
        }
        return outward(end, 3, up);
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
