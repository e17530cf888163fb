package fanout.harness.model;

import java.util.List;

/**
 * A JVM the run measured on, with the machine it ran on and the run that measured it.
 *
 * <p>Each JVM carries its own {@link #host()} and {@link #run()} so that an entry means the same thing wherever
 * it goes: in a normal run every JVM has the run's host and id; in a document merged from several runs
 * ({@code fanout merge}) the JVMs come from different machines and runs, and the entry still says which.
 *
 * @param id short id used by records, e.g. {@code jdk25}; unique in its document (in a merged document it may be
 *     labelled with the machine, e.g. {@code bench-a-jdk25})
 * @param path its {@code java} executable
 * @param version {@code java.version}, e.g. {@code 25.0.1}
 * @param vendor {@code java.vendor}
 * @param vmName {@code java.vm.name}
 * @param vmVersion {@code java.vm.version}
 * @param jvmArgs the flags the benchmark forks ran with
 * @param defaultAsyncParallelism how many tasks {@code CompletableFuture.runAsync} without an executor runs
 *     at once on this JVM and machine: the common pool's parallelism, or 0 for a new thread per task
 * @param cores how many processors the JVM may use there ({@code Runtime.availableProcessors()}, which follows CPU
 *     affinity and a container's CPU quota): what a CPU-bound limit divides by; 0 where not known (older files)
 * @param host the machine it ran on; null where not known (then the run's host applies, see
 *     {@link RunInfo#hostOf(String)})
 * @param run the id of the run that measured its records; null where not known (then the document's run)
 */
public record JvmInfo(String id, String path, String version, String vendor, String vmName, String vmVersion,
        List<String> jvmArgs, int defaultAsyncParallelism, int cores, HostInfo host, String run) {

    public JvmInfo {
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
    }

    /** A JVM not yet placed on a machine or in a run, as discovery finds it; {@link #measuredIn} places it. */
    public JvmInfo(String id, String path, String version, String vendor, String vmName, String vmVersion,
            List<String> jvmArgs, int defaultAsyncParallelism, int cores) {
        this(id, path, version, vendor, vmName, vmVersion, jvmArgs, defaultAsyncParallelism, cores, null, null);
    }

    /** This JVM as measured on {@code machine} by the run {@code runId}. */
    public JvmInfo measuredIn(HostInfo machine, String runId) {
        return new JvmInfo(id, path, version, vendor, vmName, vmVersion, jvmArgs, defaultAsyncParallelism, cores,
                machine, runId);
    }

    /** This JVM under another id, e.g. one labelled with its machine in a merged document. */
    public JvmInfo withId(String newId) {
        return new JvmInfo(newId, path, version, vendor, vmName, vmVersion, jvmArgs, defaultAsyncParallelism, cores,
                host, run);
    }

    /** The feature release, e.g. 25 for {@code 25.0.1}, 17 for {@code 17.0.15}. */
    public int feature() {
        String digits = version.split("[^0-9]", 2)[0];
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
