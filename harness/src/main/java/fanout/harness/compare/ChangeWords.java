package fanout.harness.compare;

import java.util.Locale;

/** How a change reads in sentences and chart labels: "41× slower", "1.6× faster", "no significant change". */
public final class ChangeWords {

    private ChangeWords() {
    }

    /** What became of the benchmark, with the factor when the verdict is a change. */
    public static String effect(Change change) {
        return switch (change.verdict()) {
            case REGRESSED -> factor(change.ratio()) + " slower";
            case IMPROVED -> factor(1 / change.ratio()) + " faster";
            case NO_SIGNIFICANT_CHANGE -> "no significant change";
        };
    }

    /** As {@link #effect}, shorter where space is scarce: "no change" for no significant change. */
    public static String shortEffect(Change change) {
        return change.verdict() == Verdict.NO_SIGNIFICANT_CHANGE ? "no change" : effect(change);
    }

    /** A factor of at least 1: "41×" from 10 on, else with one decimal, "1.6×". */
    static String factor(double factor) {
        return String.format(Locale.ROOT, factor >= 10 ? "%.0f×" : "%.1f×", factor);
    }
}
