package fanout.jmh;

import fanout.strategy.ExecutorKind;
import fanout.strategy.FanOut;
import fanout.strategy.Policy;
import fanout.strategy.Strategy;
import fanout.strategy.StrategyConfig;
import fanout.workload.SimulatedIo;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * <b>The question.</b> What does a strategy's contract (outcomes in order, fail-fast, deadline, cancel and
 * await) cost over the bare JDK primitive it wraps — a plain loop over
 * {@code Executors.newVirtualThreadPerTaskExecutor()}, {@code CompletableFuture.allOf}, {@code invokeAll}?
 * The target (SPEC §11) is at most 5%, with an interval narrow enough to say so (±2%).
 *
 * <p><b>The design: both sides in one fork, taking turns.</b> With {@code implementation=PAIRED} (the default)
 * every invocation runs one fan-out of the strategy and one of its bare primitive, back to back, the order swapped
 * at each invocation, and times each with {@link System#nanoTime()}. The auxiliary counters {@link Sides} add up,
 * per iteration, each side's nanoseconds and (JDK 21+) the bytes the JVM allocated while each ran. The harness
 * divides, per fork, the strategy's nanoseconds by the bare primitive's, and takes the interval of that ratio over
 * the forks: the fork is the sample, and within a fork both sides saw the same JIT, heap, carrier threads and
 * machine noise. A ratio from two separate forks, as the first version of this benchmark measured, differs by
 * whatever differed between the two JVMs — on this machine, easily ±30%.
 *
 * <p><b>What could mislead.</b>
 * <ul>
 *   <li>The calls return at once ({@code latencyMs = 0}), so each side's time is pure overhead: thread creation,
 *       hand-off, bookkeeping. Any real latency dilutes the difference, so this is the worst case.</li>
 *   <li>Order matters: the side that runs second finds the carriers warm and the previous side's garbage still
 *       to collect. Swapping the order at every invocation gives each side each position equally often
 *       (an odd invocation count leaves one extra first place; with hundreds of invocations per fork it is noise).</li>
 *   <li>A collection that happens during one side's fan-out is charged to that side; the fixed heap the harness
 *       gives every fork and the alternation spread them evenly, but at N = 1 000 000 one fan-out may be one
 *       invocation of each side per iteration.</li>
 *   <li>The primary score is the time of a pair (both sides plus the two {@code nanoTime} and allocation
 *       readings); read the counters, not it. The allocation readings are outside the timed sections.</li>
 *   <li>Allocated bytes are the whole JVM's ({@link AllocatedBytes}): JMH's own threads add a little to both
 *       sides. On JDK 17 there is no reading: {@code allocationPairs} stays 0.</li>
 *   <li>{@code implementation=STRATEGY} or {@code BARE} time one side only, each in forks of its own: for a
 *       profiler ({@code -prof gc}, {@code -prof async}) on one side, not for the ratio.</li>
 * </ul>
 *
 * <p><b>How to run.</b> Through the harness (every profile includes it), or directly:
 * {@code java -cp ... org.openjdk.jmh.Main StrategyOverheadBenchmark -p strategy=VIRTUAL_SCOPE -f 10}; the ratio
 * per fork is {@code fanOut:strategyNanos / fanOut:bareNanos} summed over its iterations.
 *
 * <p><b>A result</b> (2026-11-29, Temurin 25.0.3, 2 shared cores; the full profile: 10 forks × (2 + 3 iterations of
 * 500 ms), paired; N = 1000 calls that return at once; ns per task, and STRATEGY / BARE with its 95% interval over
 * the forks):
 * <pre>
 *   SEQUENTIAL          71 /  19     3.66  [3.59, 3.74]   the bare loop does nothing but call; see below
 *   ALL_OF(VIRTUAL)    537 / 522     1.028 [1.009, 1.048]
 *   VIRTUAL_SCOPE      411 / 409     1.005 [0.977, 1.035]
 *   SEMAPHORE          406 / 418     0.971 [0.946, 0.996]
 *   BATCHED            591 / 773     0.764 [0.688, 0.850]
 *   FIXED_POOL         209 / 202     [0.919, 1.166]       not resolved: forks differ by 15–25%
 *   BOUNDED_SCOPE      420 / 429     0.980 [0.950, 1.011]
 *   STRUCTURED_SCOPE   486 / 465     1.044 [1.031, 1.057]
 * </pre>
 * SEQUENTIAL's contract cannot come within 5% of a loop that spends 19 ns per call: with the slot protocol (thread
 * record, two compare-and-sets) removed it still took 69 ns, and with the outcome object removed too 46 ns, against
 * 21 ns bare in the same forks. Returning one outcome per task is the contract; with any real call (a microsecond or
 * more) the 50 ns disappear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(10)
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class StrategyOverheadBenchmark {

    /** Which implementation runs the fan-out. */
    public enum Implementation {
        /** Both, taking turns in every invocation, each side timed on its own: what the ratio comes from. */
        PAIRED,
        /** The suite's strategy alone, with {@link Policy#collect()}. */
        STRATEGY,
        /** The bare JDK primitive the strategy wraps ({@link BarePrimitives}) alone. */
        BARE
    }

    @Param("VIRTUAL_SCOPE")
    public Strategy strategy;

    @Param("PAIRED")
    public Implementation implementation;

    /** How many calls one fan-out makes. */
    @Param("1000")
    public int n;

    /** Latency of each call in milliseconds: 0 (the default) isolates the overhead. */
    @Param("0")
    public double latencyMs;

    /** The concurrency limit k of bounded strategies (and of ALL_OF's FIXED executor). */
    @Param("64")
    public int limit;

    /** The executor of ALL_OF (ignored by the others). */
    @Param("VIRTUAL")
    public ExecutorKind executor;

    private List<Callable<Integer>> calls;
    private FanOut fanOut;
    private BarePrimitives bare;
    private final Policy policy = Policy.collect();

    /**
     * Each side's time and allocation, summed over an iteration's invocations, reported by JMH as the secondary
     * results {@code fanOut:strategyNanos}, {@code fanOut:bareNanos}, {@code fanOut:strategyBytes},
     * {@code fanOut:bareBytes}, {@code fanOut:pairs} and {@code fanOut:allocationPairs}, one value per iteration.
     * Counted only with {@link Implementation#PAIRED}. JMH zeroes them before each iteration.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Sides {
        /** Nanoseconds the strategy's fan-outs took. */
        public long strategyNanos;
        /** Nanoseconds the bare primitive's fan-outs took. */
        public long bareNanos;
        /** Bytes the JVM allocated during the strategy's fan-outs (0 where not measured). */
        public long strategyBytes;
        /** Bytes the JVM allocated during the bare primitive's fan-outs (0 where not measured). */
        public long bareBytes;
        /** Invocations: fan-outs of each side. */
        public long pairs;
        /** Invocations whose allocation was measured (0 on JDK 17). */
        public long allocationPairs;
        private boolean strategyFirst = true;
    }

    @Setup(Level.Trial)
    public void setUp() {
        calls = SimulatedIo.fixed(latencyMs, n).calls();
        if (implementation != Implementation.BARE) {
            fanOut = strategy.create(new StrategyConfig(limit, executor));
        }
        if (implementation != Implementation.STRATEGY) {
            bare = new BarePrimitives(strategy, limit, executor);
        }
    }

    @Benchmark
    public Object fanOut(Sides sides, Blackhole blackhole) throws Exception {
        return switch (implementation) {
            case STRATEGY -> fanOut.run(calls, policy);
            case BARE -> bare.run(calls);
            case PAIRED -> {
                if (sides.strategyFirst) {
                    strategySide(sides, blackhole);
                    bareSide(sides, blackhole);
                } else {
                    bareSide(sides, blackhole);
                    strategySide(sides, blackhole);
                }
                sides.strategyFirst = !sides.strategyFirst;
                sides.pairs++;
                yield null;
            }
        };
    }

    private void strategySide(Sides sides, Blackhole blackhole) throws Exception {
        Cost cost = Cost.of(() -> fanOut.run(calls, policy), blackhole);
        sides.strategyNanos += cost.nanos();
        sides.strategyBytes += Math.max(0, cost.bytes());
        sides.allocationPairs += cost.bytes() >= 0 ? 1 : 0; // counted once per pair: the bare side adds none
    }

    private void bareSide(Sides sides, Blackhole blackhole) throws Exception {
        Cost cost = Cost.of(() -> bare.run(calls), blackhole);
        sides.bareNanos += cost.nanos();
        sides.bareBytes += Math.max(0, cost.bytes());
    }

    /** What one side's fan-out cost: its time, and the JVM's bytes allocated meanwhile (-1 where not measured). */
    private record Cost(long nanos, long bytes) {
        static Cost of(Callable<?> side, Blackhole blackhole) throws Exception {
            long bytesBefore = AllocatedBytes.now();
            long start = System.nanoTime();
            Object result = side.call();
            long nanos = System.nanoTime() - start;
            long bytesAfter = AllocatedBytes.now();
            blackhole.consume(result);
            return new Cost(nanos, bytesBefore < 0 ? -1 : bytesAfter - bytesBefore);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (fanOut != null) {
            fanOut.close();
        }
        if (bare != null) {
            bare.close();
        }
    }
}
