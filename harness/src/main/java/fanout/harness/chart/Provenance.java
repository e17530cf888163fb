package fanout.harness.chart;

import fanout.harness.model.HostInfo;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.RunInfo;
import java.time.ZoneOffset;
import java.util.List;

/** Where and when a chart's numbers were measured, as footnote lines: date, JVM and run; machine. */
final class Provenance {
    private Provenance() {}

    /**
     * E.g. "Measured 2025-06-02 on JDK 25.0.1 Eclipse Adoptium · run 2025-06-02T09-14-05Z-full (full profile)" and
     * "Machine: AMD EPYC 7763 64-Core Processor, 2 cores, 7.8 GiB, Linux 6.8.0-45-generic". The machine and run are
     * the JVM's own ({@link RunInfo#hostOf}, {@link RunInfo#runOf}): in a document merged from several runs they
     * differ from JVM to JVM, and the footnote then names the machine and the run the JVM's numbers came from.
     */
    static List<String> lines(ResultDocument doc, String jvmId) {
        RunInfo run = doc.run();
        if (run == null) {
            return List.of("Measured on " + jvmId + "; the results file names no run, machine or date.");
        }
        String source = run.runOf(jvmId);
        String date = run.startedAt() == null ? "on an unknown date" : day(run.startedAt());
        if (!source.equals(run.id()) && run.startedAt() != null && run.finishedAt() != null
                && !day(run.startedAt()).equals(day(run.finishedAt()))) {
            // merged runs: this document knows only the span of all of them, not this JVM's day
            date = "between " + day(run.startedAt()) + " and " + day(run.finishedAt());
        }
        HostInfo host = run.hostOf(jvmId);
        String machine = host == null ? "unknown"
                : run.machines().size() > 1 ? host.name() + ", " + host.summary() : host.summary();
        String measuredBy = source.equals(run.id()) ? "run " + run.id() + " (" + run.profile() + " profile)"
                : "run " + source + ", merged into " + run.id();
        return List.of(
                "Measured " + date + " on " + jvm(run, jvmId) + " · " + measuredBy
                        + (run.complete() ? "" : " · INCOMPLETE: the run did not finish"),
                "Machine: " + machine);
    }

    private static String day(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** "JDK 25.0.1 Eclipse Adoptium" for a JVM of the run, its id when the run does not list it. */
    static String jvm(RunInfo run, String jvmId) {
        return run.jvms().stream().filter(j -> j.id().equals(jvmId)).findFirst()
                .map(JvmInfo::describe).orElse(jvmId);
    }
}
