package fanout.harness.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The metadata of one run.
 *
 * @param id the run's directory name under {@code results/runs/}
 * @param profile the profile it ran ({@code smoke}, {@code full}, ...)
 * @param startedAt when it started
 * @param finishedAt when it finished; null while it runs or if it was killed
 * @param complete whether every planned benchmark was run; false while running and after a kill
 * @param planned how many benchmark records were planned
 * @param suiteVersion the suite's version
 * @param suiteCommit the git commit of the suite, or "unknown"
 * @param host the machine; null in a document merged from runs on several machines, where each JVM names its
 *     own ({@link JvmInfo#host()}, {@link #hostOf(String)})
 * @param jvms the JVMs measured on
 * @param notes what the reader should know that no record says, e.g. cases left out as too long
 */
public record RunInfo(String id, String profile, Instant startedAt, Instant finishedAt, boolean complete,
        int planned, String suiteVersion, String suiteCommit, HostInfo host, List<JvmInfo> jvms, List<String> notes) {

    public RunInfo {
        jvms = jvms == null ? List.of() : List.copyOf(jvms);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public RunInfo finished(Instant at) {
        return new RunInfo(id, profile, startedAt, at, true, planned, suiteVersion, suiteCommit, host, jvms, notes);
    }

    public JvmInfo jvm(String jvmId) {
        return jvms.stream().filter(jvm -> jvm.id().equals(jvmId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no JVM " + jvmId + " in run " + id));
    }

    /** The machine a JVM of this run ran on: its own host, else the run's; null when neither is known. */
    public HostInfo hostOf(String jvmId) {
        return jvms.stream().filter(jvm -> jvm.id().equals(jvmId)).findFirst().map(JvmInfo::host)
                .filter(Objects::nonNull).orElse(host);
    }

    /** The run that measured a JVM's records: the JVM's own run, else this one. */
    public String runOf(String jvmId) {
        return jvms.stream().filter(jvm -> jvm.id().equals(jvmId)).findFirst().map(JvmInfo::run)
                .filter(Objects::nonNull).orElse(id);
    }

    /**
     * Every machine this document's JVMs ran on, in JVM order, each once: one for a normal run, several for
     * runs merged from several machines; the run's host alone when no JVM names one; empty when nothing does.
     */
    public List<HostInfo> machines() {
        LinkedHashSet<HostInfo> machines = new LinkedHashSet<>();
        jvms.forEach(jvm -> {
            HostInfo machine = hostOf(jvm.id());
            if (machine != null) {
                machines.add(machine);
            }
        });
        if (machines.isEmpty() && host != null) {
            machines.add(host);
        }
        return List.copyOf(machines);
    }
}
