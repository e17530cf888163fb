package fanout.harness.compare;

import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.run.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * Pairs the records of two sides that measure the same thing (same benchmark, every parameter equal and, across
 * files, the same JVM) and compares each pair: the ratio B/A of the scores, a conservative ratio interval from
 * the two 99.9% confidence intervals, and Welch's t-test on the raw iteration scores.
 *
 * <p>Welch's t-test, not Mann-Whitney: JMH runs often have few samples (the smoke profile has 3 per record), and
 * with 3 against 3 samples Mann-Whitney's smallest two-sided p-value is 0.1, so it could never reach the
 * default alpha of 0.01.
 */
public final class Comparer {

    public static final double DEFAULT_THRESHOLD = 0.05;
    public static final double DEFAULT_ALPHA = 0.01;

    private static final TTest WELCH = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);

    private final double threshold;
    private final double alpha;

    /**
     * @param threshold the noise threshold: changes of the ratio within 1 ± threshold are no change, 0 ≤ t &lt; 1
     * @param alpha the significance level, 0 &lt; alpha &lt; 1
     */
    public Comparer(double threshold, double alpha) {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new UsageException("--threshold must be at least 0 and below 1 (0.05 = 5%), was "
                    + Format.number(threshold));
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new UsageException("--alpha must be above 0 and below 1 (e.g. 0.01), was " + Format.number(alpha));
        }
        this.threshold = threshold;
        this.alpha = alpha;
    }

    /** Compares two results files: records pair by benchmark, JVM id and parameters. */
    public Comparison compareFiles(String nameA, ResultDocument a, String nameB, ResultDocument b) {
        if (a.schemaVersion() != b.schemaVersion()) {
            throw new UsageException(nameA + " has schema version " + a.schemaVersion() + " but " + nameB
                    + " has " + b.schemaVersion() + "; compare files of the same schema version");
        }
        Comparison comparison = compare(nameA, a.records(), nameB, b.records(), true);
        if (comparison.changes().isEmpty() && comparison.notComparable().isEmpty()) {
            throw new UsageException("no benchmark of " + nameA + " was measured in " + nameB
                    + " with the same parameters (and JVM id)");
        }
        return comparison;
    }

    /** Compares two JVMs of one run: records pair by benchmark and parameters. */
    public Comparison compareJvms(String name, ResultDocument run, String jvmA, String jvmB) {
        Set<String> known = run.run() == null || run.run().jvms() == null ? Set.of()
                : run.run().jvms().stream().map(JvmInfo::id).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String jvm : List.of(jvmA, jvmB)) {
            if (!known.contains(jvm)) {
                throw new UsageException("unknown JVM '" + jvm + "' in " + name + "; its JVMs are: "
                        + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            }
        }
        if (jvmA.equals(jvmB)) {
            throw new UsageException("--jvms needs two different JVM ids, got " + jvmA + " twice");
        }
        Comparison comparison = pairJvms(run, jvmA, jvmB);
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
    public Comparison pairJvms(ResultDocument run, String jvmA, String jvmB) {
        return compare(jvmA, of(run, r -> jvmA.equals(r.jvm())), jvmB, of(run, r -> jvmB.equals(r.jvm())), false);
    }

    private static List<ResultRecord> of(ResultDocument document, Predicate<ResultRecord> filter) {
        return document.records().stream().filter(filter).toList();
    }

    private Comparison compare(String nameA, List<ResultRecord> a, String nameB, List<ResultRecord> b,
            boolean sameJvm) {
        Map<String, ResultRecord> byKeyB = index(b, sameJvm);
        Map<String, ResultRecord> byKeyA = index(a, sameJvm);
        List<Change> changes = new ArrayList<>();
        List<Unmatched> notComparable = new ArrayList<>();
        List<Unmatched> missing = new ArrayList<>();
        for (Map.Entry<String, ResultRecord> entry : byKeyA.entrySet()) {
            ResultRecord ra = entry.getValue();
            ResultRecord rb = byKeyB.get(entry.getKey());
            if (rb == null) {
                missing.add(new Unmatched(ra.benchmark(), ra.label(), ra.params().toString(), ra.status(), null,
                        null));
            } else if (!measured(ra) || !measured(rb)) {
                String reason = !ra.ok() ? ra.reason() : rb.reason();
                notComparable.add(new Unmatched(ra.benchmark(), ra.label(), ra.params().toString(), ra.status(),
                        rb.status(), reason));
            } else {
                changes.add(change(ra, rb));
            }
        }
        byKeyB.forEach((key, rb) -> {
            if (!byKeyA.containsKey(key)) {
                missing.add(new Unmatched(rb.benchmark(), rb.label(), rb.params().toString(), null, rb.status(),
                        null));
            }
        });
        return new Comparison(nameA, nameB, threshold, alpha, changes, notComparable, missing);
    }

    /** The records by what they measure; the first of duplicates wins. */
    private static Map<String, ResultRecord> index(List<ResultRecord> records, boolean withJvm) {
        Map<String, ResultRecord> byKey = new LinkedHashMap<>();
        for (ResultRecord r : records) {
            String key = r.benchmark() + " " + (withJvm ? r.jvm() : "") + " " + new TreeMap<>(r.params());
            byKey.putIfAbsent(key, r);
        }
        return byKey;
    }

    private static boolean measured(ResultRecord r) {
        return r.ok() && r.score() != null;
    }

    Change change(ResultRecord a, ResultRecord b) {
        double scoreA = a.score();
        double scoreB = b.score();
        double ratio = scoreB / scoreA;
        double lowA = a.ci().size() == 2 ? a.ci().get(0) : scoreA;
        double highA = a.ci().size() == 2 ? a.ci().get(1) : scoreA;
        double lowB = b.ci().size() == 2 ? b.ci().get(0) : scoreB;
        double highB = b.ci().size() == 2 ? b.ci().get(1) : scoreB;
        // A time is never negative: an interval reaching below 0 says only that it is wide.
        double ratioLow = Math.max(0, lowB) / highA;
        double ratioHigh = lowA <= 0 ? Double.POSITIVE_INFINITY : highB / lowA;
        double p = pValue(a.samples(), b.samples());
        boolean significant = p < alpha;
        Verdict verdict = significant && ratio < 1 - threshold ? Verdict.IMPROVED
                : significant && ratio > 1 + threshold ? Verdict.REGRESSED
                : Verdict.NO_SIGNIFICANT_CHANGE;
        return new Change(a.benchmark(), a.label(), a.params(), a.jvm(), b.jvm(), a.unit(), scoreA, scoreB, ratio,
                ratioLow, ratioHigh, p, verdict);
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
