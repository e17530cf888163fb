package fanout.harness.analysis.cases;

import java.util.Arrays;
import java.util.Optional;

/** What the tasks of a benchmark are; each workload is one JMH benchmark class of {@code fanout.jmh}. */
public enum Workload {
    /** {@code SimulatedIoBenchmark}: tasks that sleep for seeded latencies, may fail or hang. */
    SIMULATED_IO("SimulatedIoBenchmark", "simulated-io"),
    /** {@code StrategyOverheadBenchmark}: tasks that return at once, each strategy beside its bare JDK primitive. */
    OVERHEAD("StrategyOverheadBenchmark", "overhead"),
    /** {@code GitBenchmark}: real {@code git} subprocesses over repositories or worktrees. */
    GIT("GitBenchmark", "git"),
    /**
     * {@code LessonBenchmark}: the seeds' lessons (hedging, completion order, retries, shield, uncancellable tasks,
     * CPU-bound work and neighbours, pinning), each a variant beside its reference in the same forks.
     */
    LESSON("LessonBenchmark", "lessons");

    /** The method every benchmark class measures. */
    public static final String METHOD = "fanOut";

    private final String benchmarkClass;
    private final String id;

    Workload(String benchmarkClass, String id) {
        this.benchmarkClass = benchmarkClass;
        this.id = id;
    }

    /** The benchmark class's simple name, e.g. {@code SimulatedIoBenchmark}. */
    public String benchmarkClass() {
        return benchmarkClass;
    }

    /** The benchmark as records name it, class and method: {@code SimulatedIoBenchmark.fanOut}. */
    public String benchmark() {
        return benchmarkClass + "." + METHOD;
    }

    /** How reports name the workload: {@code simulated-io}, {@code overhead}, {@code git}, {@code lessons}. */
    public String id() {
        return id;
    }

    /** The workload of a benchmark named by its class ({@code GitBenchmark}) or class and method. */
    public static Optional<Workload> of(String benchmark) {
        return Arrays.stream(values())
                .filter(w -> w.benchmarkClass.equals(benchmark) || w.benchmark().equals(benchmark))
                .findFirst();
    }
}
