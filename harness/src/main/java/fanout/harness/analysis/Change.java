package fanout.harness.analysis;

import fanout.harness.analysis.cases.Case;
import fanout.harness.model.Measurement;
import java.util.Locale;

/**
 * One case measured on both sides of a comparison, compared: the ratio B/A of the geometric means of the fork means,
 * the interval that decided (over the forks, at the comparison's family-wise confidence), θ, and the verdict.
 *
 * @param benchmarkCase what was measured (equal on both sides)
 * @param jvmA the JVM id of side A
 * @param jvmB the JVM id of side B
 * @param a the measurement of A
 * @param b the measurement of B, in the unit of A
 * @param ratio B / A with the interval that decided: below 1 B is faster
 * @param theta the noise threshold of the case's family
 * @param verdict what the interval says against θ
 */
public record Change(Case benchmarkCase, String jvmA, String jvmB, Measurement a, Measurement b, Ratio ratio,
        double theta, Verdict verdict) {

    /** The unit of both measurements. */
    public String unit() {
        return a.unit();
    }

    /** A's time: the geometric mean of its fork means. */
    public double scoreA() {
        return Estimate.of(a).center();
    }

    /** B's time: the geometric mean of its fork means. */
    public double scoreB() {
        return Estimate.of(b).center();
    }

    /** What became of the case: "41× slower", "1.6× faster", "equivalent (within ±5%)", "inconclusive". */
    public String effect() {
        return switch (verdict) {
            case REGRESSED -> factor(ratio.value()) + " slower";
            case IMPROVED -> factor(1 / ratio.value()) + " faster";
            case EQUIVALENT -> "equivalent (within ±" + Thresholds.percent(theta) + ")";
            case INCONCLUSIVE, TOO_FEW_FORKS -> verdict.words();
        };
    }

    /** As {@link #effect}, shorter where space is scarce: "equivalent" without its θ. */
    public String shortEffect() {
        return verdict == Verdict.EQUIVALENT ? verdict.words() : effect();
    }

    /** A factor of at least 1: "41×" from 10 on, else with one decimal, "1.6×". */
    static String factor(double factor) {
        return String.format(Locale.ROOT, factor >= 10 ? "%.0f×" : "%.1f×", factor);
    }
}
