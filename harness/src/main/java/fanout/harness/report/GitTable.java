package fanout.harness.report;

import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.Workload;
import fanout.jmh.GitBenchmark.Runner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every record of the git benchmark, measured or not: label, repository count, operation, layout, launch
 * mechanism, source, score and its interval, the CPU time per fan-out and how much more that is than the least
 * any strategy needed in the same situation (repository count, operation, layout, launch mechanism, source, JVM), the
 * CPU-bound limit (that least / the cores the fork may use: {@link fanout.harness.analysis.CpuBoundLimits}) and how
 * far the score is above it (score / limit, 1 / efficiency), bytes allocated per task (per fan-out for the report
 * pipeline), and status with its reason. These records have none of the simulated-I/O parameters, so they have this
 * table rather than a {@linkplain ResultTables result table}.
 */
final class GitTable {
    private GitTable() {}

    /** The table, or empty when the run has no git records. */
    static Optional<Table> of(RunAnalysis analysis) {
        List<CaseResult<GitCase>> records = analysis.git();
        if (records.isEmpty()) {
            return Optional.empty();
        }
        boolean manyJvms = records.stream().map(CaseResult::jvm).distinct().count() > 1;
        List<String> header = new ArrayList<>();
        if (manyJvms) {
            header.add("JVM");
        }
        boolean allocation = records.stream().anyMatch(r -> r.allocation().isPresent());
        boolean runners = records.stream().anyMatch(r -> r.benchmarkCase().runner() != Runner.SUITE);
        header.addAll(List.of("strategy", "repos", "operation", "layout", "launch mechanism", "source"));
        if (runners) {
            header.add("runner");
        }
        header.addAll(List.of("score",
                ResultTables.intervalHeading(), "CPU ms per fan-out", "extra CPU ms", "CPU-bound limit",
                "score / limit"));
        if (allocation) {
            header.add("allocation");
        }
        header.add("status");

        List<String> labels = records.stream().map(CaseResult::label).distinct().toList();
        List<CaseResult<GitCase>> sorted = records.stream()
                .sorted(Comparator.comparing((CaseResult<GitCase> r) -> r.benchmarkCase().source().name())
                        .thenComparing(r -> r.benchmarkCase().operation().name())
                        .thenComparing(r -> r.benchmarkCase().layout().name())
                        .thenComparing(r -> r.benchmarkCase().launchMechanism().name())
                        .thenComparingInt(r -> r.benchmarkCase().repos())
                        .thenComparingInt(r -> labels.indexOf(r.label()))
                        .thenComparing(r -> r.benchmarkCase().runner())
                        .thenComparing(CaseResult::jvm))
                .toList();
        List<Table.Row> rows = new ArrayList<>();
        for (CaseResult<GitCase> record : sorted) {
            GitCase c = record.benchmarkCase();
            List<Cell> cells = new ArrayList<>();
            if (manyJvms) {
                cells.add(Cell.text(record.jvm()));
            }
            cells.add(Cell.text(record.label()));
            cells.add(Cell.number(Numbers.count(c.repos())));
            cells.add(Cell.text(c.operation().name()));
            cells.add(Cell.text(c.layout().name()));
            cells.add(Cell.text(c.launchMechanism().name()));
            cells.add(Cell.text(c.source().name()));
            if (runners) {
                cells.add(Cell.text(c.runner().name()));
            }
            cells.add(ResultTables.score(record));
            cells.add(ResultTables.interval(record));
            cells.add(record.secondary(GitCase.CPU_MS_PER_OP).map(cpu -> Cell.number(Numbers.value(cpu)))
                    .orElse(Cell.missing()));
            OptionalDouble extra = analysis.cpuBoundLimits().extraCpuMillis(record);
            cells.add(extra.isPresent() ? Cell.number(Numbers.value(extra.getAsDouble())) : Cell.missing());
            cells.add(ResultTables.inUnit(record, record.lowerBound()));
            cells.add(Double.isFinite(record.efficiency()) && record.efficiency() > 0
                    ? Cell.number(Numbers.ratio(1 / record.efficiency())) : Cell.missing());
            if (allocation) {
                cells.add(ResultTables.allocation(record));
            }
            cells.add(Cell.text(ResultTables.status(record)));
            rows.add(new Table.Row(cells, ResultTables.mark(record)));
        }
        return Optional.of(new Table(Workload.GIT.benchmark() + " (workload git)", header, rows,
                "STATUS: git status -s in every repository; REPORT: the status-report pipeline (list worktrees,"
                        + " then status, branch and last commit of each, then the diff of the dirty ones)."
                        + " REPOSITORIES: independent repositories; WORKTREES: linked worktrees of one repository."
                        + " FIXTURE: the generated repositories; USER: the user's own."
                        + (runners ? " Runner SUITE: the suite's git runner; BARE: a bare ProcessBuilder start, read"
                                + " and wait, the baseline it is measured against." : "")
                        + " CPU ms per fan-out: the"
                        + " CPU time of the JVM and its git processes; extra CPU ms: how much more than the least any"
                        + " strategy needed with the same repositories, operation, layout, launch mechanism, source"
                        + (runners ? ", runner" : "") + " and JVM; CPU-bound limit: that least divided by the cores the fork may use, which no"
                        + " strategy can beat; score / limit: 1.00 is as fast as the CPU allows."
                        + (allocation ? " Allocation: bytes per git status (task), per fan-out for the report"
                                + " pipeline." : "")));
    }
}
