package fanout.harness.analysis.cases;

/**
 * Every benchmark parameter the harness knows, by the name of its {@code @Param} field in the benchmark classes
 * (which stay the source of truth: a test holds these names to theirs). Only {@link Cases} reads a case's
 * parameters by name; everything else reads the typed {@link Case}.
 */
public enum Param {
    STRATEGY("strategy"),
    N("n"),
    LATENCY_MS("latencyMs"),
    DISTRIBUTION("distribution"),
    LIMIT("limit"),
    EXECUTOR("executor"),
    FAULT("fault"),
    FAILURE_RATE("failureRate"),
    POLICY("policy"),
    DEADLINE_MS("deadlineMs"),
    SEED("seed"),
    IMPLEMENTATION("implementation"),
    REPOS("repos"),
    OPERATION("operation"),
    LAYOUT("layout"),
    LAUNCH_MECHANISM("launchMechanism"),
    SOURCE("source"),
    RUNNER("runner"),
    LESSON("lesson"),
    HEDGES("hedges"),
    CPU_MS("cpuMs"),
    CPU_TASKS("cpuTasks");

    private final String jmhName;

    Param(String jmhName) {
        this.jmhName = jmhName;
    }

    /** The {@code @Param} field's name, as JMH, the results file and {@code -p NAME=...} spell it. */
    public String jmhName() {
        return jmhName;
    }

    @Override
    public String toString() {
        return jmhName;
    }
}
