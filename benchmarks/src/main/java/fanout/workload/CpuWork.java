package fanout.workload;

import java.util.concurrent.Callable;

/**
 * A deterministic CPU burn (seed 001's pitfall: CPU-bound work gains nothing from more threads than cores). One
 * run steps a xorshift generator {@link #units()} times, each step depending on the one before, and returns the final
 * state, so the result depends on every step and the JIT can neither drop nor shorten the loop.
 *
 * <p><b>How long a run takes</b> is not part of its definition: {@link #calibrated(double)} estimates the units that
 * burn about the given CPU time on the calibrating thread, on this JVM, now. The estimate moves with JIT state, CPU
 * frequency and neighbours; a lower bound must be computed from the CPU time measured during the fan-out, never from
 * the millis asked for here.
 *
 * <p><b>Interrupts are ignored</b>, as by real computation: a run that has started goes on to its end whatever
 * happens to its thread, and leaves the interrupt status as it found it. Cancelling a fan-out of CPU work therefore
 * waits for the runs in progress.
 *
 * <p>Knows nothing of threads, strategies or JMH.
 */
public final class CpuWork {

    private static final long START = 0x9E3779B97F4A7C15L;
    /** Runs of the calibration grow until one takes at least this long, then the fastest of a few is taken. */
    private static final long PROBE_NANOS = 1_000_000;
    private static final int TIMED_RUNS = 5;
    /** How long the loop runs before it is timed: enough for the JIT's final compilation of it. */
    private static final long WARM_UP_NANOS = 200_000_000;

    /** Calibration results end here, so that the JIT cannot drop the timed runs. */
    @SuppressWarnings("unused")
    private static volatile long sink;

    private final long units;

    private CpuWork(long units) {
        if (units < 0) {
            throw new IllegalArgumentException("units of CPU work must not be negative, was " + units);
        }
        this.units = units;
    }

    /** Exactly {@code units} steps per run (0: a run that returns at once). */
    public static CpuWork ofUnits(long units) {
        return new CpuWork(units);
    }

    /**
     * The units that burn about {@code millis} of CPU per run, measured on the calling thread: runs of growing size
     * until one takes a millisecond, then 200 ms more of them (so that the JIT's final code is what gets timed), then
     * the fastest of a few runs of that size gives the rate (a slower run was descheduled or disturbed, which adds time but no work). At least one
     * unit. An estimate: see the class comment.
     *
     * @param millis the CPU time one run should take, in milliseconds, positive
     */
    public static CpuWork calibrated(double millis) {
        if (!(millis > 0) || Double.isInfinite(millis)) {
            throw new IllegalArgumentException("CPU time per run must be a positive number of ms, was " + millis);
        }
        long probe = 1024;
        long fastest = timed(probe);
        while (fastest < PROBE_NANOS && probe < (1L << 40)) {
            probe *= 2;
            fastest = timed(probe);
        }
        // Warm the loop up to its final compiled form before timing it: a rate read while only C1's code (or an
        // on-stack replacement) runs is slower than the tasks will be, and the tasks burn less than asked. Forks of
        // one case then burn alike. Measured without this: in one run, 20 tasks of "5 ms" one after another took 37.9 ms
        // on FIXED_POOL(k=2)'s forks and 66.7 ms on VIRTUAL_SCOPE's (the centre over each case's forks).
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() - warmUntil < 0) {
            timed(probe);
        }
        fastest = timed(probe);
        for (int i = 0; i < TIMED_RUNS; i++) {
            fastest = Math.min(fastest, timed(probe));
        }
        double nanosPerUnit = Math.max(1, fastest) / (double) probe;
        double units = millis * 1e6 / nanosPerUnit;
        return new CpuWork(Math.max(1, units >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(units)));
    }

    private static long timed(long units) {
        long start = System.nanoTime();
        long result = burn(units);
        long elapsed = System.nanoTime() - start;
        sink = result;
        return elapsed;
    }

    /** The steps of one run. */
    public long units() {
        return units;
    }

    /** One run: {@link #units()} steps; the same units always give the same result. */
    public long burn() {
        return burn(units);
    }

    private static long burn(long units) {
        long x = START;
        for (long i = 0; i < units; i++) { // xorshift64: each step needs the one before
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    /** A task that runs {@link #burn()} once per call. */
    public Callable<Long> task() {
        return this::burn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CpuWork && ((CpuWork) other).units == units;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(units);
    }

    @Override
    public String toString() {
        return "CpuWork[units=" + units + "]";
    }
}
