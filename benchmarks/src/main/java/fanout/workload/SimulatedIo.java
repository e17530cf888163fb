package fanout.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * N simulated blocking I/O calls: call i sleeps its latency (a blocking, interruptible wait, as a socket
 * read is), then returns i or throws {@link SimulatedIoException}; a hanging call waits until interrupted.
 * Everything is drawn up front from the seed, so the same settings always give the same calls, and the
 * ideal makespan can be computed from {@link #latencyMillis()} outside the measurement.
 *
 * <p>The latency is rounded to the nanosecond and slept by a {@link Sleeper}: parked until a
 * {@code System.nanoTime()} deadline, not {@code Thread.sleep}, which on JDK 17 rounds any fraction of a
 * millisecond up to the next whole one (2.5 ms sleeps 3). So a call waits its latency, plus the usual
 * overshoot of any sleep, on every JDK, and JDKs compare on equal terms.
 *
 * <p>Two settings change how a call waits, not how long ({@link #withBlocking}, {@link #withUncancellable}):
 * <ul>
 *   <li>{@link Blocking#PARK_IN_SYNCHRONIZED}: the call sleeps while holding a monitor of its own, made with the call
 *       (no other call takes it; two runs of the same call at once would contend). It is reachable from the call, so
 *       the JIT cannot elide the lock, and taking it writes nothing shared: the variant pays no cost the plain call
 *       does not but the monitor itself.</li>
 *   <li>uncancellable: the sleep ignores interrupts until the latency has passed, then, if one came, throws
 *       {@link InterruptedException} (the interrupt was seen late): seed 002's task with no await point, which
 *       cannot be cancelled. A hanging call stays interruptible whatever this says, or nothing could end it.</li>
 * </ul>
 *
 * <p>Knows nothing of strategies or of JMH.
 *
 * @param distribution how latencies are spread
 * @param meanMillis the mean latency in milliseconds (0 for calls that return at once)
 * @param n how many calls
 * @param seed the seed of every random draw
 * @param fault which calls fail or hang
 * @param failureProbability the chance of each call failing under {@link Fault#FAIL_RANDOM}
 * @param blocking how a call blocks for its latency
 * @param uncancellable whether a call ignores interrupts until its latency has passed
 */
public record SimulatedIo(LatencyDistribution distribution, double meanMillis, int n, long seed, Fault fault,
        double failureProbability, Blocking blocking, boolean uncancellable) {

    public static final long DEFAULT_SEED = 42;

    public SimulatedIo {
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(blocking, "blocking");
        if (n <= 0) {
            throw new IllegalArgumentException("n (number of calls) must be at least 1, was " + n);
        }
        if (failureProbability < 0 || failureProbability > 1) {
            throw new IllegalArgumentException("failure probability must be in [0, 1], was " + failureProbability);
        }
    }

    /** Calls that park ({@link Blocking#PARK}) and end when interrupted. */
    public SimulatedIo(LatencyDistribution distribution, double meanMillis, int n, long seed, Fault fault,
            double failureProbability) {
        this(distribution, meanMillis, n, seed, fault, failureProbability, Blocking.PARK, false);
    }

    /** {@code n} calls of exactly {@code millis} each that all succeed. */
    public static SimulatedIo fixed(double millis, int n) {
        return new SimulatedIo(LatencyDistribution.FIXED, millis, n, DEFAULT_SEED, Fault.NONE, 0);
    }

    /** The same calls, blocking as given. */
    public SimulatedIo withBlocking(Blocking blocking) {
        return new SimulatedIo(distribution, meanMillis, n, seed, fault, failureProbability, blocking, uncancellable);
    }

    /**
     * The same calls, ignoring interrupts until their latency has passed ({@code true}) or ending at once when
     * interrupted ({@code false}, the default).
     */
    public SimulatedIo withUncancellable(boolean uncancellable) {
        return new SimulatedIo(distribution, meanMillis, n, seed, fault, failureProbability, blocking, uncancellable);
    }

    /** The latency of each call in milliseconds, in input order. */
    public double[] latencyMillis() {
        return distribution.samples(meanMillis, n, seed);
    }

    /** Which calls fail, in input order. */
    public boolean[] failures() {
        SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        boolean[] fails = new boolean[n];
        for (int i = 0; i < n; i++) {
            fails[i] = fault.fails(i, n, random.nextDouble(), failureProbability);
        }
        return fails;
    }

    /** Which calls hang, in input order. */
    public boolean[] hangs() {
        boolean[] hangs = new boolean[n];
        for (int i = 0; i < n; i++) {
            hangs[i] = fault.hangs(i, n);
        }
        return hangs;
    }

    /** The calls, in input order. Each call may be run any number of times; it behaves the same each time. */
    public List<Callable<Integer>> calls() {
        return calls(Sleeper.system());
    }

    /** The calls, sleeping their latencies with the given sleeper (a test's fake clock). */
    List<Callable<Integer>> calls(Sleeper sleeper) {
        Objects.requireNonNull(sleeper, "sleeper");
        double[] latencies = latencyMillis();
        boolean[] fails = failures();
        boolean[] hangs = hangs();
        List<Callable<Integer>> calls = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // PARK_IN_SYNCHRONIZED: a monitor per call, which no other call takes (runs of the same call share it)
            calls.add(new Call(i, Math.round(latencies[i] * 1_000_000), fails[i], hangs[i], blocking, uncancellable,
                    sleeper, blocking == Blocking.PARK_IN_SYNCHRONIZED ? new Object() : null));
        }
        return List.copyOf(calls);
    }

    /** One simulated call. */
    private record Call(int index, long latencyNanos, boolean fails, boolean hangs, Blocking blocking,
            boolean uncancellable, Sleeper sleeper, Object monitor) implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException, SimulatedIoException {
            if (hangs) {
                new CountDownLatch(1).await(); // only an interrupt ends this
            }
            switch (blocking) {
                case PARK:
                    sleep();
                    break;
                case PARK_IN_SYNCHRONIZED:
                    synchronized (monitor) { // the call's own: reachable from the call list, so never elided
                        sleep();
                    }
                    break;
                default:
                    throw new AssertionError(blocking);
            }
            if (fails) {
                throw new SimulatedIoException(index);
            }
            return index;
        }

        private void sleep() throws InterruptedException {
            if (!uncancellable) {
                if (latencyNanos > 0) {
                    sleeper.sleepNanos(latencyNanos);
                }
            } else if (latencyNanos > 0 && sleeper.sleepNanosIgnoringInterrupts(latencyNanos)) {
                throw new InterruptedException("call " + index + " was interrupted, seen only after its latency of "
                        + latencyNanos + " ns had passed (uncancellable)");
            }
        }
    }

}
