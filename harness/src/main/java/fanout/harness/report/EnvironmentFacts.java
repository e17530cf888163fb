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

    /** Host, CPU, cores, memory, OS, git, suite, profile, start, end and completeness, one per row. */
    static Table run(ResultDocument doc) {
        RunInfo run = doc.run();
        List<Table.Row> rows = new ArrayList<>();
        HostInfo host = run.host();
        if (host != null) {
            add(rows, "host", host.name());
            add(rows, "CPU", host.cpuModel() + " (" + host.arch() + ")");
            add(rows, "cores", String.valueOf(host.cores()));
            add(rows, "memory", String.format(Locale.ROOT, "%.1f GiB", host.memoryBytes() / (1024.0 * 1024 * 1024)));
            add(rows, "OS", host.os() + " " + host.osVersion());
            add(rows, "git", host.gitVersion());
        } else {
            add(rows, "host", "unknown (the results file does not say)");
        }
        add(rows, "suite", run.suiteVersion() + ", commit " + run.suiteCommit());
        add(rows, "profile", run.profile());
        add(rows, "started", time(run.startedAt()));
        add(rows, "finished", run.finishedAt() == null ? "not finished" : time(run.finishedAt()));
        add(rows, "complete", completeness(doc));
        return new Table("Run " + run.id(), List.of("", ""), Set.of(), rows, "");
    }

    /** One row per JVM: id, version, vendor, VM, java executable and flags. */
    static Table jvms(RunInfo run) {
        List<Table.Row> rows = run.jvms().stream().map(jvm -> Table.Row.of(List.of(jvm.id(), jvm.version(),
                jvm.vendor(), jvm.vmName() + " " + jvm.vmVersion(), jvm.path(), flags(jvm),
                jvm.defaultAsyncDescription()))).toList();
        return new Table("JVMs", List.of("id", "version", "vendor", "VM", "java", "flags",
                "CompletableFuture default executor"), Set.of(), rows, "");
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

    /** "JDK 25.0.1 Eclipse Adoptium, JDK 21.0.8 Eclipse Adoptium". */
    static String jvmNames(RunInfo run) {
        return run.jvms().stream().map(JvmInfo::describe)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static String time(Instant instant) {
        return instant == null ? "unknown" : TIME.format(instant);
    }

    private static String flags(JvmInfo jvm) {
        return jvm.jvmArgs().isEmpty() ? "(none)" : String.join(" ", jvm.jvmArgs());
    }

    private static void add(List<Table.Row> rows, String name, String value) {
        rows.add(Table.Row.of(List.of(name, value == null ? "unknown" : value)));
    }
}
