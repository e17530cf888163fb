package fanout.harness.report;

import fanout.harness.model.HostInfo;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.RunInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where and how a run measured: the machine, the suite, the run's course and the JVMs, as report tables. */
final class EnvironmentFacts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private EnvironmentFacts() {}

    /**
     * Host, CPU, cores, memory, OS, git, suite, profile, start, end and completeness, one per row. A document whose
     * JVMs ran on several machines (merged runs) gets one row per machine instead of the host rows; the JVMs table
     * then says which JVM ran where.
     */
    static Table run(ResultDocument doc) {
        RunInfo run = doc.run();
        List<Table.Row> rows = new ArrayList<>();
        List<HostInfo> machines = run.machines();
        if (machines.size() == 1) {
            HostInfo host = machines.get(0);
            add(rows, "host", host.name());
            add(rows, "CPU", host.cpuModel() + " (" + host.arch() + ")");
            add(rows, "cores", String.valueOf(host.cores()));
            add(rows, "memory", memory(host));
            add(rows, "OS", host.os() + " " + host.osVersion());
            add(rows, "git", host.gitVersion());
        } else if (machines.isEmpty()) {
            add(rows, "host", "unknown (the results file does not say)");
        } else {
            for (HostInfo host : machines) {
                add(rows, "machine " + host.name(), host.cpuModel() + " (" + host.arch() + "), " + host.cores()
                        + " cores, " + memory(host) + ", " + host.os() + " " + host.osVersion() + ", "
                        + host.gitVersion());
            }
        }
        add(rows, "suite", run.suiteVersion() + ", commit " + run.suiteCommit());
        add(rows, "profile", run.profile());
        add(rows, "started", time(run.startedAt()));
        add(rows, "finished", run.finishedAt() == null ? "not finished" : time(run.finishedAt()));
        add(rows, "complete", completeness(doc));
        return new Table("Run " + run.id(), List.of("", ""), Set.of(), rows, "");
    }

    /**
     * One row per JVM: id, version, vendor, VM, java executable and flags; in a document of several machines or
     * runs (merged) also the machine each JVM ran on (name, CPU, cores, memory) and the run that measured it.
     */
    static Table jvms(RunInfo run) {
        boolean merged = spansMachinesOrRuns(run);
        List<Table.Row> rows = run.jvms().stream().map(jvm -> {
            List<String> cells = new ArrayList<>(List.of(jvm.id(), jvm.version(), jvm.vendor(),
                    jvm.vmName() + " " + jvm.vmVersion(), jvm.path(), flags(jvm), jvm.defaultAsyncDescription()));
            if (merged) {
                cells.add(machine(run.hostOf(jvm.id())));
                cells.add(run.runOf(jvm.id()));
            }
            return Table.Row.of(cells);
        }).toList();
        List<String> columns = new ArrayList<>(List.of("id", "version", "vendor", "VM", "java", "flags",
                "CompletableFuture default executor"));
        if (merged) {
            columns.addAll(List.of("machine", "run"));
        }
        return new Table("JVMs", columns, Set.of(), rows, "");
    }

    /** What the reader should know that no record says (e.g. cases left out as too long), one per row. */
    static Table notes(RunInfo run) {
        List<Table.Row> rows = run.notes().stream().map(note -> Table.Row.of(List.of(note))).toList();
        return new Table("Notes", List.of("note"), Set.of(), rows, "");
    }

    /** "yes", or "INCOMPLETE: …" saying how many of the planned records were written. */
    static String completeness(ResultDocument doc) {
        return doc.run().complete() ? "yes" : "INCOMPLETE: " + doc.records().size() + " of "
                + doc.run().planned() + " planned records were written; the run was interrupted or is still running";
    }

    /**
     * "JDK 25.0.1 Eclipse Adoptium, JDK 21.0.8 Eclipse Adoptium"; where the JVMs ran on several machines, each
     * with its machine: "JDK 25.0.1 Eclipse Adoptium on bench-a, JDK 25.0.1 Eclipse Adoptium on bench-b"
     * ({@link RunInfo#describeJvm}).
     */
    static String jvmNames(RunInfo run) {
        return run.jvms().stream().map(jvm -> run.describeJvm(jvm.id()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Whether the JVMs ran on more than one machine or were measured by more than one run (a merged document). */
    static boolean spansMachinesOrRuns(RunInfo run) {
        return run.machines().size() > 1 || run.jvms().stream().map(jvm -> run.runOf(jvm.id())).distinct().count() > 1;
    }

    static String time(Instant instant) {
        return instant == null ? "unknown" : TIME.format(instant);
    }

    /** "bench-a (AMD EPYC 9B14, 2 cores, 24.0 GiB)", or "unknown". */
    private static String machine(HostInfo host) {
        return host == null ? "unknown"
                : host.name() + " (" + host.cpuModel() + ", " + host.cores() + " cores, " + memory(host) + ")";
    }

    private static String memory(HostInfo host) {
        return String.format(Locale.ROOT, "%.1f GiB", host.memoryBytes() / (1024.0 * 1024 * 1024));
    }

    private static String flags(JvmInfo jvm) {
        return jvm.jvmArgs().isEmpty() ? "(none)" : String.join(" ", jvm.jvmArgs());
    }

    private static void add(List<Table.Row> rows, String name, String value) {
        rows.add(Table.Row.of(List.of(name, value == null ? "unknown" : value)));
    }
}
