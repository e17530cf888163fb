package fanout.harness.report;

import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.model.HostInfo;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RunInfo;
import java.util.ArrayList;
import java.util.List;

/** Where and how a run measured: the machine, the suite, the run's course and the JVMs, as report tables. */
final class EnvironmentFacts {
    private EnvironmentFacts() {}

    /**
     * Host, CPU, cores, memory, OS, git, suite, profile, start, end and completeness, one per row. A document whose
     * JVMs ran on several machines (merged runs) gets one row per machine instead of the host rows; the JVMs table
     * then says which JVM ran where.
     */
    static Table run(RunAnalysis analysis) {
        RunInfo run = analysis.run();
        List<Table.Row> rows = new ArrayList<>();
        List<HostInfo> machines = run.machines();
        if (machines.size() == 1) {
            HostInfo host = machines.get(0);
            add(rows, "host", host.name());
            add(rows, "CPU", host.cpuModel() + " (" + host.arch() + ")");
            add(rows, "cores", String.valueOf(host.cores()));
            add(rows, "memory", host.memory());
            add(rows, "OS", host.os() + " " + host.osVersion());
            add(rows, "git", host.gitVersion());
        } else if (machines.isEmpty()) {
            add(rows, "host", "unknown (the results file does not say)");
        } else {
            for (HostInfo host : machines) {
                add(rows, "machine " + host.name(), host.cpuModel() + " (" + host.arch() + "), " + host.cores()
                        + " cores, " + host.memory() + ", " + host.os() + " " + host.osVersion() + ", "
                        + host.gitVersion());
            }
        }
        add(rows, "suite", run.suiteVersion() + ", commit " + run.suiteCommit());
        add(rows, "profile", run.profile());
        add(rows, "started", Numbers.time(run.startedAt()));
        add(rows, "finished", run.finishedAt() == null ? "not finished" : Numbers.time(run.finishedAt()));
        add(rows, "complete", analysis.completeness());
        return new Table("Run " + run.id(), List.of("", ""), rows, "");
    }

    /**
     * One row per JVM: id, version, vendor, VM, java executable and flags; in a document of several machines or
     * runs (merged) also the machine each JVM ran on (name, CPU, cores, memory) and the run that measured it.
     */
    static Table jvms(RunInfo run) {
        boolean merged = spansMachinesOrRuns(run);
        List<Table.Row> rows = run.jvms().stream().map(jvm -> {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(jvm.id()), Cell.text(jvm.version()),
                    Cell.text(jvm.vendor()), Cell.text(jvm.vmName() + " " + jvm.vmVersion()), Cell.text(jvm.path()),
                    Cell.text(flags(jvm)), Cell.text(defaultAsync(jvm))));
            if (merged) {
                cells.add(Cell.text(machine(run.hostOf(jvm.id()))));
                cells.add(Cell.text(run.runOf(jvm.id())));
            }
            return Table.Row.of(cells);
        }).toList();
        List<String> columns = new ArrayList<>(List.of("id", "version", "vendor", "VM", "java", "flags",
                "CompletableFuture default executor"));
        if (merged) {
            columns.addAll(List.of("machine", "run"));
        }
        return new Table("JVMs", columns, rows, "");
    }

    /** What the reader should know that no record says (e.g. cases left out as too long), one per row. */
    static Table notes(RunInfo run) {
        List<Table.Row> rows = run.notes().stream().map(note -> Table.Row.of(List.of(Cell.text(note)))).toList();
        return new Table("Notes", List.of("note"), rows, "");
    }

    /** Whether the JVMs ran on more than one machine or were measured by more than one run (a merged document). */
    private static boolean spansMachinesOrRuns(RunInfo run) {
        return run.machines().size() > 1 || run.jvms().stream().map(jvm -> run.runOf(jvm.id())).distinct().count() > 1;
    }

    /** What {@code CompletableFuture.runAsync} without an executor runs on, in words. */
    private static String defaultAsync(JvmInfo jvm) {
        return jvm.defaultAsyncParallelism() > 0
                ? "common ForkJoinPool, " + jvm.defaultAsyncParallelism() + " at a time"
                : "a new thread per task";
    }

    /** "bench-a (AMD EPYC 9B14, 2 cores, 24.0 GiB)", or "unknown". */
    private static String machine(HostInfo host) {
        return host == null ? "unknown"
                : host.name() + " (" + host.cpuModel() + ", " + host.cores() + " cores, " + host.memory() + ")";
    }

    private static String flags(JvmInfo jvm) {
        return jvm.jvmArgs().isEmpty() ? "(none)" : String.join(" ", jvm.jvmArgs());
    }

    private static void add(List<Table.Row> rows, String name, String value) {
        rows.add(Table.Row.of(List.of(Cell.text(name), Cell.text(value))));
    }
}
