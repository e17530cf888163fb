package fanout.harness.analysis;

import fanout.harness.analysis.cases.Case;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RecordStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One JVM of a run compared with the run's baseline JVM: B against A, as {@code fanout compare --jvms a,b} does,
 * with the comparison's title and summary in words.
 */
public final class JvmPair {
    private final JvmInfo a;
    private final JvmInfo b;
    private final Comparison comparison;
    private final JvmNames names;
    private final Map<Case, Change> byCase;

    /**
     * @param a the baseline (side A)
     * @param b the JVM compared with it (side B)
     * @param comparison every record pair of the two JVMs, its verdicts, and the records not measured on both
     * @param names how the run names its JVMs
     */
    JvmPair(JvmInfo a, JvmInfo b, Comparison comparison, JvmNames names) {
        this.a = a;
        this.b = b;
        this.comparison = comparison;
        this.names = names;
        this.byCase = comparison.byCase();
    }

    public JvmInfo a() {
        return a;
    }

    public JvmInfo b() {
        return b;
    }

    public Comparison comparison() {
        return comparison;
    }

    /** "JDK 25.0.3 vs JDK 17.0.15": B first, as in "B is slower than A". */
    public String title() {
        return names.brief(b.id()) + " vs " + names.brief(a.id());
    }

    /** The change of a case between the two JVMs, if both measured it. */
    public Optional<Change> changeOf(Case benchmarkCase) {
        return Optional.ofNullable(byCase.get(benchmarkCase));
    }

    /** The JVM on which an unmatched record was not measured: the side that is not OK, or that lacks it. */
    public JvmInfo notMeasuredOn(Unmatched unmatched) {
        if (unmatched.missing()) {
            return unmatched.statusA() == null ? a : b;
        }
        return unmatched.statusA() != RecordStatus.OK ? a : b;
    }

    /** The status of an unmatched record on the JVM that did not measure it; null where it was not run there. */
    public static RecordStatus statusWhereNotMeasured(Unmatched unmatched) {
        if (unmatched.missing()) {
            return null;
        }
        return unmatched.statusA() != RecordStatus.OK ? unmatched.statusA() : unmatched.statusB();
    }

    /**
     * The comparison in a paragraph, computed from the verdicts, e.g. "On JDK 25.0.3 vs JDK 17.0.15: of 6 records
     * measured on both, 0 improved, 1 regressed, 5 are equivalent, 0 inconclusive, 0 with too few forks for a
     * verdict; ALL_OF(DEFAULT_ASYNC) n=100 regressed most: 41× slower [38.2, 44.0]. By strategy: ALL_OF 1 regressed, 1
     * equivalent; SEQUENTIAL 3 equivalent. 21 records are unsupported on JDK 17.0.15 (ALL_OF,
     * VIRTUAL_SCOPE, SEMAPHORE, BATCHED, BOUNDED_SCOPE); 1 record was run on JDK 17.0.15 only (ALL_OF); the reasons
     * are listed below."
     */
    public String summary() {
        List<Change> changes = comparison.changes();
        StringBuilder text = new StringBuilder("On ").append(title()).append(": ");
        if (changes.isEmpty()) {
            text.append("no record was measured on both");
        } else {
            text.append(String.format(Locale.ROOT, "of %d %s measured on both, %d improved, %d regressed, %d %s"
                    + " equivalent, %d inconclusive, %d with too few forks for a verdict", changes.size(),
                    changes.size() == 1 ? "record" : "records", comparison.count(Verdict.IMPROVED),
                    comparison.count(Verdict.REGRESSED), comparison.count(Verdict.EQUIVALENT),
                    comparison.count(Verdict.EQUIVALENT) == 1 ? "is" : "are", comparison.count(Verdict.INCONCLUSIVE),
                    comparison.count(Verdict.TOO_FEW_FORKS)));
            extreme(Verdict.REGRESSED, Comparator.comparingDouble(c -> c.ratio().value()))
                    .ifPresent(c -> text.append("; ").append(caseOf(c)).append(" regressed most: ")
                            .append(c.effect()).append(" ").append(Numbers.interval(c.ratio().lower(),
                                    c.ratio().upper())));
            extreme(Verdict.IMPROVED, Comparator.comparingDouble((Change c) -> 1 / c.ratio().value()))
                    .ifPresent(c -> text.append("; ").append(caseOf(c)).append(" improved most: ")
                            .append(c.effect()).append(" ").append(Numbers.interval(1 / c.ratio().upper(),
                                    1 / c.ratio().lower())));
            text.append(". By strategy: ").append(byStrategy());
        }
        text.append(". ");
        List<String> notMeasured = notMeasured();
        if (notMeasured.isEmpty()) {
            text.append("Every record was measured on both.");
        } else {
            text.append(capitalised(String.join("; ", notMeasured))).append("; the reasons are listed below.");
        }
        return text.toString();
    }

    private Optional<Change> extreme(Verdict verdict, Comparator<Change> by) {
        return comparison.changes().stream().filter(c -> c.verdict() == verdict).max(by);
    }

    /** The case as the comparison's table names it, with its benchmark: "ALL_OF n=100 (SimulatedIoBenchmark)". */
    private String caseOf(Change change) {
        return comparison.caseText(change) + " (" + change.benchmarkCase().workload().benchmarkClass() + ")";
    }

    /** "ALL_OF 1 regressed, 1 equivalent; SEQUENTIAL 3 equivalent". */
    private String byStrategy() {
        Map<String, Map<Verdict, Integer>> counts = new LinkedHashMap<>();
        for (Change c : comparison.changes()) {
            counts.computeIfAbsent(strategy(c.benchmarkCase()), s -> new TreeMap<>()).merge(c.verdict(), 1,
                    Integer::sum);
        }
        StringJoiner text = new StringJoiner("; ");
        counts.forEach((strategy, byVerdict) -> {
            StringJoiner verdicts = new StringJoiner(", ");
            byVerdict.forEach((verdict, count) -> verdicts.add(count + " " + verdict.words()));
            text.add(strategy + " " + verdicts);
        });
        return text.toString();
    }

    /** "21 records are unsupported on JDK 17.0.15 (ALL_OF, VIRTUAL_SCOPE)", one phrase per JVM and status. */
    private List<String> notMeasured() {
        record Group(JvmInfo jvm, RecordStatus status) {}
        Map<Group, List<Unmatched>> groups = new LinkedHashMap<>();
        for (Unmatched u : comparison.notComparable()) {
            groups.computeIfAbsent(new Group(notMeasuredOn(u), statusWhereNotMeasured(u)), g -> new ArrayList<>())
                    .add(u);
        }
        for (Unmatched u : comparison.missing()) {
            groups.computeIfAbsent(new Group(notMeasuredOn(u), null), g -> new ArrayList<>()).add(u);
        }
        List<String> phrases = new ArrayList<>();
        groups.forEach((group, records) -> {
            Set<String> strategies = new LinkedHashSet<>();
            records.forEach(u -> strategies.add(strategy(u.benchmarkCase())));
            String count = records.size() + (records.size() == 1 ? " record " : " records ");
            String verb = records.size() == 1 ? "was" : "were";
            String phrase = group.status() == null
                    ? count + verb + " run on " + names.brief((group.jvm() == a ? b : a).id()) + " only"
                    : count + (records.size() == 1 ? "is " : "are ") + group.status().name().toLowerCase(Locale.ROOT)
                            + " on " + names.brief(group.jvm().id());
            phrases.add(phrase + " (" + String.join(", ", strategies) + ")");
        });
        return phrases;
    }

    private static String strategy(Case c) {
        return c.strategy().strategy().name();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
