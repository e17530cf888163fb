package fanout.harness.report;

import fanout.harness.chart.JvmComparisonChart;
import fanout.harness.chart.RenderedChart;
import fanout.harness.compare.CompareTable;
import fanout.harness.compare.JvmComparisons;
import fanout.harness.compare.JvmPair;
import fanout.harness.compare.Unmatched;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the report's "JVMs" section shows, for the HTML and the Markdown report alike: for a run on two or more
 * JVMs, the {@linkplain JvmComparisons automatic comparison} of every JVM with the first, as a summary paragraph
 * per pair, chart 7, the verdict table per pair, and the records not measured on both JVMs with the reasons, so that
 * none is silently missing. A run on one JVM gets one line saying so.
 */
final class JvmSection {
    private JvmSection() {}

    /** The line a run on one JVM gets instead of the comparison. */
    static String oneJvm(ResultDocument doc) {
        List<JvmInfo> jvms = doc.run().jvms();
        return "This run measured on " + (jvms.isEmpty() ? "no listed JVM" : "one JVM, " + jvms.get(0).describe())
                + ", so there is nothing to compare; run with -Djvms=auto (or a list of JDK homes) to compare JVMs.";
    }

    /** What the section says in place of chart 7 when the run has no record it could draw. */
    static String noChart(ResultDocument doc) {
        return new JvmComparisonChart().interpretation(doc);
    }

    /** Whether the chart is chart 7, which the report shows in this section rather than under Charts. */
    static boolean isJvmChart(RenderedChart chart) {
        return JvmComparisonChart.ID.equals(chart.id());
    }

    /** The comparison's verdict table: the {@code fanout compare} table, as a report table. */
    static Table verdicts(JvmPair pair) {
        CompareTable table = new CompareTable(pair.comparison());
        Set<Integer> numeric = IntStream.range(0, table.header().size()).filter(CompareTable::numeric).boxed()
                .collect(Collectors.toSet());
        return new Table("Verdicts, " + pair.title() + " (A: " + pair.a().id() + ", B: " + pair.b().id() + ")",
                table.header(), numeric, table.rows().stream().map(Table.Row::of).toList(),
                "B/A below 1: B is faster. Verdict: Welch's t-test on the raw samples and a noise threshold, as in"
                        + " fanout compare.");
    }

    /**
     * The records measured on one of the two JVMs only, one row per JVM, benchmark, strategy, status and reason,
     * with how many records (parameter combinations) share them.
     */
    static Table notMeasured(JvmPair pair) {
        record Key(String jvm, String benchmark, String label, RecordStatus status, String reason) {}
        Map<Key, Integer> counts = new LinkedHashMap<>();
        List<Unmatched> all = new ArrayList<>(pair.comparison().notComparable());
        all.addAll(pair.comparison().missing());
        for (Unmatched u : all) {
            JvmInfo on = pair.notMeasuredOn(u);
            String reason = u.missing() ? "run on " + (on == pair.a() ? pair.b() : pair.a()).id() + " only"
                    : u.reason() == null ? "" : u.reason();
            counts.merge(new Key(on.id(), u.benchmark(), u.label() == null ? "?" : u.label(),
                    JvmPair.statusWhereNotMeasured(u), reason), 1, Integer::sum);
        }
        List<Table.Row> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(new Table.Row(List.of(key.jvm(), key.benchmark(), key.label(),
                key.status() == null ? "not run" : key.status().name().toLowerCase(Locale.ROOT),
                Integer.toString(count), key.reason()), key.status())));
        return new Table("Not measured on both, " + pair.title(),
                List.of("Not measured on", "Benchmark", "Strategy", "Status", "Records", "Reason"), Set.of(4), rows,
                rows.isEmpty() ? "Every record was measured on both JVMs." : "");
    }
}
