package fanout.harness.analysis;

import java.util.List;

/**
 * What one chart of the report draws, prepared by the {@link RunAnalysis}: the series with their intervals, the
 * footnote's provenance and the sentence the report prints under the chart. The chart classes only present it.
 */
public sealed interface Figure permits Figure.MakespanVsN, Figure.SpeedupVsN, Figure.BoundedVsK, Figure.GitScaling,
        Figure.JvmBars, Figure.OverheadVsN, Figure.AllocationVsN, Figure.HeavyTail,
        Figure.Failures {

    /** Where and when the numbers were measured, as footnote lines (see {@link Provenance}). */
    List<String> provenance();

    /** One sentence on what the chart shows, computed from the same records. */
    String sentence();

    /**
     * Chart 1: makespan against N, per strategy label, with each label's lower bound and model.
     *
     * @param latencyMs the fixed latency of every record drawn
     * @param unit the unit of every score
     * @param measured one series per label, points at each N with the interval
     * @param lowerBounds per label (same index) its lower bound at each N: no implementation can be faster
     * @param models per label (same index) its model's makespan at each N: a prediction, not a bound
     */
    record MakespanVsN(double latencyMs, String unit, List<Series> measured, List<Series> lowerBounds,
            List<Series> models, List<String> provenance, String sentence) implements Figure {}

    /**
     * Chart 2: speedup over SEQUENTIAL against N, per label, with the speedup the models predict.
     *
     * @param latencyMs the fixed latency of every record drawn
     * @param measured one series per label: SEQUENTIAL / label at each N, with the {@link Ratio}'s interval
     * @param models per label (same index) SEQUENTIAL's model / the label's model at each N
     */
    record SpeedupVsN(double latencyMs, List<Series> measured, List<Series> models, List<String> provenance,
            String sentence) implements Figure {}

    /**
     * Chart 3: makespan against the limit k of the bounded strategies at one N, with each strategy's lower bound and
     * model.
     *
     * @param n the N of every record drawn
     * @param latencyMs the fixed latency of every record drawn
     * @param unit the unit of every score
     * @param measured one series per bounded strategy, points at each k
     * @param lowerBounds per strategy (same index) its lower bound at each k
     * @param models per strategy (same index) its model's makespan at each k
     */
    record BoundedVsK(int n, double latencyMs, String unit, List<Series> measured, List<Series> lowerBounds,
            List<Series> models, List<String> provenance, String sentence) implements Figure {}

    /**
     * Chart 6: git makespan against the repository count, with the CPU-bound limit.
     *
     * @param unit the unit of every score
     * @param measured one series per label, points at each repository count
     * @param limit the CPU-bound limit at each repository count (index -1): the lower bound its records carry
     */
    record GitScaling(String unit, List<Series> measured, Series limit, List<String> provenance, String sentence)
            implements Figure {}

    /**
     * Chart 7: per strategy label, one bar per JVM, at one N and latency.
     *
     * @param n the N of every record drawn
     * @param latencyMs the fixed latency of every record drawn
     * @param unit the unit of every score
     * @param categories per label, the label with its verdicts: "ALL_OF(DEFAULT_ASYNC) · 41× slower"
     * @param bars one series per JVM (index: its position in the run), a point per category ({@code x} is the
     *     category's index), NaN where the JVM did not measure the label
     * @param pairs the pairs the verdicts compare, "JDK 25.0.3 vs JDK 17.0.15, …"
     * @param verdictMethod how the verdicts were reached, "the ratio's interval over forks against θ = 5%, each JVM
     *     against JDK 17.0.15 (see the verdict table)"
     */
    record JvmBars(int n, double latencyMs, String unit, List<String> categories, List<Series> bars, String pairs,
            String verdictMethod, List<String> provenance, String sentence) implements Figure {}

    /**
     * Chart 8: each strategy's time per task against N, beside the bare JDK primitive it wraps, timed in the same
     * forks.
     *
     * @param latencyMs the latency of every task drawn (0: calls that return at once)
     * @param strategies one series per strategy label (per label and JVM where several JVMs are drawn): its time per
     *     task at each N, with the interval over the forks
     * @param bare per series (same name and index) its bare primitive's time per task at the same N
     */
    record OverheadVsN(double latencyMs, List<Series> strategies, List<Series> bare, List<String> provenance,
            String sentence) implements Figure {}

    /**
     * Chart 8b: the bytes the JVM allocated per task against N, each strategy beside its bare primitive, for the
     * series of chart 8 that have allocation readings (JDK 21+). A point has no interval: it is the bytes of every
     * fan-out measured over all forks, divided by the fan-outs and by N.
     *
     * @param latencyMs the latency of every task drawn
     * @param strategies one series per series of chart 8 with readings: the strategy's bytes per task at each N
     * @param bare per series (same name and index) its bare primitive's bytes per task at the same N
     */
    record AllocationVsN(double latencyMs, List<Series> strategies, List<Series> bare, List<String> provenance,
            String sentence) implements Figure {}

    /**
     * Chart 4: makespan per latency distribution, the tail growing left to right, one bar per strategy label
     * (SEMAPHORE and BATCHED at one k, FIXED_POOL and VIRTUAL_SCOPE where measured), at one N, no fault.
     *
     * @param n the N of every record drawn
     * @param latencyMs the mean latency of every record drawn
     * @param unit the unit of every score
     * @param categories the distributions, in the order their tails grow
     * @param bars one series per label, a point per category ({@code x} its index), NaN where not measured
     */
    record HeavyTail(int n, double latencyMs, String unit, List<String> categories, List<Series> bars,
            List<Series> lowerBounds, List<String> provenance, String sentence) implements Figure {}

    /**
     * Chart 5: time to outcome (the call's return or throw) per failure policy, for a failure first and a failure
     * last, per strategy label.
     *
     * @param n the N of every record drawn
     * @param latencyMs the mean latency of every record drawn
     * @param unit the unit of every score
     * @param categories "first · VIRTUAL_SCOPE", "last · SEMAPHORE(k=64)", …
     * @param bars one series per policy (COLLECT, FAIL_FAST, FIRST_ERROR_NO_CANCEL, deadline), NaN where not measured
     * @param orphans one sentence per FIRST_ERROR_NO_CANCEL record: what it left running, and for how long
     */
    record Failures(int n, double latencyMs, String unit, List<String> categories, List<Series> bars,
            List<String> orphans, List<String> provenance, String sentence) implements Figure {}
}
