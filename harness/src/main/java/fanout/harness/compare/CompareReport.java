package fanout.harness.compare;

import fanout.harness.analysis.Comparison;
import fanout.harness.analysis.Unmatched;
import fanout.harness.report.Block;
import fanout.harness.report.MarkdownRenderer;
import fanout.harness.report.Report;
import fanout.harness.report.Table;
import fanout.harness.report.TextRenderer;
import fanout.harness.report.VerdictTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code fanout compare} prints and writes: the two sides, the verdict table, the summary, and the cases that
 * were not compared — on the console, and as Markdown fit for a pull-request comment. The table is the one the
 * report's JVMs section shows ({@link VerdictTable}).
 */
public final class CompareReport {
    private final Comparison comparison;
    private final Table verdicts;

    public CompareReport(Comparison comparison) {
        this.comparison = comparison;
        this.verdicts = VerdictTable.of(comparison, "", "");
    }

    /** The comparison for a terminal: the sides, the table in fixed-width columns, the summary, what was left out. */
    public String console() {
        StringBuilder text = new StringBuilder();
        text.append("A: ").append(comparison.nameA()).append('\n');
        text.append("B: ").append(comparison.nameB()).append("\n\n");
        text.append(TextRenderer.table(verdicts));
        text.append(comparison.summary()).append('\n');
        comparison.notComparable().forEach(u -> text.append("not comparable: ").append(u.line()).append('\n'));
        comparison.missing().forEach(u -> text.append("missing: ").append(u.line()).append('\n'));
        return text.toString();
    }

    /** The same in Markdown: a "Comparison" section, then one per kind of case left out. */
    public String markdown(Path dir) {
        List<Block> blocks = new ArrayList<>(List.of(
                new Block.Bullets(List.of("A: " + comparison.nameA(), "B: " + comparison.nameB())),
                Block.Paragraph.of(comparison.summary() + ".")));
        if (!comparison.changes().isEmpty()) {
            blocks.add(verdicts);
        }
        List<Report.Section> sections = new ArrayList<>();
        sections.add(new Report.Section("comparison", "Comparison", blocks));
        section(sections, "not-comparable", "Not comparable", comparison.notComparable());
        section(sections, "missing", "Missing on one side", comparison.missing());
        return MarkdownRenderer.sections(sections, dir);
    }

    private static void section(List<Report.Section> sections, String id, String heading, List<Unmatched> cases) {
        if (!cases.isEmpty()) {
            sections.add(new Report.Section(id, heading, List.of(new Block.Bullets(cases.stream()
                    .map(Unmatched::line).toList()))));
        }
    }
}
