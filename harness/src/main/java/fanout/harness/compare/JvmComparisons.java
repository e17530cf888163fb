package fanout.harness.compare;

import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import java.util.List;
import java.util.Optional;

/**
 * The automatic JVM comparison of a run that measured on two or more JVMs: the first JVM the run lists is the
 * baseline, and every other JVM is compared with it (B against A), with the default noise threshold and alpha of
 * {@link Comparer}. The report's JVM section and chart 7 show it.
 *
 * @param baseline the run's first JVM
 * @param pairs each other JVM against the baseline, in run order
 */
public record JvmComparisons(JvmInfo baseline, List<JvmPair> pairs) {

    public JvmComparisons {
        pairs = List.copyOf(pairs);
    }

    /** The comparisons of the run's JVMs; empty when the run lists fewer than two. */
    public static Optional<JvmComparisons> of(ResultDocument doc) {
        if (doc.run() == null || doc.run().jvms().size() < 2) {
            return Optional.empty();
        }
        List<JvmInfo> jvms = doc.run().jvms();
        JvmInfo baseline = jvms.get(0);
        Comparer comparer = new Comparer(Comparer.DEFAULT_THRESHOLD, Comparer.DEFAULT_ALPHA);
        List<JvmPair> pairs = jvms.subList(1, jvms.size()).stream()
                .map(other -> new JvmPair(baseline, other, comparer.pairJvms(doc, baseline.id(), other.id())))
                .toList();
        return Optional.of(new JvmComparisons(baseline, pairs));
    }

    /** Whether some record was measured on the baseline and on another JVM. */
    public boolean anyMeasuredOnBoth() {
        return pairs.stream().anyMatch(p -> !p.comparison().changes().isEmpty());
    }
}
