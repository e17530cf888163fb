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
 * The comparison of two sides: two results files, or two JVMs of one run.
 */
public final class Comparison {
    private final String nameA;
    private final String nameB;
    private final double threshold;
    private final double alpha;
    private final List<Change> changes;
    private final List<Unmatched> notComparable;
    private final List<Unmatched> missing;
    /** Per workload, the settings whose value differs between its changes: what a case's text must show. */
    private final Map<Workload, Set<Param>> varying = new EnumMap<>(Workload.class);

    /**
     * @param nameA how side A is called in tables, e.g. the file name or a JVM id
     * @param nameB how side B is called
     * @param threshold the noise threshold, a fraction (0.05 = 5%)
     * @param alpha the significance level
     * @param changes every case measured on both sides, in the order of A
     * @param notComparable cases on both sides that were not measured on at least one of them, or not alike
     * @param missing cases on one side only
     */
    public Comparison(String nameA, String nameB, double threshold, double alpha, List<Change> changes,
            List<Unmatched> notComparable, List<Unmatched> missing) {
        this.nameA = nameA;
        this.nameB = nameB;
        this.threshold = threshold;
        this.alpha = alpha;
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

    public double threshold() {
        return threshold;
    }

    public double alpha() {
        return alpha;
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

    /** E.g. {@code 6 compared: 0 improved, 1 regressed, 5 no significant change (threshold 5%, alpha 0.01)}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d compared: %d improved, %d regressed, %d no significant change"
                + " (threshold %s%%, alpha %s)", changes.size(), count(Verdict.IMPROVED), count(Verdict.REGRESSED),
                count(Verdict.NO_SIGNIFICANT_CHANGE), Numbers.number(threshold * 100), Numbers.number(alpha));
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
