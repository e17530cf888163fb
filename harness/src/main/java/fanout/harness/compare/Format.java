package fanout.harness.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formats shared by the comparison's tables. */
final class Format {

    private Format() {
    }

    /** A number with at most 6 significant digits and no trailing zeros: 5, 0.01, 12.5. */
    static String number(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static String score(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : Math.abs(value) >= 1 ? "%.3f" : "%.4g",
                value);
    }

    static String ratio(double value) {
        return Double.isInfinite(value) ? "inf" : String.format(Locale.ROOT, "%.3f", value);
    }

    static String interval(double low, double high) {
        return "[" + ratio(low) + ", " + ratio(high) + "]";
    }

    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        return p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case IMPROVED -> "improved";
            case REGRESSED -> "REGRESSED";
            case NO_SIGNIFICANT_CHANGE -> "no significant change";
        };
    }
}
