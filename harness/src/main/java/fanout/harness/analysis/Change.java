package fanout.harness.analysis;

import fanout.harness.analysis.cases.Case;
import fanout.harness.model.Measurement;
import java.util.Locale;

/**
 * One case measured on both sides of a comparison, compared.
 *
 * @param benchmarkCase what was measured (equal on both sides)
 * @param jvmA the JVM id of side A
 * @param jvmB the JVM id of side B
 * @param a the measurement of A
 * @param b the measurement of B, in the unit of A
 * @param ratio B / A with its interval: below 1 B is faster
 * @param pValue two-sided p-value of Welch's t-test on the raw samples; NaN when it cannot be computed
 * @param verdict improved, regressed or no significant change
 */
public record Change(Case benchmarkCase, String jvmA, String jvmB, Measurement a, Measurement b, Ratio ratio,
        double pValue, Verdict verdict) {

    /** The unit of both measurements. */
    public String unit() {
        return a.unit();
    }

    /** What became of the case, with the factor when the verdict is a change: "41× slower", "1.6× faster". */
    public String effect() {
        return switch (verdict) {
            case REGRESSED -> factor(ratio.value()) + " slower";
            case IMPROVED -> factor(1 / ratio.value()) + " faster";
            case NO_SIGNIFICANT_CHANGE -> "no significant change";
        };
    }

    /** As {@link #effect}, shorter where space is scarce: "no change" for no significant change. */
    public String shortEffect() {
        return verdict == Verdict.NO_SIGNIFICANT_CHANGE ? "no change" : effect();
    }

    /** A factor of at least 1: "41×" from 10 on, else with one decimal, "1.6×". */
    static String factor(double factor) {
        return String.format(Locale.ROOT, factor >= 10 ? "%.0f×" : "%.1f×", factor);
    }
}
