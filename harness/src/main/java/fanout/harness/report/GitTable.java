package fanout.harness.report;

import fanout.harness.chart.GitScalingChart;
import fanout.harness.chart.Measurement;
import fanout.harness.chart.Numbers;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every record of the git benchmark, measured or not: label, repository count, operation, layout, launch
 * mechanism, source, score ± error, the 99.9% interval, the CPU time per fan-out, the CPU-bound limit it gives
 * (CPU time / cores) and how far the score is above it (score / limit, 1 / efficiency), and status with its
 * reason. These records have none of the simulated-I/O parameters, so they have this table rather than a
 * {@linkplain ResultTables result table}.
 */
final class GitTable {
    static final String BENCHMARK = GitScalingChart.BENCHMARK;
    private static final String CPU = "cpuMsPerOp";

    private GitTable() {}

    static boolean isGit(ResultRecord record) {
        return BENCHMARK.equals(record.benchmark());
    }

    /** The table, or empty when the run has no git records. */
    static Optional<Table> of(ResultDocument doc) {
        List<ResultRecord> records = doc.records().stream().filter(GitTable::isGit).toList();
        if (records.isEmpty()) {
            return Optional.empty();
        }
        boolean manyJvms = records.stream().map(ResultRecord::jvm).distinct().count() > 1;
        String unit = records.stream().map(ResultRecord::unit).filter(u -> u != null).findFirst()
                .map(u -> " (" + u + ")").orElse("");
        List<String> header = new ArrayList<>();
        if (manyJvms) {
            header.add("JVM");
        }
        int firstNumeric = header.size() + 1;
        header.addAll(List.of("strategy", "repos", "operation", "layout", "launch mechanism", "source",
                "score ± error" + unit, "99.9% CI", "CPU ms per fan-out", "CPU-bound limit" + unit,
                "score / limit", "status"));
        Set<Integer> numeric = new HashSet<>(Set.of(firstNumeric));
        for (int i = firstNumeric + 5; i <= firstNumeric + 9; i++) {
            numeric.add(i);
        }

        List<String> labels = records.stream().map(ResultRecord::label).distinct().toList();
        List<ResultRecord> sorted = records.stream()
                .sorted(Comparator.comparing((ResultRecord r) -> String.valueOf(r.param("source")))
                        .thenComparing(r -> String.valueOf(r.param("operation")))
                        .thenComparing(r -> String.valueOf(r.param("layout")))
                        .thenComparing(r -> String.valueOf(r.param("launchMechanism")))
                        .thenComparingDouble(r -> orMax(Measurement.param(r, "repos")))
                        .thenComparingInt(r -> labels.indexOf(r.label()))
                        .thenComparing(ResultRecord::jvm))
                .toList();
        List<Table.Row> rows = new ArrayList<>();
        for (ResultRecord record : sorted) {
            List<String> cells = new ArrayList<>();
            if (manyJvms) {
                cells.add(record.jvm());
            }
            cells.add(record.label());
            cells.add(param(record, "repos"));
            cells.add(param(record, "operation"));
            cells.add(param(record, "layout"));
            cells.add(param(record, "launchMechanism"));
            cells.add(param(record, "source"));
            cells.add(ResultTables.score(record, false));
            cells.add(ResultTables.interval(record));
            cells.add(cpu(record));
            cells.add(record.ideal() == null ? "–" : Numbers.value(record.ideal()));
            cells.add(overLimit(record));
            cells.add(ResultTables.status(record));
            rows.add(new Table.Row(cells, record.status()));
        }
        return Optional.of(new Table(BENCHMARK + " (workload git)", header, numeric, rows,
                "STATUS: git status -s in every repository; REPORT: the status-report pipeline (list worktrees,"
                        + " then status, branch and last commit of each, then the diff of the dirty ones)."
                        + " REPOSITORIES: independent repositories; WORKTREES: linked worktrees of one repository."
                        + " FIXTURE: the generated repositories; USER: the user's own. CPU ms per fan-out: the"
                        + " CPU time of the JVM and its git processes; CPU-bound limit: that divided by the cores;"
                        + " score / limit: 1.00 is as fast as the CPU allows."));
    }

    private static String param(ResultRecord record, String name) {
        return record.param(name) == null ? "–" : record.param(name);
    }

    private static String cpu(ResultRecord record) {
        Double cpu = record.secondary().get(CPU);
        return cpu == null || !Double.isFinite(cpu) ? "–" : Numbers.value(cpu);
    }

    private static String overLimit(ResultRecord record) {
        double efficiency = record.ok() ? Measurement.efficiency(record) : Double.NaN;
        return Double.isFinite(efficiency) && efficiency > 0 ? Numbers.ratio(1 / efficiency) : "–";
    }

    private static double orMax(double value) {
        return Double.isNaN(value) ? Double.MAX_VALUE : value;
    }
}
