package fanout.harness.compare;

import fanout.harness.analysis.Comparison;
import fanout.harness.report.Block;
import fanout.harness.report.MarkdownRenderer;
import fanout.harness.report.Report;
import fanout.harness.report.TextRenderer;
import fanout.harness.report.VerdictTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code fanout compare} prints and writes, as sections: the two sides, the summary and the verdict table
 * (the one the report's JVMs section shows, {@link VerdictTable}), then the cases that were not compared. The console
 * and the Markdown file (fit for a pull-request comment) render the same sections.
 */
public final class CompareReport {
    private final List<Report.Section> sections;

    public CompareReport(Comparison comparison) {
        List<Block> blocks = new ArrayList<>(List.of(
                new Block.Bullets(List.of("A: " + comparison.nameA(), "B: " + comparison.nameB()))));
        if (!comparison.differences().isEmpty()) {
            blocks.add(new Block.Paragraph("Not like with like — " + String.join("; ", comparison.differences())
                    + ".", Block.Paragraph.Kind.WARNING));
        }
        blocks.add(Block.Paragraph.of(comparison.summary() + "."));
        if (!comparison.changes().isEmpty()) {
            blocks.add(VerdictTable.of(comparison, "", ""));
        }
        List<Report.Section> all = new ArrayList<>();
        all.add(new Report.Section("comparison", "Comparison", blocks));
        List<String> notCompared = new ArrayList<>();
        comparison.notComparable().forEach(u -> notCompared.add("not comparable: " + u.line()));
        comparison.missing().forEach(u -> notCompared.add("missing: " + u.line()));
        if (!notCompared.isEmpty()) {
            all.add(new Report.Section("not-compared", "Not compared", List.of(new Block.Bullets(notCompared))));
        }
        this.sections = List.copyOf(all);
    }

    /** The comparison for a terminal. */
    public String console() {
        return TextRenderer.sections(sections);
    }

    /** The same in Markdown, for a file in {@code dir}. */
    public String markdown(Path dir) {
        return MarkdownRenderer.sections(sections, dir);
    }
}
