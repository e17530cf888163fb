package fanout.jmh;

import fanout.strategy.ExecutorKind;
import fanout.strategy.FailurePolicy;
import fanout.strategy.FanOut;
import fanout.strategy.FanOutException;
import fanout.strategy.FanOutFailedException;
import fanout.strategy.Orphans;
import fanout.strategy.Policy;
import fanout.strategy.Strategy;
import fanout.strategy.StrategyConfig;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import fanout.workload.SimulatedIo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * <b>The question.</b> I must make {@code n} independent blocking I/O calls of about {@code latencyMs} each;
 * how long does one fan-out take (its makespan) under each strategy, and how close is that to the strategy's
 * lower bound (SEQUENTIAL Σ latency, unbounded the largest latency, bounded the ideal schedule of the latencies on
 * k slots: ⌈n/k⌉·L for a fixed L)?
 *
 * <p><b>What could mislead.</b>
 * <ul>
 *   <li>The calls sleep: blocking without CPU, like a socket wait, but with none of the kernel work of real
 *       I/O. The git benchmark measures real subprocesses; this one isolates the cost of the strategy
 *       itself.</li>
 *   <li>They do not sleep with {@code Thread.sleep}: on JDK 17 it rounds any fraction of a millisecond up to
 *       the next whole one (a 2.5 ms sleep took a median 3.13 ms on 17.0.15 and 2.62 ms on 25.0.3), so every
 *       latency that is not whole milliseconds (every one drawn from a distribution other than FIXED, and a
 *       fractional {@code latencyMs}) would wait about 0.5 ms longer on 17 and bias every comparison of 17
 *       with 25. Each call parks until a {@code System.nanoTime()} deadline instead
 *       ({@link fanout.workload.Sleeper}), to the nanosecond on every JDK, interruptible as a sleep is; a
 *       virtual thread leaves its carrier while parked, as it does asleep. Records of such latencies measured
 *       on JDK 17 up to commit 075ce5b waited the longer sleep.</li>
 *   <li>Sleeping overshoots by tens of microseconds (timer slack, scheduling), so even SEQUENTIAL sits a
 *       little above its lower bound, which no run reaches exactly.</li>
 *   <li>With {@code ExecutorKind.DEFAULT_ASYNC} on a machine with fewer than 3 cores (common-pool
 *       parallelism 1), {@code CompletableFuture} silently uses a new thread per task on JDK 17, and runs the
 *       tasks one at a time on the common pool on JDK 25.</li>
 *   <li>The score is an average over many fan-outs per iteration; a fan-out longer than the iteration time
 *       is measured once per iteration.</li>
 * </ul>
 *
 * <p><b>How to run.</b> Through the harness ({@code mvn verify}, or the {@code full} profile, see docs/running.md),
 * which sweeps the parameters per strategy and computes the lower bound of every record. Directly:
 * {@code java -cp ... org.openjdk.jmh.Main SimulatedIoBenchmark -p strategy=VIRTUAL_SCOPE -p n=1000}.
 *
 * <p><b>A result</b> (2026-11-21, Temurin 25.0.3, 2 cores of an AMD EPYC VM, {@code full} profile: 2 forks,
 * 3 + 5 iterations of 1 s; N = 1000, fixed 10 ms):
 * <pre>
 *   SEQUENTIAL          10165.5 ± 36.4 ms  bound 10000  efficiency 0.98
 *   VIRTUAL_SCOPE          11.18 ± 0.17    bound    10  efficiency 0.89
 *   ALL_OF(VIRTUAL)        11.25 ± 0.25    bound    10  efficiency 0.89
 *   ALL_OF(CACHED)         23.0  ± 3.6     bound    10  efficiency 0.43
 *   SEMAPHORE(k=64)       163.9  ± 0.8     bound   160  efficiency 0.98
 *   FIXED_POOL(k=64)      163.4  ± 0.5     bound   160  efficiency 0.98
 *   BATCHED(k=64)         166.7  ± 1.3     bound   160  efficiency 0.96
 *   ALL_OF(DEFAULT_ASYNC) 10178  ± 38      bound 10000  (JDK 25 on 2 cores: the common pool, one at a time)
 * </pre>
 * Overlapping the calls works: every concurrent strategy is within a few percent of its model, except that
 * 1000 virtual threads on 2 cores cost about 1 ms to start, park and wake (the bare
 * {@code newVirtualThreadPerTaskExecutor} loop measures the same), and 1000 new platform threads about 13 ms.
 *
 * <p>Settings stated here are the defaults of a direct run; the harness's profiles override them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class SimulatedIoBenchmark {

    /** The strategy that runs the fan-out. */
    @Param("VIRTUAL_SCOPE")
    public Strategy strategy;

    /** How many calls one fan-out makes. */
    @Param("100")
    public int n;

    /** Mean latency of one call, in milliseconds. */
    @Param("10")
    public double latencyMs;

    /** How latencies are spread around the mean. */
    @Param("FIXED")
    public LatencyDistribution distribution;

    /** The concurrency limit k of bounded strategies (and of ALL_OF's FIXED executor). */
    @Param("64")
    public int limit;

    /** The executor of ALL_OF (ignored by the others). */
    @Param("VIRTUAL")
    public ExecutorKind executor;

    /** Which calls fail or hang. */
    @Param("NONE")
    public Fault fault;

    /** Chance of each call failing under {@code FAIL_RANDOM}. */
    @Param("0.01")
    public double failureRate;

    /** What a failure does to the other calls. */
    @Param("COLLECT")
    public FailurePolicy policy;

    /** Overall deadline of a fan-out in milliseconds; 0 for none. Hanging calls need one. */
    @Param("0")
    public long deadlineMs;

    /** Seed of latencies and failures: the same seed, the same calls. */
    @Param("42")
    public long seed;

    /**
     * What {@link FailurePolicy#FIRST_ERROR_NO_CANCEL} leaves behind, summed over an iteration's fan-outs; JMH reports
     * each as a secondary result {@code fanOut:NAME}, one value per iteration, and zeroes them before each iteration.
     * Under every other policy they stay 0 (nothing outlives the call).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Orphaned {
        /** Tasks still unfinished when the fan-out returned. */
        public long orphans;
        /** Nanoseconds from the fan-out's return until its last orphan ended. */
        public long orphanNanos;
        /** Fan-outs that left at least one orphan. */
        public long orphaningFanOuts;
    }

    private FanOut fanOut;
    private List<Callable<Integer>> calls;
    private Policy fanOutPolicy;
    /** What the last fan-out left running (FIRST_ERROR_NO_CANCEL), and the counters to charge them to. */
    private Orphans pendingOrphans;
    private Orphaned pendingCounters;

    @Setup(Level.Trial)
    public void setUp() {
        if (fault.hangs() && deadlineMs <= 0) {
            throw new IllegalArgumentException("fault " + fault + " never ends without a deadline: set deadlineMs > 0");
        }
        calls = new SimulatedIo(distribution, latencyMs, n, seed, fault, failureRate).calls();
        Policy base = Policy.of(policy);
        fanOutPolicy = deadlineMs > 0 ? base.withDeadline(Duration.ofMillis(deadlineMs)) : base;
        fanOut = strategy.create(new StrategyConfig(limit, executor));
    }

    /** One fan-out; its outcomes (or the exception carrying them) are returned so that nothing is dead code. */
    @Benchmark
    public Object fanOut(Orphaned orphaned) throws InterruptedException {
        try {
            return fanOut.run(calls, fanOutPolicy);
        } catch (FanOutFailedException failed) {
            failed.orphans().ifPresent(orphans -> leftRunning(orphans, orphaned));
            return failed.outcomes();
        } catch (FanOutException expected) {
            return expected.outcomes();
        }
    }

    private void leftRunning(Orphans orphans, Orphaned orphaned) {
        orphaned.orphans += orphans.count();
        if (orphans.count() > 0) {
            orphaned.orphaningFanOuts++;
        }
        pendingOrphans = orphans;
        pendingCounters = orphaned;
    }

    /**
     * Waits, outside the measured time, for the tasks the last fan-out left running (FIRST_ERROR_NO_CANCEL), so that
     * the next fan-out starts on a quiet machine and iterations stay independent; charges their remaining life to
     * {@link Orphaned#orphanNanos}. A no-op under every other policy. JMH runs it after every invocation, which costs
     * a timestamp per fan-out: nothing beside fan-outs of milliseconds.
     */
    @TearDown(Level.Invocation)
    public void awaitOrphans() throws InterruptedException {
        if (pendingOrphans != null) {
            long lastEnded = pendingOrphans.awaitEnd();
            pendingCounters.orphanNanos += Math.max(0, lastEnded - pendingOrphans.returnedAtNanos());
            pendingOrphans = null;
            pendingCounters = null;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (fanOut != null) {
            fanOut.close();
        }
    }
}
