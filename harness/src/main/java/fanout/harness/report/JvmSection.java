package fanout.harness.report;

import fanout.harness.analysis.JvmComparisons;
import fanout.harness.analysis.JvmPair;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.Unmatched;
import fanout.harness.chart.RenderedChart;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RecordStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report's "JVMs" section: for a run on two or more JVMs, the analysis's comparison of every JVM with the first
 * as a summary paragraph per pair, chart 7, the verdict table per pair, and the records not measured on both JVMs
 * with the reasons, so that none is silently missing. A run on one JVM gets one line saying so.
 */
final class JvmSection {
    private JvmSection() {}

    static List<Block> blocks(RunAnalysis analysis, Optional<RenderedChart> chart7) {
        Optional<JvmComparisons> comparisons = analysis.jvmComparisons();
        if (comparisons.isEmpty()) {
            return List.of(Block.Paragraph.of(analysis.oneJvm()));
        }
        List<Block> blocks = new ArrayList<>();
        comparisons.get().pairs().forEach(pair -> blocks.add(new Block.Paragraph(pair.summary(),
                Block.Paragraph.Kind.SUMMARY)));
        blocks.add(chart7.<Block>map(Block.Chart::new).orElse(Block.Paragraph.of(analysis.noJvmBars())));
        for (JvmPair pair : comparisons.get().pairs()) {
            blocks.add(VerdictTable.of(pair.comparison(), "Verdicts, " + pair.title() + " (A: " + pair.a().id()
                    + ", B: " + pair.b().id() + ")", "B/A below 1: B is faster. JVMs of one run, which take"
                    + " turns case by case, are the stronger evidence: the machine's drift falls on both alike."));
            Table notMeasured = notMeasured(pair);
            blocks.add(notMeasured.rows().isEmpty() ? Block.Paragraph.of(notMeasured.note()) : notMeasured);
        }
        return blocks;
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
            counts.merge(new Key(on.id(), u.benchmarkCase().benchmark(), u.benchmarkCase().label(),
                    JvmPair.statusWhereNotMeasured(u), reason), 1, Integer::sum);
        }
        List<Table.Row> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(new Table.Row(List.of(Cell.text(key.jvm()), Cell.text(key.benchmark()),
                Cell.text(key.label()), Cell.text(key.status() == null ? "not run"
                        : key.status().name().toLowerCase(Locale.ROOT)),
                Cell.number(Integer.toString(count)), Cell.text(key.reason())),
                key.status() == null ? Table.Mark.NONE : ResultTables.mark(key.status()))));
        return new Table("Not measured on both, " + pair.title(),
                List.of("Not measured on", "Benchmark", "Strategy", "Status", "Records", "Reason"), rows,
                rows.isEmpty() ? "Every record was measured on both JVMs." : "");
    }
}
