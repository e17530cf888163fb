package fanout.jmh;

import fanout.strategy.ExecutorKind;
import fanout.strategy.FanOut;
import fanout.strategy.StrategyConfig;
import fanout.strategy.Strategy;
import fanout.workload.LatencyDistribution;
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
 * <b>The question.</b> The seeds' lessons, each measured as a <em>variant</em> against its <em>reference</em> in the
 * same fork, taking turns at every invocation (as {@link StrategyOverheadBenchmark} pairs a strategy with its bare
 * primitive): what does hedging buy under a heavy tail, how soon does the first outcome arrive, when does retrying
 * pay, what does a shield cost, what does a task that ignores interrupts do to a cancelled fan-out, can any strategy
 * beat the cores on CPU-bound work, what do CPU-bound neighbours do to I/O on virtual threads, and does blocking inside
 * {@code synchronized} pin a carrier on this JVM? See {@link Lesson} for each variant and reference.
 *
 * <p><b>The design.</b> Each invocation runs the variant once and the reference once, the order swapped at every
 * invocation, and times each with {@link System#nanoTime()}; the auxiliary counters {@link Sides} add them up per
 * iteration. The harness divides, per fork, the variant's nanoseconds by the reference's and takes the interval of that
 * ratio over the forks: the fork is the sample, and both sides saw the same JIT, heap, carriers and machine noise.
 * Draws that must differ between invocations (HEDGING's latencies, the RETRY lessons' failures) are seeded with the
 * seed and the invocation's number, so both sides of one invocation see the same draws and every fork the same
 * sequence.
 *
 * <p><b>What could mislead.</b>
 * <ul>
 *   <li>The JMH score is the time of one pair (both sides): read the counters, not the score.</li>
 *   <li>COMPLETION_ORDER reads both times from one fan-out, so there is no order to swap.</li>
 *   <li>CPU_BOUND's and CPU_NEIGHBOURS's tasks burn a number of loop steps calibrated at setup to about
 *       {@code cpuMs} on this machine ({@link fanout.workload.CpuWork}); the CPU time actually burnt is measured
 *       (CPU_BOUND: {@code variantCpuNanos}, every Java thread's, read on each thread's own clock: see {@link ThreadsCpu}), and a bound is computed from
 *       that, never from the calibration.</li>
 *   <li>PINNING on JDK 24+ is expected to find nothing (JEP 491 lets a virtual thread leave its carrier inside
 *       {@code synchronized}); on JDK 21–23 every call that parks in a monitor holds a carrier, so at most as many
 *       calls as carriers wait at once. JFR delivers events about once a second: a count belongs to an iteration,
 *       not to an invocation.</li>
 *   <li>The JFR stream that counts pinning runs only for PINNING; it is itself a thread doing work beside the
 *       fan-outs of both sides.</li>
 * </ul>
 *
 * <p><b>How to run.</b> Through the harness ({@code mvn verify}, or the {@code full} profile), which picks per lesson
 * the settings that show it (HEDGING under PARETO, COMPLETION_ORDER under EXPONENTIAL, …). Directly:
 * {@code java -cp ... org.openjdk.jmh.Main LessonBenchmark -p lesson=HEDGING -p distribution=PARETO}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class LessonBenchmark {

    /**
     * What each lesson measures. Every lesson times a <b>variant</b> and a <b>reference</b> side by side; the harness
     * divides, per fork, {@code variantNanos} by {@code referenceNanos}. Counters a lesson does not use stay 0.
     */
    public enum Lesson {
        /**
         * Hedged requests ({@code wait(FIRST_COMPLETED)}, the race exercise): variant = time to the first success of
         * {@code hedges} copies of one call, each with a fresh latency from {@code distribution}, started together by
         * the strategy ({@code FanOut.firstSuccess}), the rest cancelled; reference = the first of those copies alone,
         * through the same {@code firstSuccess} (the same draw, the same machinery).
         */
        HEDGING,
        /**
         * Handling each outcome as it ends ({@code as_completed}): one fan-out of {@code n} calls with an outcome
         * listener; variant = time to the first outcome, reference = time until {@code run} returned (gather),
         * {@code medianNanos} = time to the ⌈n/2⌉-th outcome.
         */
        COMPLETION_ORDER,
        /**
         * Retry with exponential backoff where it pays: each attempt of each call fails with {@code failureRate}
         * (fresh draws every invocation); variant = with the retry decorator, reference = without.
         * {@code variantFailures}/{@code referenceFailures} = calls that ended failed; {@code attempts} = the
         * variant's attempts.
         */
        RETRY_TRANSIENT,
        /**
         * Retry where it only adds time: a fraction {@code failureRate} of the calls fail at every attempt; variant =
         * with the retry decorator, reference = without; counters as {@link #RETRY_TRANSIENT}.
         */
        RETRY_PERMANENT,
        /**
         * What a shield costs ({@code asyncio.shield}): each call sleeps its latency, then runs a short section (a
         * tenth of the latency); variant = the section shielded, reference = the section inline.
         */
        SHIELD,
        /**
         * A task that ignores interrupts, under FAIL_FAST: call 0 fails after a tenth of its latency; variant = the
         * other calls ignore interrupts until their latency has passed, reference = they end when interrupted. Both
         * times are time to outcome.
         */
        UNCANCELLABLE_FAIL_FAST,
        /**
         * A task that ignores interrupts, under a deadline of a quarter of the latency: variant = the calls ignore
         * interrupts until their latency has passed, reference = they end when interrupted.
         */
        UNCANCELLABLE_DEADLINE,
        /**
         * CPU-bound work (seed 001: use processes): {@code n} tasks each burning {@code cpuMs} of CPU; variant = the
         * strategy's fan-out, reference = the same tasks one after another on the calling thread.
         * {@code variantCpuNanos} = the CPU time the JVM's threads spent during the variant ({@link ThreadsCpu}; lower
         * bound = that / cores).
         */
        CPU_BOUND,
        /**
         * Blocking the event loop, Java's form: {@code n} I/O calls of {@code latencyMs} share one fan-out with
         * {@code cpuTasks} tasks burning {@code cpuMs} each; variant = time until the last I/O call ended, with the
         * neighbours; reference = the I/O calls alone.
         */
        CPU_NEIGHBOURS,
        /**
         * Carrier pinning (JEP 491): variant = every call blocks inside {@code synchronized} on a monitor of its own,
         * reference = plain park. {@code pinnedEvents} = {@code jdk.VirtualThreadPinned} JFR events during the
         * variant, -1 where this JVM has no such event.
         */
        PINNING
    }

    /** The lesson. */
    @Param("COMPLETION_ORDER")
    public Lesson lesson;

    /** The strategy that runs the fan-outs. */
    @Param("VIRTUAL_SCOPE")
    public Strategy strategy;

    /** The concurrency limit k of bounded strategies (and of ALL_OF's FIXED executor). */
    @Param("64")
    public int limit;

    /** The executor of ALL_OF (ignored by the others). */
    @Param("VIRTUAL")
    public ExecutorKind executor;

    /** How many calls one fan-out makes (HEDGING: ignored, see {@link #hedges}). */
    @Param("100")
    public int n;

    /** Mean latency of one call, in milliseconds. */
    @Param("10")
    public double latencyMs;

    /** How latencies are spread around the mean. */
    @Param("FIXED")
    public LatencyDistribution distribution;

    /** Seed of latencies and failures. */
    @Param("42")
    public long seed;

    /** HEDGING: copies of the call raced against each other. */
    @Param("3")
    public int hedges;

    /** RETRY_*: chance of failure (per attempt, or per call when permanent). */
    @Param("0.2")
    public double failureRate;

    /**
     * CPU_BOUND, CPU_NEIGHBOURS: CPU time each CPU-bound task burns, in milliseconds. The default keeps 4 neighbours
     * on 2 carriers busy for 40 ms, four times the default latency: long enough to hold up the I/O calls' wake-ups.
     */
    @Param("20")
    public double cpuMs;

    /** CPU_NEIGHBOURS: how many CPU-bound tasks share the fan-out with the I/O calls. */
    @Param("4")
    public int cpuTasks;

    /**
     * Both sides' times and the lessons' counts, summed over an iteration's invocations; JMH reports each as a
     * secondary result {@code fanOut:NAME}, one value per iteration, and zeroes them before each iteration.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Sides {
        /** Nanoseconds of the variant. */
        public long variantNanos;
        /** Nanoseconds of the reference. */
        public long referenceNanos;
        /** Invocations: one variant and one reference each. */
        public long pairs;
        /** COMPLETION_ORDER: nanoseconds to the ⌈n/2⌉-th outcome. */
        public long medianNanos;
        /** RETRY_*: calls of the variant that ended failed. */
        public long variantFailures;
        /** RETRY_*: calls of the reference that ended failed. */
        public long referenceFailures;
        /** RETRY_*: attempts the variant made. */
        public long attempts;
        /** CPU_BOUND: CPU nanoseconds the JVM's threads spent during the variant ({@link ThreadsCpu}). */
        public long variantCpuNanos;
        /** PINNING: jdk.VirtualThreadPinned events during the variant; -1 per invocation where JFR lacks the event. */
        public long pinnedEvents;
        /** Not a counter (JMH zeroes only the public fields): which side goes first next. */
        private boolean variantFirst = true;
        /** Not a counter: invocations so far in this fork, the number each invocation's draws are seeded with. */
        private long invocations;
    }

    private FanOut fanOut;
    private LessonSides lessonSides;
    private JfrPinnedEvents pinned;

    @Setup(Level.Trial)
    public void setUp() {
        if (n <= 0 || hedges <= 0 || cpuTasks < 0) {
            throw new IllegalArgumentException("n and hedges must be at least 1 and cpuTasks not negative");
        }
        fanOut = strategy.create(new StrategyConfig(limit, executor));
        lessonSides = LessonSides.of(this, fanOut);
        if (lesson == Lesson.PINNING) {
            pinned = JfrPinnedEvents.start();
        }
    }

    /**
     * One variant and one reference, the order swapped at every invocation (COMPLETION_ORDER reads both from one
     * fan-out). Each invocation draws afresh where the lesson draws (HEDGING's latencies, RETRY_TRANSIENT's
     * failures), from the seed and the invocation's number, so every fork sees the same sequence.
     */
    @Benchmark
    public void fanOut(Sides sides, Blackhole blackhole) throws Exception {
        long invocation = sides.invocations++;
        if (sides.variantFirst) {
            blackhole.consume(lessonSides.variant(sides, invocation));
            blackhole.consume(lessonSides.reference(sides, invocation));
        } else {
            blackhole.consume(lessonSides.reference(sides, invocation));
            blackhole.consume(lessonSides.variant(sides, invocation));
        }
        sides.variantFirst = !sides.variantFirst;
        sides.pairs++;
        if (pinned != null) {
            sides.pinnedEvents += pinned.sinceLastRead();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (pinned != null) {
            pinned.close();
        }
        if (fanOut != null) {
            fanOut.close();
        }
    }
}
