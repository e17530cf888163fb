package fanout.harness.chart;

import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The measured simulated-I/O records that show a strategy undisturbed: fixed latency (FIXED distribution), no
 * injected fault, the COLLECT policy and no deadline; of one JVM (the one with the most such records, the newest
 * on a tie) and one latency (the one with the most records, the shortest on a tie), so that every point of a
 * chart is comparable with every other.
 *
 * @param jvm the id of the JVM the records ran on
 * @param latencyMs the per-task latency of the records
 * @param records the selected records, in run order
 */
record FixedLatencySelection(String jvm, double latencyMs, List<ResultRecord> records) {

    static final String BENCHMARK = "SimulatedIoBenchmark.fanOut";

    /** The selection among the records that also pass {@code also}, or empty when there are none. */
    static Optional<FixedLatencySelection> of(ResultDocument doc, Predicate<ResultRecord> also) {
        List<ResultRecord> candidates = doc.measured(BENCHMARK).stream()
                .filter(FixedLatencySelection::undisturbed)
                .filter(r -> r.score() != null && r.score() > 0 && Double.isFinite(r.score()))
                .filter(r -> Double.isFinite(Measurement.param(r, "latencyMs")) && Double.isFinite(n(r)))
                .filter(also)
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String jvm = jvmWithMostRecords(doc, candidates);
        List<ResultRecord> ofJvm = candidates.stream().filter(r -> r.jvm().equals(jvm)).toList();
        double latency = mostCommon(ofJvm, r -> Measurement.param(r, "latencyMs"),
                Comparator.<Double>reverseOrder());
        List<ResultRecord> selected = ofJvm.stream()
                .filter(r -> Measurement.param(r, "latencyMs") == latency).toList();
        return Optional.of(new FixedLatencySelection(jvm, latency, selected));
    }

    /** The JVM that ran the most of {@code records}, the newest on a tie; {@code records} must not be empty. */
    static String jvmWithMostRecords(ResultDocument doc, List<ResultRecord> records) {
        return mostCommon(records, ResultRecord::jvm, Comparator.comparingInt((String id) -> feature(doc, id)));
    }

    static double n(ResultRecord record) {
        return Measurement.param(record, "n");
    }

    /** Fixed latency, no fault, COLLECT, no deadline: the strategy undisturbed. */
    static boolean undisturbed(ResultRecord record) {
        double deadline = Measurement.param(record, "deadlineMs");
        return "FIXED".equals(record.param("distribution"))
                && "NONE".equals(record.param("fault"))
                && "COLLECT".equals(record.param("policy"))
                && (record.param("deadlineMs") == null || deadline == 0);
    }

    /** The most frequent key; on a tie the greatest by {@code tieBreak}. */
    private static <K> K mostCommon(List<ResultRecord> records, Function<ResultRecord, K> key,
            Comparator<K> tieBreak) {
        Map<K, Long> counts = records.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<K, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(tieBreak)))
                .orElseThrow().getKey();
    }

    private static int feature(ResultDocument doc, String jvmId) {
        return doc.run() == null ? 0 : doc.run().jvms().stream().filter(j -> j.id().equals(jvmId))
                .mapToInt(j -> j.version() == null ? 0 : j.feature()).findFirst().orElse(0);
    }
}
