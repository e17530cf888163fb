package fanout.harness.analysis;

import fanout.harness.model.JvmInfo;
import fanout.harness.model.RunInfo;
import java.util.List;

/**
 * The automatic JVM comparison of a run that measured on two or more JVMs: the first JVM the run lists is the
 * baseline, and every other JVM is compared with it (B against A), as {@code fanout compare --jvms} would. The
 * report's JVM section and chart 7 show it; the {@link RunAnalysis} computes it once.
 *
 * @param baseline the run's first JVM
 * @param pairs each other JVM against the baseline, in run order
 */
public record JvmComparisons(JvmInfo baseline, List<JvmPair> pairs) {

    public JvmComparisons {
        pairs = List.copyOf(pairs);
    }

    /** The JVMs of the run compared, each other one with the first; {@code results} are every record of the run. */
    static JvmComparisons of(RunInfo run, List<CaseResult<?>> results, Comparer comparer, JvmNames names) {
        List<JvmInfo> jvms = run.jvms();
        JvmInfo baseline = jvms.get(0);
        List<JvmPair> pairs = jvms.subList(1, jvms.size()).stream()
                .map(other -> new JvmPair(baseline, other, comparer.pairJvms(results, run, baseline.id(),
                        other.id()), names))
                .toList();
        return new JvmComparisons(baseline, pairs);
    }
}
