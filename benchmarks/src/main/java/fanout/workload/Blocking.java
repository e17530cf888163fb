package fanout.workload;

/** How a simulated call blocks for its latency. */
public enum Blocking {
    /** Parked until its deadline ({@link Sleeper}): a virtual thread leaves its carrier. */
    PARK,
    /**
     * Parked the same way, but while holding a monitor of its own ({@code synchronized}): on JDK 21–23 a virtual
     * thread cannot leave its carrier there (it is pinned); JDK 24+ lets it (JEP 491).
     */
    PARK_IN_SYNCHRONIZED
}
