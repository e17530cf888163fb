package fanout.harness.analysis;

import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.Param;
import fanout.harness.analysis.cases.Workload;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The comparison of two sides: two results files, or two JVMs of one run. Every verdict comes from its ratio's
 * interval, and the intervals are simultaneous: each at {@link #confidence()}, so that all of them hold together with
 * probability at least 1 − {@link #alpha()} (Bonferroni over the cases with two or more forks a side).
 */
public final class Comparison {
    private final String nameA;
    private final String nameB;
    private final Thresholds thresholds;
    private final double alpha;
    private final double confidence;
    private final List<String> differences;
    private final List<Change> changes;
    private final List<Unmatched> notComparable;
    private final List<Unmatched> missing;
    /** Per workload, the settings whose value differs between its changes: what a case's text must show. */
    private final Map<Workload, Set<Param>> varying = new EnumMap<>(Workload.class);

    /**
     * @param nameA how side A is called in tables, e.g. the file name or a JVM id
     * @param nameB how side B is called
     * @param thresholds θ per family
     * @param alpha the family-wise error rate of the intervals
     * @param confidence the confidence of each interval
     * @param differences how the two sides' machines, JVMs or flags differ, one line each
     * @param changes every case measured on both sides, in the order of A
     * @param notComparable cases on both sides that were not measured on at least one of them, or not alike
     * @param missing cases on one side only
     */
    public Comparison(String nameA, String nameB, Thresholds thresholds, double alpha, double confidence,
            List<String> differences, List<Change> changes, List<Unmatched> notComparable, List<Unmatched> missing) {
        this.nameA = nameA;
        this.nameB = nameB;
        this.thresholds = thresholds;
        this.alpha = alpha;
        this.confidence = confidence;
        this.differences = List.copyOf(differences);
        this.changes = List.copyOf(changes);
        this.notComparable = List.copyOf(notComparable);
        this.missing = List.copyOf(missing);
        Map<Workload, Map<Param, Set<String>>> values = new EnumMap<>(Workload.class);
        for (Change change : this.changes) {
            Case c = change.benchmarkCase();
            Map<Param, Set<String>> byParam = values.computeIfAbsent(c.workload(), w -> new EnumMap<>(Param.class));
            c.settings().forEach(s -> byParam.computeIfAbsent(s.param(), p -> new HashSet<>()).add(s.value()));
        }
        values.forEach((workload, byParam) -> {
            Set<Param> differ = new HashSet<>();
            byParam.forEach((param, distinct) -> {
                if (distinct.size() > 1) {
                    differ.add(param);
                }
            });
            varying.put(workload, differ);
        });
    }

    public String nameA() {
        return nameA;
    }

    public String nameB() {
        return nameB;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** The family-wise error rate: every interval holds together with probability at least 1 − alpha. */
    public double alpha() {
        return alpha;
    }

    /** The confidence of each interval. */
    public double confidence() {
        return confidence;
    }

    /** How the sides differ in machine, JVM build or flags, one line each; empty when alike. */
    public List<String> differences() {
        return differences;
    }

    public List<Change> changes() {
        return changes;
    }

    public List<Unmatched> notComparable() {
        return notComparable;
    }

    public List<Unmatched> missing() {
        return missing;
    }

    public long count(Verdict verdict) {
        return changes.stream().filter(c -> c.verdict() == verdict).count();
    }

    /**
     * E.g. {@code 6 compared: 0 improved, 1 regressed, 4 equivalent, 1 inconclusive, 0 too few forks}.
     */
    public String summary() {
        return String.format(Locale.ROOT, "%d compared: %d improved, %d regressed, %d equivalent, %d inconclusive,"
                + " %d too few forks", changes.size(), count(Verdict.IMPROVED), count(Verdict.REGRESSED),
                count(Verdict.EQUIVALENT), count(Verdict.INCONCLUSIVE), count(Verdict.TOO_FEW_FORKS));
    }

    /**
     * How the verdicts were reached, e.g. "Each verdict is the ratio's interval against θ (simulated-io 3%, …,
     * calibrated …); the intervals are over forks, each at 99.93% so that all 70 hold together at 95% (Bonferroni)."
     */
    public String method() {
        long withForks = changes.size() - count(Verdict.TOO_FEW_FORKS);
        if (withForks == 0) {
            return "No case was measured in two or more forks on both sides, so no interval over forks can be"
                    + " computed and no verdict is given: compare runs of a profile with several forks (ci, full).";
        }
        return "Each verdict is its ratio's interval against θ (" + thresholds + "): REGRESSED when the whole"
                + " interval lies above 1 + θ, improved below 1 / (1 + θ), equivalent within, else inconclusive."
                + " The intervals are over forks (Welch on the log fork means), each at "
                + Numbers.number(confidence * 100) + "% so that all " + withForks + " hold together at "
                + Numbers.number((1 - alpha) * 100) + "% (Bonferroni).";
    }

    /**
     * The case of a change as the comparison's table names it: the label and the settings whose values differ
     * between the cases of its benchmark here, e.g. {@code ALL_OF(DEFAULT_ASYNC) n=100}.
     */
    public String caseText(Change change) {
        Case c = change.benchmarkCase();
        Set<Param> shown = varying.getOrDefault(c.workload(), Set.of());
        StringJoiner text = new StringJoiner(" ");
        text.add(c.label());
        c.settings().stream().filter(s -> shown.contains(s.param())).forEach(s -> text.add(s.toString()));
        return text.toString();
    }

    /** The changes by case, for lookups. */
    public Map<Case, Change> byCase() {
        Map<Case, Change> byCase = new HashMap<>();
        changes.forEach(c -> byCase.putIfAbsent(c.benchmarkCase(), c));
        return byCase;
    }
}
