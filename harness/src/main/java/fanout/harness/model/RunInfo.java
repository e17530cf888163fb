package fanout.harness.model;

import java.time.Instant;
import java.util.List;

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
 * @param host the machine
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
}
