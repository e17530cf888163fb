package fanout.harness.model;

import java.util.List;

/**
 * A JVM the run measured on.
 *
 * @param id short id used by records, e.g. {@code jdk25}
 * @param path its {@code java} executable
 * @param version {@code java.version}, e.g. {@code 25.0.1}
 * @param vendor {@code java.vendor}
 * @param vmName {@code java.vm.name}
 * @param vmVersion {@code java.vm.version}
 * @param jvmArgs the flags the benchmark forks ran with
 * @param defaultAsyncParallelism how many tasks {@code CompletableFuture.runAsync} without an executor runs
 *     at once on this JVM and machine: the common pool's parallelism, or 0 for a new thread per task
 */
public record JvmInfo(String id, String path, String version, String vendor, String vmName, String vmVersion,
        List<String> jvmArgs, int defaultAsyncParallelism) {

    public JvmInfo {
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
    }

    /** "JDK 25.0.1 Eclipse Adoptium": for chart footnotes and report headers. */
    public String describe() {
        return "JDK " + version + " " + vendor;
    }

    /** What {@code CompletableFuture.runAsync} without an executor runs on, in words. */
    public String defaultAsyncDescription() {
        return defaultAsyncParallelism > 0
                ? "common ForkJoinPool, " + defaultAsyncParallelism + " at a time"
                : "a new thread per task";
    }

    /** The feature release, e.g. 25 for {@code 25.0.1}, 17 for {@code 17.0.15}. */
    public int feature() {
        String digits = version.split("[^0-9]", 2)[0];
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
