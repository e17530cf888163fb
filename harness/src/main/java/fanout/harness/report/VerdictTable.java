package fanout.harness.report;

import fanout.harness.analysis.Comparison;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.Thresholds;
import fanout.harness.analysis.Verdict;
import java.util.List;

/**
 * A comparison's verdicts as a table, one row per case measured on both sides: what {@code fanout compare} prints and
 * the report's JVMs section shows. Each score carries its unit, so that rows of microseconds and of milliseconds
 * stand under the right heading.
 */
public final class VerdictTable {
    private VerdictTable() {}

    /** The table with its caption and the note under it. */
    public static Table of(Comparison comparison, String caption, String note) {
        List<Table.Row> rows = comparison.changes().stream().map(c -> new Table.Row(List.of(
                Cell.text(c.benchmarkCase().benchmark()),
                Cell.text(comparison.caseText(c)),
                Cell.text(c.jvmA().equals(c.jvmB()) ? c.jvmA() : c.jvmA() + " vs " + c.jvmB()),
                Cell.quantity(Numbers.score(c.scoreA()), c.unit()),
                Cell.quantity(Numbers.score(c.scoreB()), c.unit()),
                Cell.number(Numbers.precise(c.ratio().value())),
                c.verdict() == Verdict.TOO_FEW_FORKS ? Cell.missing()
                        : Cell.number(Numbers.preciseInterval(c.ratio().lower(), c.ratio().upper())),
                Cell.text(Thresholds.percent(c.theta())),
                Cell.text(c.verdict().label())), mark(c.verdict()))).toList();
        return new Table(caption, List.of("Benchmark", "Case", "JVM", "A", "B", "B/A",
                "B/A interval (decides)", "θ", "Verdict"), rows, note.isEmpty() ? comparison.method()
                : note + " " + comparison.method());
    }

    private static Table.Mark mark(Verdict verdict) {
        return switch (verdict) {
            case IMPROVED -> Table.Mark.IMPROVED;
            case REGRESSED -> Table.Mark.REGRESSED;
            case EQUIVALENT -> Table.Mark.EQUIVALENT;
            case INCONCLUSIVE -> Table.Mark.INCONCLUSIVE;
            case TOO_FEW_FORKS -> Table.Mark.NONE;
        };
    }
}
