package fanout.harness.report;

import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.OverheadPair;
import fanout.harness.analysis.Ratio;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.cases.OverheadCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Strategy code against the bare JDK primitive it wraps (SPEC §11: at most 5% slower): per strategy the STRATEGY
 * and BARE scores of the overhead benchmark, their ratio with its interval ({@link Ratio}), whether the target
 * is met, and the bytes each side allocates per task.
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
        boolean allocation = pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.strategy(), p.bare()))
                .flatMap(Optional::stream).anyMatch(r -> r.allocation().isPresent());
        header.addAll(List.of("strategy", "N", "STRATEGY score", "BARE score", "STRATEGY / BARE", "ratio interval",
                "≤ " + Numbers.ratio(OverheadPair.TARGET) + "?"));
        if (allocation) {
            header.addAll(List.of("STRATEGY allocation", "BARE allocation"));
        }
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
            cells.add(pair.targetMet().map(met -> Cell.text(met.words())).orElse(Cell.missing()));
            if (allocation) {
                cells.add(allocation(pair.strategy()));
                cells.add(allocation(pair.bare()));
            }
            rows.add(Table.Row.of(cells));
        }
        return Optional.of(new Table("Strategy overhead: strategy code vs the bare JDK primitive", header, rows,
                "Ratio interval: " + Numbers.confidence(Estimate.SHOWN) + ", over the forks (Welch on the log fork"
                        + " means; with fewer than two forks a side, the quotient of the two scores' intervals). yes:"
                        + " the whole interval is at or below the target; no: it is entirely above; unclear: it"
                        + " straddles the target; too few forks: a side was measured in one fork, and one JVM's"
                        + " iterations carry no verdict."
                        + (allocation ? " Allocation: bytes allocated per task (JMH's gc.alloc.rate.norm / N)." : "")));
    }

    private static Cell allocation(Optional<CaseResult<OverheadCase>> side) {
        return side.map(ResultTables::allocation).orElse(Cell.missing());
    }

    private static Cell side(Optional<CaseResult<OverheadCase>> side) {
        if (side.isEmpty()) {
            return Cell.text("not run");
        }
        return side.get().measured() ? ResultTables.score(side.get()) : Cell.text(ResultTables.status(side.get()));
    }
}
