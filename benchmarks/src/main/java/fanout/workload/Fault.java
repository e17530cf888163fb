package fanout.workload;

/** Which simulated calls go wrong, and how. A failing call takes its latency, then throws. */
public enum Fault {
    /** Every call succeeds. */
    NONE,
    /** The first call (input order) fails. */
    FAIL_FIRST,
    /** The last call (input order) fails. */
    FAIL_LAST,
    /** Each call fails with the workload's failure probability, independently (seeded). */
    FAIL_RANDOM,
    /** The first call never returns until interrupted. */
    HANG_FIRST,
    /** The last call never returns until interrupted. */
    HANG_LAST;

    boolean fails(int index, int n, double draw, double probability) {
        return switch (this) {
            case FAIL_FIRST -> index == 0;
            case FAIL_LAST -> index == n - 1;
            case FAIL_RANDOM -> draw < probability;
            case NONE, HANG_FIRST, HANG_LAST -> false;
        };
    }

    boolean hangs(int index, int n) {
        return (this == HANG_FIRST && index == 0) || (this == HANG_LAST && index == n - 1);
    }

    /** Whether some call never returns by itself (so a fan-out needs a deadline or a failure to end). */
    public boolean hangs() {
        return this == HANG_FIRST || this == HANG_LAST;
    }
}
