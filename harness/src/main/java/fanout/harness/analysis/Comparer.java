package fanout.harness.analysis;

import fanout.harness.UsageException;
import fanout.harness.analysis.cases.Case;
import fanout.harness.model.HostInfo;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.Measurement;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.RunInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Pairs the records of two sides that measure the same thing (the same {@link Case} and, across files, the same JVM
 * id) and compares each pair by the method of SPEC §9: each fork summarised by its mean; the ratio B/A of the
 * geometric means of the fork means; one interval over the forks ({@link Ratio}: Welch on the log fork means); the
 * verdict from that interval alone against the family's θ ({@link Verdict}). The intervals are simultaneous:
 * Bonferroni over every case with two or more forks a side, so that all of them hold together with probability at
 * least 1 − alpha, which is what gating a CI job on "nothing regressed" needs.
 *
 * <p>Why Welch on log fork means rather than a hierarchical bootstrap: a run has few forks (2 to 10 a side), too few
 * for a bootstrap's resampling to resolve a tail probability, while Welch's t interval is a well-studied approximation
 * for two means of unequal variance (exact in the equal-variance case for normal data, here the log fork means); on
 * the log scale a difference is a ratio, and its interval stays above zero.
 */
public class Comparer {

    /** The family-wise error rate of the intervals when none is given. */
    public static final double DEFAULT_ALPHA = 0.05;

    private final Thresholds thresholds;
    private final double alpha;

    /** With θ uncalibrated (5% everywhere) and a family-wise alpha of 0.05. */
    public Comparer() {
        this(Thresholds.uncalibrated(), DEFAULT_ALPHA);
    }

    /**
     * @param thresholds θ per family
     * @param alpha the family-wise error rate, 0 &lt; alpha &lt; 1
     */
    public Comparer(Thresholds thresholds, double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new UsageException("--alpha must be above 0 and below 1 (e.g. 0.05), was " + Numbers.number(alpha));
        }
        for (double theta : thresholds.theta().values()) {
            if (!(theta >= 0 && Double.isFinite(theta))) {
                throw new UsageException("θ must be a finite fraction of at least 0 (0.05 = 5%), was "
                        + Numbers.number(theta));
            }
        }
        this.thresholds = thresholds;
        this.alpha = alpha;
    }

    /**
     * Compares two results files: records pair by case and JVM id. Its differences name, besides how the sides
     * differ, how side A differs from the runs that calibrated θ (B, if like A, is then like them too).
     */
    public Comparison compareFiles(String nameA, ResultDocument a, String nameB, ResultDocument b) {
        List<String> differences = new ArrayList<>(differences(a.run(), b.run()));
        differences.addAll(thresholds.differences("A", a.run()));
        Comparison comparison = compare(nameA, CaseResult.all(a, nameA), nameB, CaseResult.all(b, nameB), true,
                differences);
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
        Comparison comparison = pairJvms(CaseResult.all(run, name), run.run(), jvmA, jvmB);
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
    public Comparison pairJvms(List<? extends CaseResult<?>> results, RunInfo run, String jvmA, String jvmB) {
        return compare(jvmA, of(results, jvmA), jvmB, of(results, jvmB), false, jvmDifferences(run, jvmA, jvmB));
    }

    private static List<CaseResult<?>> of(List<? extends CaseResult<?>> results, String jvm) {
        return results.stream().<CaseResult<?>>map(r -> r).filter(r -> r.jvm().equals(jvm)).toList();
    }

    /** What pairs a record with its counterpart: its case, and its JVM id where the sides are two files. */
    private record Key(Case benchmarkCase, String jvm) {}

    /** A case measured on both sides, before the confidence of the intervals is known. */
    private record Pair(Case benchmarkCase, String jvmA, Measurement a, String jvmB, Measurement b) {
        boolean byForks() {
            return enoughForks(a) && enoughForks(b);
        }
    }

    private Comparison compare(String nameA, List<CaseResult<?>> a, String nameB, List<CaseResult<?>> b,
            boolean sameJvm, List<String> differences) {
        Map<Key, CaseResult<?>> byKeyA = index(a, sameJvm);
        Map<Key, CaseResult<?>> byKeyB = index(b, sameJvm);
        List<Pair> pairs = new ArrayList<>();
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
                pairs.add(new Pair(ra.benchmarkCase(), ra.jvm(), ra.measurement(), rb.jvm(), rb.measurement()));
            }
        });
        byKeyB.forEach((key, rb) -> {
            if (!byKeyA.containsKey(key)) {
                missing.add(new Unmatched(rb.benchmarkCase(), null, rb.status(), null));
            }
        });
        long family = pairs.stream().filter(Pair::byForks).count();
        double confidence = 1 - alpha / Math.max(1, family);
        List<Change> changes = pairs.stream()
                .map(p -> change(p.benchmarkCase(), p.jvmA(), p.a(), p.jvmB(), p.b(), confidence)).toList();
        return new Comparison(nameA, nameB, thresholds, alpha, confidence, differences, changes, notComparable,
                missing);
    }

    /** The records by what they measure; the first of duplicates wins. */
    private static Map<Key, CaseResult<?>> index(List<CaseResult<?>> results, boolean withJvm) {
        Map<Key, CaseResult<?>> byKey = new LinkedHashMap<>();
        results.forEach(r -> byKey.putIfAbsent(new Key(r.benchmarkCase(), withJvm ? r.jvm() : null), r));
        return byKey;
    }

    /** The comparison of one case measured as {@code a} on {@code jvmA} and as {@code b} on {@code jvmB}. */
    Change change(Case benchmarkCase, String jvmA, Measurement a, String jvmB, Measurement b, double confidence) {
        Ratio ratio = Ratio.of(b, a, confidence);
        double theta = thresholds.of(benchmarkCase.workload());
        Verdict verdict;
        if (!ratio.byForks()) {
            verdict = Verdict.TOO_FEW_FORKS;
        } else if (ratio.above(1 + theta)) {
            verdict = Verdict.REGRESSED;
        } else if (ratio.below(1 / (1 + theta))) {
            verdict = Verdict.IMPROVED;
        } else if (ratio.lower() >= 1 / (1 + theta) && ratio.upper() <= 1 + theta) {
            verdict = Verdict.EQUIVALENT;
        } else {
            verdict = Verdict.INCONCLUSIVE;
        }
        return new Change(benchmarkCase, jvmA, jvmB, a, b, ratio, theta, verdict);
    }

    /**
     * Whether a measurement has two or more forks with a positive mean, as a verdict needs: what makes a
     * {@link Ratio} one {@linkplain Ratio#byForks() by forks}, known here before the confidence is.
     */
    static boolean enoughForks(Measurement measurement) {
        return Forks.of(measurement).byFork();
    }

    /**
     * How two runs differ where it matters to their numbers (SPEC §9, like with like), one line each: the profile,
     * the machines' CPU, cores, memory and OS, and for each JVM id of both, its build and flags.
     */
    static List<String> differences(RunInfo a, RunInfo b) {
        List<String> lines = new ArrayList<>();
        if (a == null || b == null) {
            return lines;
        }
        differ(lines, "profiles", a.profile(), b.profile());
        differ(lines, "machines", a.machines().stream().map(Comparer::machine).collect(Collectors.joining(" / ")),
                b.machines().stream().map(Comparer::machine).collect(Collectors.joining(" / ")));
        for (JvmInfo jvmA : a.jvms()) {
            b.jvms().stream().filter(jvmB -> jvmB.id().equals(jvmA.id())).findFirst().ifPresent(jvmB -> {
                differ(lines, jvmA.id() + " build", build(jvmA), build(jvmB));
                differ(lines, jvmA.id() + " flags", String.join(" ", jvmA.jvmArgs()), String.join(" ", jvmB.jvmArgs()));
            });
        }
        return lines;
    }

    /** How two JVMs of one run differ besides being two JVMs: their machine and flags. */
    static List<String> jvmDifferences(RunInfo run, String jvmA, String jvmB) {
        List<String> lines = new ArrayList<>();
        if (run == null) {
            return lines;
        }
        JvmInfo a = run.jvms().stream().filter(j -> j.id().equals(jvmA)).findFirst().orElse(null);
        JvmInfo b = run.jvms().stream().filter(j -> j.id().equals(jvmB)).findFirst().orElse(null);
        if (a != null && b != null) {
            differ(lines, "machine", machine(run.hostOf(jvmA)), machine(run.hostOf(jvmB)));
            differ(lines, "flags", String.join(" ", a.jvmArgs()), String.join(" ", b.jvmArgs()));
        }
        return lines;
    }

    private static void differ(List<String> lines, String what, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            lines.add(what + " differ: A " + a + "; B " + b);
        }
    }

    private static String machine(HostInfo host) {
        return host == null ? "unknown" : host.summary();
    }

    private static String build(JvmInfo jvm) {
        return jvm.vendor() + " " + jvm.vmName() + " " + jvm.vmVersion();
    }
}
