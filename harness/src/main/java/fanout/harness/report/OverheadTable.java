package fanout.harness.report;

import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.OverheadPair;
import fanout.harness.analysis.Ratio;
import fanout.harness.analysis.RunAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Strategy code against the bare JDK primitive it wraps (SPEC §11: at most 5% slower): per strategy and N each side's
 * time and bytes allocated per task, their ratio with the interval that decides, and whether the target is met.
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
        boolean separate = pairs.stream().anyMatch(p -> !p.paired());
        List<String> header = new ArrayList<>();
        if (manyJvms) {
            header.add("JVM");
        }
        boolean allocation = pairs.stream().flatMap(p -> p.strategy().stream())
                .anyMatch(side -> side.bytesPerTask().isPresent());
        header.addAll(List.of("strategy", "N", "STRATEGY per task", "BARE per task", "STRATEGY / BARE",
                "ratio interval (decides)", "≤ " + Numbers.ratio(OverheadPair.TARGET) + "?"));
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
            cells.add(side(pair, pair.strategy()));
            cells.add(side(pair, pair.bare()));
            Optional<Ratio> ratio = pair.ratio();
            boolean resolved = pair.targetMet().filter(met -> met == OverheadPair.TargetMet.NOT_RESOLVED).isEmpty();
            cells.add(ratio.filter(r -> resolved).map(r -> Cell.number(Numbers.precise(r.value())))
                    .orElse(Cell.missing()));
            cells.add(ratio.map(r -> r.bounded() ? Cell.number(Numbers.preciseInterval(r.lower(), r.upper()))
                    : Cell.text("unbounded (BARE interval reaches 0)")).orElse(Cell.missing()));
            cells.add(pair.targetMet().map(met -> Cell.text(met == OverheadPair.TargetMet.NOT_RESOLVED
                    ? "not resolved: ±" + Numbers.plain(100 * ratio.orElseThrow().relativeHalfWidth()) + "% is wider"
                            + " than ±" + Numbers.plain(100 * OverheadPair.RESOLUTION) + "%"
                    : met.words())).orElse(Cell.missing()));
            if (allocation) {
                cells.add(bytes(pair.strategy()));
                cells.add(bytes(pair.bare()));
            }
            rows.add(Table.Row.of(cells));
        }
        return Optional.of(new Table("Strategy overhead: strategy code vs the bare JDK primitive", header, rows,
                "Both sides ran in the same forks, taking turns fan-out by fan-out; per fork, STRATEGY / BARE is the"
                        + " quotient of their summed times, and the ratio is the geometric mean over the forks with its"
                        + " " + Numbers.confidence(Estimate.SHOWN) + " Student-t interval (the fork is the sample)."
                        + " Per task: each side's time per fan-out / N, with its interval over the forks. yes: the"
                        + " whole interval is at or below the target; no: it is entirely above; unclear: it straddles"
                        + " the target; not resolved: it straddles the target and reaches more than ±"
                        + Numbers.plain(100 * OverheadPair.RESOLUTION) + "% around the ratio, so the run cannot"
                        + " tell 1.00 from " + Numbers.ratio(OverheadPair.TARGET) + "; too few forks: one fork, whose"
                        + " iterations carry no verdict."
                        + (separate ? " Rows of older runs measured each side in forks of its own: their interval is"
                                + " Welch's, between two sets of JVMs." : "")
                        + (allocation ? " Allocation: bytes the JVM allocated per task while that side ran (JDK 21+)."
                                : "")));
    }

    private static Cell side(OverheadPair pair, Optional<OverheadPair.Side> side) {
        if (side.isEmpty()) {
            return Cell.text(pair.notMeasured().orElse("not run"));
        }
        Estimate estimate = side.get().nanosPerTask();
        return Cell.quantity(Numbers.inInterval(estimate.center(), estimate.lower(), estimate.upper()), "ns");
    }

    private static Cell bytes(Optional<OverheadPair.Side> side) {
        return side.flatMap(s -> s.bytesPerTask().isPresent() ? Optional.of(s.bytesPerTask().getAsDouble())
                : Optional.empty()).map(b -> Cell.quantity(Numbers.bytes(b), "B/task")).orElse(Cell.missing());
    }
}
