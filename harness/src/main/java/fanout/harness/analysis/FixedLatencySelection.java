package fanout.harness.analysis;

import fanout.harness.analysis.cases.SimulatedIoCase;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The measured simulated-I/O records that show a strategy {@linkplain SimulatedIoCase#undisturbed() undisturbed};
 * of one JVM (the one with the most such records, the newest on a tie) and one latency (the one with the most
 * records, the shortest on a tie), so that every point of a chart is comparable with every other.
 *
 * @param jvm the id of the JVM the records ran on
 * @param latencyMs the per-task latency of the records
 * @param records the selected records, in run order
 */
record FixedLatencySelection(String jvm, double latencyMs, List<CaseResult<SimulatedIoCase>> records) {

    /**
     * The selection among the measured records that also pass {@code also}, or empty when there are none.
     *
     * @param feature the feature release of a JVM id, which breaks a tie between JVMs
     */
    static Optional<FixedLatencySelection> of(List<CaseResult<SimulatedIoCase>> simulated,
            Predicate<CaseResult<SimulatedIoCase>> also, ToIntFunction<String> feature) {
        List<CaseResult<SimulatedIoCase>> candidates = simulated.stream()
                .filter(CaseResult::measured)
                .filter(r -> r.benchmarkCase().undisturbed())
                .filter(also)
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String jvm = jvmWithMostRecords(candidates, feature);
        List<CaseResult<SimulatedIoCase>> ofJvm = candidates.stream().filter(r -> r.jvm().equals(jvm)).toList();
        double latency = mostCommon(ofJvm, r -> r.benchmarkCase().latencyMs(), Comparator.<Double>reverseOrder());
        return Optional.of(new FixedLatencySelection(jvm, latency,
                ofJvm.stream().filter(r -> r.benchmarkCase().latencyMs() == latency).toList()));
    }

    /** The JVM that ran the most of {@code records}, the newest on a tie; {@code records} must not be empty. */
    static String jvmWithMostRecords(List<? extends CaseResult<?>> records, ToIntFunction<String> feature) {
        return mostCommon(records, CaseResult::jvm, Comparator.comparingInt(feature));
    }

    /** The most frequent key; on a tie the greatest by {@code tieBreak}. */
    static <R, K> K mostCommon(List<R> records, Function<R, K> key, Comparator<K> tieBreak) {
        Map<K, Long> counts = records.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<K, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(tieBreak)))
                .orElseThrow().getKey();
    }
}
