package fanout.harness.report;

import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.OverheadPair;
import fanout.harness.analysis.Ratio;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.cases.OverheadCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Strategy code against the bare JDK primitive it wraps (SPEC §11: at most 5% slower): per strategy the STRATEGY
 * and BARE scores of the overhead benchmark, their ratio with its interval ({@link Ratio}), and whether the target
 * is met.
 */
final class OverheadTable {
    private OverheadTable() {}

    /** The table, or empty when the run has no overhead records. */
    static Optional<Table> of(RunAnalysis analysis) {
        List<OverheadPair> pairs = analysis.overheadPairs();
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        boolean manyJvms = pairs.stream().map(OverheadPair::jvm).distinct().count() > 1;
        List<String> header = new ArrayList<>();
        if (manyJvms) {
            header.add("JVM");
        }
        header.addAll(List.of("strategy", "N", "STRATEGY score", "BARE score", "STRATEGY / BARE", "ratio interval",
                "≤ " + Numbers.ratio(OverheadPair.TARGET) + "?"));
        List<Table.Row> rows = new ArrayList<>();
        for (OverheadPair pair : pairs) {
            List<Cell> cells = new ArrayList<>();
            if (manyJvms) {
                cells.add(Cell.text(pair.jvm()));
            }
            cells.add(Cell.text(pair.benchmarkCase().label()));
            cells.add(Cell.number(Numbers.count(pair.benchmarkCase().n())));
            cells.add(side(pair.strategy()));
            cells.add(side(pair.bare()));
            Optional<Ratio> ratio = pair.ratio();
            cells.add(ratio.map(r -> Cell.number(Numbers.precise(r.value()))).orElse(Cell.missing()));
            cells.add(ratio.map(r -> r.bounded() ? Cell.number(Numbers.preciseInterval(r.lower(), r.upper()))
                    : Cell.text("unbounded (BARE interval reaches 0)")).orElse(Cell.missing()));
            cells.add(pair.targetMet().map(met -> Cell.text(met.name().toLowerCase(Locale.ROOT)))
                    .orElse(Cell.missing()));
            rows.add(Table.Row.of(cells));
        }
        return Optional.of(new Table("Strategy overhead: strategy code vs the bare JDK primitive", header, rows,
                "Ratio interval: the lowest STRATEGY bound over the highest BARE bound, and the reverse (each"
                        + " bound from a 99.9% interval). yes: the whole interval is at or below the target; no:"
                        + " it is entirely above; unclear: it straddles the target."));
    }

    private static Cell side(Optional<CaseResult<OverheadCase>> side) {
        if (side.isEmpty()) {
            return Cell.text("not run");
        }
        return side.get().measured() ? ResultTables.score(side.get()) : Cell.text(ResultTables.status(side.get()));
    }
}
