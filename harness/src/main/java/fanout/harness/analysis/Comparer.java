package fanout.harness.analysis;

import fanout.harness.analysis.cases.Case;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.Measurement;
import fanout.harness.model.ResultDocument;
import fanout.harness.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * Pairs the records of two sides that measure the same thing (the same {@link Case} and, across files, the same JVM
 * id) and compares each pair: the ratio B/A with its interval ({@link Ratio}), and Welch's t-test on the raw
 * iteration scores.
 *
 * <p>Welch's t-test, not Mann-Whitney: JMH runs often have few samples (the smoke profile has 3 per record), and
 * with 3 against 3 samples Mann-Whitney's smallest two-sided p-value is 0.1, so it could never reach the
 * default alpha of 0.01.
 */
public class Comparer {

    public static final double DEFAULT_THRESHOLD = 0.05;
    public static final double DEFAULT_ALPHA = 0.01;

    private static final TTest WELCH = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);

    private final double threshold;
    private final double alpha;

    /** With the default threshold (5%) and alpha (0.01). */
    public Comparer() {
        this(DEFAULT_THRESHOLD, DEFAULT_ALPHA);
    }

    /**
     * @param threshold the noise threshold: changes of the ratio within 1 ± threshold are no change, 0 ≤ t &lt; 1
     * @param alpha the significance level, 0 &lt; alpha &lt; 1
     */
    public Comparer(double threshold, double alpha) {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new UsageException("--threshold must be at least 0 and below 1 (0.05 = 5%), was "
                    + Numbers.number(threshold));
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new UsageException("--alpha must be above 0 and below 1 (e.g. 0.01), was " + Numbers.number(alpha));
        }
        this.threshold = threshold;
        this.alpha = alpha;
    }

    /** Compares two results files: records pair by case and JVM id. */
    public Comparison compareFiles(String nameA, ResultDocument a, String nameB, ResultDocument b) {
        Comparison comparison = compare(nameA, CaseResult.all(a, nameA), nameB, CaseResult.all(b, nameB), true);
        if (comparison.changes().isEmpty() && comparison.notComparable().isEmpty()) {
            throw new UsageException("no benchmark of " + nameA + " was measured in " + nameB
                    + " with the same parameters (and JVM id)");
        }
        return comparison;
    }

    /** Compares two JVMs of one run: records pair by case. */
    public Comparison compareJvms(String name, ResultDocument run, String jvmA, String jvmB) {
        Set<String> known = run.run() == null ? Set.of()
                : run.run().jvms().stream().map(JvmInfo::id).collect(Collectors.toCollection(TreeSet::new));
        for (String jvm : List.of(jvmA, jvmB)) {
            if (!known.contains(jvm)) {
                throw new UsageException("unknown JVM '" + jvm + "' in " + name + "; its JVMs are: "
                        + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            }
        }
        if (jvmA.equals(jvmB)) {
            throw new UsageException("--jvms needs two different JVM ids, got " + jvmA + " twice");
        }
        Comparison comparison = pairJvms(CaseResult.all(run, name), jvmA, jvmB);
        if (comparison.changes().isEmpty() && comparison.notComparable().isEmpty()) {
            throw new UsageException("no benchmark of " + name + " on " + jvmA + " was measured on " + jvmB
                    + " with the same parameters");
        }
        return comparison;
    }

    /**
     * Compares two JVMs of one run as {@link #compareJvms} does, without its checks: for a report, which compares
     * the JVMs the run lists and shows an empty comparison as one.
     */
    public Comparison pairJvms(List<? extends CaseResult<?>> results, String jvmA, String jvmB) {
        return compare(jvmA, of(results, jvmA), jvmB, of(results, jvmB), false);
    }

    private static List<CaseResult<?>> of(List<? extends CaseResult<?>> results, String jvm) {
        return results.stream().<CaseResult<?>>map(r -> r).filter(r -> r.jvm().equals(jvm)).toList();
    }

    /** What pairs a record with its counterpart: its case, and its JVM id where the sides are two files. */
    private record Key(Case benchmarkCase, String jvm) {}

    private Comparison compare(String nameA, List<CaseResult<?>> a, String nameB, List<CaseResult<?>> b,
            boolean sameJvm) {
        Map<Key, CaseResult<?>> byKeyA = index(a, sameJvm);
        Map<Key, CaseResult<?>> byKeyB = index(b, sameJvm);
        List<Change> changes = new ArrayList<>();
        List<Unmatched> notComparable = new ArrayList<>();
        List<Unmatched> missing = new ArrayList<>();
        byKeyA.forEach((key, ra) -> {
            CaseResult<?> rb = byKeyB.get(key);
            if (rb == null) {
                missing.add(new Unmatched(ra.benchmarkCase(), ra.status(), null, null));
            } else if (!ra.measured() || !rb.measured()) {
                notComparable.add(new Unmatched(ra.benchmarkCase(), ra.status(), rb.status(),
                        !ra.measured() ? ra.reason() : rb.reason()));
            } else if (!ra.measurement().unit().equals(rb.measurement().unit())) {
                notComparable.add(new Unmatched(ra.benchmarkCase(), ra.status(), rb.status(), "measured in "
                        + ra.measurement().unit() + " on A and " + rb.measurement().unit() + " on B"));
            } else {
                changes.add(change(ra.benchmarkCase(), ra.jvm(), ra.measurement(), rb.jvm(), rb.measurement()));
            }
        });
        byKeyB.forEach((key, rb) -> {
            if (!byKeyA.containsKey(key)) {
                missing.add(new Unmatched(rb.benchmarkCase(), null, rb.status(), null));
            }
        });
        return new Comparison(nameA, nameB, threshold, alpha, changes, notComparable, missing);
    }

    /** The records by what they measure; the first of duplicates wins. */
    private static Map<Key, CaseResult<?>> index(List<CaseResult<?>> results, boolean withJvm) {
        Map<Key, CaseResult<?>> byKey = new LinkedHashMap<>();
        results.forEach(r -> byKey.putIfAbsent(new Key(r.benchmarkCase(), withJvm ? r.jvm() : null), r));
        return byKey;
    }

    /** The comparison of one case measured as {@code a} on {@code jvmA} and as {@code b} on {@code jvmB}. */
    Change change(Case benchmarkCase, String jvmA, Measurement a, String jvmB, Measurement b) {
        Ratio ratio = Ratio.of(b, a);
        double p = pValue(a.samples(), b.samples());
        boolean significant = p < alpha;
        Verdict verdict = significant && ratio.value() < 1 - threshold ? Verdict.IMPROVED
                : significant && ratio.value() > 1 + threshold ? Verdict.REGRESSED
                : Verdict.NO_SIGNIFICANT_CHANGE;
        return new Change(benchmarkCase, jvmA, jvmB, a, b, ratio, p, verdict);
    }

    /** Welch's two-sided t-test; NaN with fewer than 2 samples a side or no variance on either. */
    static double pValue(List<Double> a, List<Double> b) {
        if (a.size() < 2 || b.size() < 2) {
            return Double.NaN;
        }
        double[] x = a.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = b.stream().mapToDouble(Double::doubleValue).toArray();
        try {
            return WELCH.test(x, y).getPValue();
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }
}
