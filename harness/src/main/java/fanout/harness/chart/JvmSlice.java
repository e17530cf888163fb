package fanout.harness.chart;

import fanout.harness.compare.JvmComparisons;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The records chart 7 sets side by side: the {@linkplain FixedLatencySelection#undisturbed undisturbed}
 * simulated-I/O records of every JVM, whatever their status, at one limit k, one latency and one N, grouped by
 * strategy label.
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
record JvmSlice(double latencyMs, double n, List<JvmInfo> jvms, List<String> labels,
        Map<String, Map<String, ResultRecord>> records) {

    static Optional<JvmSlice> of(ResultDocument doc) {
        if (JvmComparisons.of(doc).isEmpty()) {
            return Optional.empty();
        }
        List<JvmInfo> jvms = doc.run().jvms();
        List<ResultRecord> candidates = doc.records().stream()
                .filter(r -> FixedLatencySelection.BENCHMARK.equals(r.benchmark()))
                .filter(FixedLatencySelection::undisturbed)
                .filter(r -> Double.isFinite(Measurement.param(r, "latencyMs"))
                        && Double.isFinite(FixedLatencySelection.n(r)))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String limit = mostCommonLimit(candidates);
        Map<List<Double>, List<ResultRecord>> byCase = candidates.stream()
                .filter(r -> Objects.equals(limit, r.param("limit")))
                .collect(Collectors.groupingBy(r -> List.of(Measurement.param(r, "latencyMs"),
                        FixedLatencySelection.n(r)), LinkedHashMap::new, Collectors.toList()));
        return byCase.entrySet().stream()
                .map(e -> group(e.getKey().get(0), e.getKey().get(1), jvms, e.getValue()))
                .filter(slice -> slice.comparedLabels() > 0)
                .max(Comparator.comparingInt(JvmSlice::comparedLabels)
                        .thenComparingInt(JvmSlice::measuredLabels)
                        .thenComparingDouble(JvmSlice::n));
    }

    private static JvmSlice group(double latencyMs, double n, List<JvmInfo> jvms, List<ResultRecord> records) {
        Map<String, Map<String, ResultRecord>> byLabel = new LinkedHashMap<>();
        for (ResultRecord r : records) {
            byLabel.computeIfAbsent(r.label(), label -> new LinkedHashMap<>()).putIfAbsent(r.jvm(), r);
        }
        return new JvmSlice(latencyMs, n, jvms, new ArrayList<>(byLabel.keySet()), byLabel);
    }

    /** The "limit" most records have; null when none has one. The first in run order on a tie. */
    private static String mostCommonLimit(List<ResultRecord> records) {
        Map<String, Long> counts = records.stream().filter(r -> r.param("limit") != null)
                .collect(Collectors.groupingBy(r -> r.param("limit"), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    JvmSlice {
        jvms = List.copyOf(jvms);
        labels = List.copyOf(labels);
    }

    /** The label's record on the JVM, if it has one. */
    Optional<ResultRecord> record(String label, JvmInfo jvm) {
        return Optional.ofNullable(records.getOrDefault(label, Map.of()).get(jvm.id()));
    }

    /** The label's measurement on the JVM: its record if it is OK with a positive score. */
    Optional<ResultRecord> measured(String label, JvmInfo jvm) {
        return record(label, jvm).filter(r -> r.ok() && r.score() != null && r.score() > 0);
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
    List<ResultRecord> measuredRecords() {
        List<ResultRecord> all = new ArrayList<>();
        for (String label : labels) {
            jvms.forEach(jvm -> measured(label, jvm).ifPresent(all::add));
        }
        return all;
    }

    String unit() {
        return measuredRecords().stream().map(ResultRecord::unit).filter(Objects::nonNull).findFirst().orElse("");
    }
}
