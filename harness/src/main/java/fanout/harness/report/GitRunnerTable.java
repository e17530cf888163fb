package fanout.harness.report;

import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.GitRunnerPair;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.OverheadPair;
import fanout.harness.analysis.Ratio;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.cases.GitCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The suite's git runner against a bare {@code ProcessBuilder} call (SPEC §11: at most 5% more, in makespan and in
 * CPU), per strategy and situation the run measured with both runners: each ratio with its interval and whether the
 * target is met.
 */
final class GitRunnerTable {
    private GitRunnerTable() {}

    /** The table, or empty when the run measured no git case with both runners. */
    static Optional<Table> of(RunAnalysis analysis) {
        List<GitRunnerPair> pairs = analysis.gitRunnerPairs();
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        boolean manyJvms = pairs.stream().map(GitRunnerPair::jvm).distinct().count() > 1;
        List<String> header = new ArrayList<>();
        if (manyJvms) {
            header.add("JVM");
        }
        String target = "≤ " + Numbers.ratio(OverheadPair.TARGET) + "?";
        header.addAll(List.of("strategy", "repos", "launch mechanism", "SUITE / BARE makespan", "interval", target,
                "SUITE / BARE CPU", "interval", target));
        List<Table.Row> rows = new ArrayList<>();
        for (GitRunnerPair pair : pairs) {
            GitCase c = pair.benchmarkCase();
            List<Cell> cells = new ArrayList<>();
            if (manyJvms) {
                cells.add(Cell.text(pair.jvm()));
            }
            cells.add(Cell.text(c.label()));
            cells.add(Cell.number(Numbers.count(c.repos())));
            cells.add(Cell.text(c.launchMechanism().name()));
            addRatio(cells, pair.makespan());
            addRatio(cells, pair.cpu());
            rows.add(Table.Row.of(cells));
        }
        return Optional.of(new Table("Git runner: the suite's runner vs a bare ProcessBuilder call", header, rows,
                "SUITE runs each git call through the suite's runner (a timeout, the process tree killed and"
                        + " awaited on a timeout or an interrupt, both pipes drained by pooled threads); BARE starts"
                        + " git, reads its output and waits, on the same strategy's thread, with none of that. Both"
                        + " ran in the same forks, taking turns fan-out by fan-out; per fork each ratio is the"
                        + " quotient of the two sides' summed times, and the interval ("
                        + Numbers.confidence(Estimate.SHOWN) + ") is Student-t over the forks"
                        + (pairs.stream().anyMatch(p -> !p.paired()) ? " (rows of runs that measured each runner in"
                                + " forks of its own: Welch over the log fork means)" : "")
                        + ". CPU: the JVM's and its git processes' CPU time per fan-out. yes: the whole interval is at or"
                        + " below the target; no: entirely above; unclear: it straddles the target; not resolved: it"
                        + " straddles it and reaches more than ±5% around the ratio."));
    }

    private static void addRatio(List<Cell> cells, Optional<Ratio> ratio) {
        cells.add(ratio.map(r -> Cell.number(Numbers.precise(r.value()))).orElse(Cell.missing()));
        cells.add(ratio.map(r -> Cell.number(Numbers.preciseInterval(r.lower(), r.upper()))).orElse(Cell.missing()));
        cells.add(ratio.map(r -> Cell.text(GitRunnerPair.targetMet(r).words())).orElse(Cell.missing()));
    }
}
