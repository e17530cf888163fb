package fanout.harness.chart;

import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.RunInfo;
import java.time.ZoneOffset;
import java.util.List;

/** Where and when a chart's numbers were measured, as one footnote line: JVM, machine, date and run. */
final class Provenance {
    private Provenance() {}

    /** E.g. "JDK 25.0.1 Eclipse Adoptium · AMD EPYC 7763, 2 cores, 7.8 GiB, Linux 6.8 · 2025-06-02 · run x (full)". */
    static String line(ResultDocument doc, String jvmId) {
        RunInfo run = doc.run();
        if (run == null) {
            return jvmId + " · unknown machine and date";
        }
        String machine = run.host() == null ? "unknown machine" : run.host().summary();
        String date = run.startedAt() == null ? "unknown date"
                : run.startedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return jvm(run, jvmId) + " · " + machine + " · " + date + " · run " + run.id() + " (" + run.profile() + ")"
                + (run.complete() ? "" : " · INCOMPLETE run");
    }

    /** "JDK 25.0.1 Eclipse Adoptium" for a JVM of the run, its id when the run does not list it. */
    static String jvm(RunInfo run, String jvmId) {
        List<JvmInfo> jvms = run == null ? List.of() : run.jvms();
        return jvms.stream().filter(j -> j.id().equals(jvmId)).findFirst()
                .map(Provenance::describe).orElse(jvmId);
    }

    static String describe(JvmInfo jvm) {
        return "JDK " + jvm.version() + " " + jvm.vendor();
    }
}
