package fanout.harness.analysis;

import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.model.JvmInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The records chart 7 sets side by side: the {@linkplain SimulatedIoCase#undisturbed() undisturbed} simulated-I/O
 * records of every JVM, whatever their status, at one limit k, one latency and one N, grouped by strategy label.
 *
 * <p>One N and one latency, because a strategy's makespan is only comparable with itself at equal parameters, and
 * one chart with a group of bars per label stays readable only with one group per label. The limit is the one
 * most records have (the default k): the bounded strategies at other k are chart 3's subject, and their labels
 * would double the groups. The latency and N are those with the most labels measured on the baseline JVM and on
 * another one (so the most verdicts), then the most labels measured on any JVM, then the largest N.
 *
 * @param latencyMs the per-task latency of every record
 * @param n the N of every record
 * @param jvms the JVMs of the run, in run order (the first is the baseline)
 * @param labels the strategy labels with a record at that latency and N, in run order
 * @param records per label, per JVM id, the label's record on that JVM (absent where the JVM has none)
 */
record JvmSlice(double latencyMs, int n, List<JvmInfo> jvms, List<String> labels,
        Map<String, Map<String, CaseResult<SimulatedIoCase>>> records) {

    JvmSlice {
        jvms = List.copyOf(jvms);
        labels = List.copyOf(labels);
    }

    static Optional<JvmSlice> of(List<JvmInfo> jvms, List<CaseResult<SimulatedIoCase>> simulated) {
        List<CaseResult<SimulatedIoCase>> candidates = simulated.stream()
                .filter(r -> r.benchmarkCase().undisturbed()).toList();
        if (jvms.size() < 2 || candidates.isEmpty()) {
            return Optional.empty();
        }
        int limit = FixedLatencySelection.mostCommon(candidates, r -> r.benchmarkCase().strategy().limit(),
                (x, y) -> 0); // on a tie, the first in run order
        Map<List<Double>, List<CaseResult<SimulatedIoCase>>> byCase = candidates.stream()
                .filter(r -> r.benchmarkCase().strategy().limit() == limit)
                .collect(Collectors.groupingBy(r -> List.of(r.benchmarkCase().latencyMs(),
                        (double) r.benchmarkCase().n()), LinkedHashMap::new, Collectors.toList()));
        return byCase.entrySet().stream()
                .map(e -> group(e.getKey().get(0), e.getKey().get(1).intValue(), jvms, e.getValue()))
                .filter(slice -> slice.comparedLabels() > 0)
                .max(Comparator.comparingInt(JvmSlice::comparedLabels)
                        .thenComparingInt(JvmSlice::measuredLabels)
                        .thenComparingInt(JvmSlice::n));
    }

    private static JvmSlice group(double latencyMs, int n, List<JvmInfo> jvms,
            List<CaseResult<SimulatedIoCase>> records) {
        Map<String, Map<String, CaseResult<SimulatedIoCase>>> byLabel = new LinkedHashMap<>();
        for (CaseResult<SimulatedIoCase> r : records) {
            byLabel.computeIfAbsent(r.label(), label -> new LinkedHashMap<>()).putIfAbsent(r.jvm(), r);
        }
        return new JvmSlice(latencyMs, n, jvms, new ArrayList<>(byLabel.keySet()), byLabel);
    }

    /** The label's record on the JVM, if it has one. */
    Optional<CaseResult<SimulatedIoCase>> record(String label, JvmInfo jvm) {
        return Optional.ofNullable(records.getOrDefault(label, Map.of()).get(jvm.id()));
    }

    /** The label's measurement on the JVM: its record if it was measured. */
    Optional<CaseResult<SimulatedIoCase>> measured(String label, JvmInfo jvm) {
        return record(label, jvm).filter(CaseResult::measured);
    }

    /** How many labels were measured on the baseline and on at least one other JVM. */
    int comparedLabels() {
        return (int) labels.stream().filter(label -> measured(label, jvms.get(0)).isPresent()
                && jvms.stream().skip(1).anyMatch(jvm -> measured(label, jvm).isPresent())).count();
    }

    /** How many labels were measured on some JVM. */
    int measuredLabels() {
        return (int) labels.stream().filter(label -> jvms.stream().anyMatch(jvm -> measured(label, jvm).isPresent()))
                .count();
    }

    /** Every measured record of the slice. */
    List<CaseResult<SimulatedIoCase>> measuredRecords() {
        List<CaseResult<SimulatedIoCase>> all = new ArrayList<>();
        for (String label : labels) {
            jvms.forEach(jvm -> measured(label, jvm).ifPresent(all::add));
        }
        return all;
    }

    /** Chart 7, with the verdicts of {@code comparisons} in its categories. */
    Figure.JvmBars figure(JvmComparisons comparisons, JvmNames names, List<String> provenance) {
        List<String> categories = labels.stream().map(label -> category(comparisons, label)).toList();
        List<Series> bars = new ArrayList<>();
        for (int i = 0; i < jvms.size(); i++) {
            JvmInfo jvm = jvms.get(i);
            List<Point> values = new ArrayList<>();
            for (int c = 0; c < labels.size(); c++) {
                int category = c;
                values.add(measured(labels.get(c), jvm).map(r -> Point.of(category, r.estimate()))
                        .orElse(new Point(category, Double.NaN, Double.NaN, Double.NaN)));
            }
            bars.add(new Series(names.withId(jvm.id()), i, values));
        }
        String unit = measuredRecords().stream().map(r -> r.measurement().unit()).filter(Objects::nonNull)
                .findFirst().orElse("");
        Comparison any = comparisons.pairs().get(0).comparison();
        String method = "the ratio's interval over forks against θ = "
                + Thresholds.percent(any.thresholds().of(fanout.harness.analysis.cases.Workload.SIMULATED_IO))
                + ", each JVM against " + names.brief(comparisons.baseline().id()) + " (see the verdict table)";
        return new Figure.JvmBars(n, latencyMs, unit, categories, bars,
                comparisons.pairs().stream().map(JvmPair::title).collect(Collectors.joining(", ")), method,
                provenance, sentence(comparisons));
    }

    /** "SEMAPHORE(k=64) · equivalent", "ALL_OF(DEFAULT_ASYNC) · 41× slower", "VIRTUAL_SCOPE · unsupported on JDK 17". */
    private String category(JvmComparisons comparisons, String label) {
        Set<String> verdicts = new LinkedHashSet<>();
        boolean several = comparisons.pairs().size() > 1;
        for (JvmPair pair : comparisons.pairs()) {
            Optional<CaseResult<SimulatedIoCase>> a = measured(label, pair.a());
            Optional<CaseResult<SimulatedIoCase>> b = measured(label, pair.b());
            if (a.isPresent() && b.isPresent()) {
                pair.changeOf(a.get().benchmarkCase()).ifPresent(change -> verdicts.add(
                        (several ? JvmNames.release(pair.b()) + " " : "") + change.shortEffect()));
            } else {
                for (JvmInfo jvm : List.of(pair.a(), pair.b())) {
                    if (measured(label, jvm).isEmpty()) {
                        verdicts.add(notMeasured(label, jvm));
                    }
                }
            }
        }
        return verdicts.isEmpty() ? label : label + " · " + String.join(", ", verdicts);
    }

    /** "unsupported on JDK 17", "failed on JDK 25", "not run on JDK 17". */
    private String notMeasured(String label, JvmInfo jvm) {
        String status = record(label, jvm).map(r -> r.status().name().toLowerCase(Locale.ROOT)).orElse("not run");
        return status + " on " + JvmNames.release(jvm);
    }

    /**
     * E.g. "At N = 100 (latency 10 ms), JDK 25.0.3 vs JDK 17.0.15: ALL_OF(DEFAULT_ASYNC) 41× slower; 2 labels
     * (SEQUENTIAL, FIXED_POOL(k=64)) equivalent; 6 labels measured on one JVM only."
     */
    private String sentence(JvmComparisons comparisons) {
        StringJoiner sentence = new StringJoiner("; ", "At N = " + Numbers.count(n) + " (latency "
                + Numbers.plain(latencyMs) + " ms), ", ".");
        for (JvmPair pair : comparisons.pairs()) {
            sentence.add(interpret(pair));
        }
        return sentence.toString();
    }

    private String interpret(JvmPair pair) {
        Map<String, List<String>> labelsByEffect = new LinkedHashMap<>();
        List<String> notBoth = new ArrayList<>();
        for (String label : labels) {
            Optional<CaseResult<SimulatedIoCase>> a = measured(label, pair.a());
            Optional<CaseResult<SimulatedIoCase>> b = measured(label, pair.b());
            Optional<String> effect = a.isPresent() && b.isPresent()
                    ? pair.changeOf(a.get().benchmarkCase()).map(Change::effect) : Optional.empty();
            if (effect.isPresent()) {
                labelsByEffect.computeIfAbsent(effect.get(), e -> new ArrayList<>()).add(label);
            } else {
                notBoth.add(label);
            }
        }
        StringJoiner parts = new StringJoiner(", ", pair.title() + ": ", "");
        labelsByEffect.forEach((effect, labelsWithIt) -> parts.add(String.join(" and ", labelsWithIt) + " " + effect));
        if (labelsByEffect.isEmpty()) {
            parts.add("no label measured on both");
        }
        if (!notBoth.isEmpty()) {
            parts.add(notBoth.size() + (notBoth.size() == 1 ? " label" : " labels") + " not measured on both ("
                    + String.join(", ", notBoth) + ")");
        }
        return parts.toString();
    }
}
