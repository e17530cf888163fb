package fanout.harness.analysis;

/**
 * What a record allocated, from JMH's GC profiler (SPEC §6): bytes per task, or per fan-out where the case does not
 * say how many tasks a fan-out runs (the git report pipeline).
 *
 * @param bytes the bytes allocated per task (or per fan-out)
 * @param perTask whether {@code bytes} is per task
 */
public record Allocation(double bytes, boolean perTask) {

    /** JMH's secondary metric of the GC profiler: bytes allocated per operation, i.e. per fan-out. */
    public static final String BYTES_PER_OP = "gc.alloc.rate.norm";

    /** {@code B/task} or {@code B/fan-out}. */
    public String unit() {
        return perTask ? "B/task" : "B/fan-out";
    }
}
