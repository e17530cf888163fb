package fanout.harness.compare;

import java.util.Map;

/**
 * One benchmark measured on both sides, compared.
 *
 * @param benchmark the JMH benchmark, e.g. {@code SimulatedIoBenchmark.fanOut}
 * @param label the strategy label of side A, e.g. {@code SEMAPHORE(k=64)}
 * @param params every JMH parameter (equal on both sides)
 * @param jvmA the JVM id of side A
 * @param jvmB the JVM id of side B
 * @param unit the unit of both scores
 * @param scoreA the score of A
 * @param scoreB the score of B
 * @param ratio B / A: below 1 B is faster
 * @param ratioLow the conservative lower end of the ratio from the two 99.9% intervals (lowB / highA), at least 0
 * @param ratioHigh the conservative upper end (highB / lowA); infinite when A's interval reaches 0
 * @param pValue two-sided p-value of Welch's t-test on the raw samples; NaN when it cannot be computed
 * @param verdict improved, regressed or no significant change
 */
public record Change(String benchmark, String label, Map<String, String> params, String jvmA, String jvmB,
        String unit, double scoreA, double scoreB, double ratio, double ratioLow, double ratioHigh, double pValue,
        Verdict verdict) {

    public Change {
        params = Map.copyOf(params);
    }
}
