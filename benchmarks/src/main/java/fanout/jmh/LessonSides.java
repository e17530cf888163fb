package fanout.jmh;

import fanout.jmh.LessonBenchmark.Lesson;
import fanout.jmh.LessonBenchmark.Sides;
import fanout.strategy.FanOut;
import fanout.strategy.FanOutException;
import fanout.strategy.Outcome;
import fanout.strategy.Policy;
import fanout.task.Retry;
import fanout.task.Shield;
import fanout.workload.Blocking;
import fanout.workload.CpuWork;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import fanout.workload.SimulatedIo;
import fanout.workload.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two sides of each {@link Lesson}: what the variant and the reference run, and which counters each adds to. One
 * implementation per lesson, built once per trial from the benchmark's parameters; the benchmark only alternates them.
 */
abstract class LessonSides {

    /** Runs the variant once, adds its time (and counts) to {@code sides}; returns something to consume. */
    abstract Object variant(Sides sides, long invocation) throws Exception;

    /** Runs the reference once, adds its time (and counts) to {@code sides}; returns something to consume. */
    abstract Object reference(Sides sides, long invocation) throws Exception;

    static LessonSides of(LessonBenchmark settings, FanOut fanOut) {
        return switch (settings.lesson) {
            case HEDGING -> new Hedging(settings, fanOut);
            case COMPLETION_ORDER -> new CompletionOrder(settings, fanOut);
            case RETRY_TRANSIENT -> new Retrying(settings, fanOut, false);
            case RETRY_PERMANENT -> new Retrying(settings, fanOut, true);
            case SHIELD -> shielding(settings, fanOut);
            case UNCANCELLABLE_FAIL_FAST -> uncancellable(settings, fanOut, false);
            case UNCANCELLABLE_DEADLINE -> uncancellable(settings, fanOut, true);
            case CPU_BOUND -> new CpuBound(settings, fanOut);
            case CPU_NEIGHBOURS -> new CpuNeighbours(settings, fanOut);
            case PINNING -> pinning(settings, fanOut);
        };
    }

    /** A seed for invocation {@code invocation}'s draws, different for every invocation and every stream. */
    static long seed(long seed, long invocation, long stream) {
        return new SplittableRandom(seed ^ (invocation * 0x9E3779B97F4A7C15L) ^ (stream * 0xC2B2AE3D27D4EB4FL))
                .nextLong();
    }

    /** Runs a fan-out under {@code policy} and returns its time; its exception, if any, is an outcome here. */
    static long timed(FanOut fanOut, List<? extends Callable<?>> tasks, Policy policy) throws InterruptedException {
        long start = System.nanoTime();
        try {
            fanOut.run(tasks, policy);
        } catch (FanOutException expected) {
            // time to outcome: a failure or an expired deadline is one
        }
        return System.nanoTime() - start;
    }

    /** HEDGING: the first success of h copies against one call, each with a fresh latency. */
    private static final class Hedging extends LessonSides {
        private final FanOut fanOut;
        private final LatencyDistribution distribution;
        private final double latencyMs;
        private final int hedges;
        private final long seed;
        private final Policy policy = Policy.collect();

        Hedging(LessonBenchmark settings, FanOut fanOut) {
            this.fanOut = fanOut;
            this.distribution = settings.distribution;
            this.latencyMs = settings.latencyMs;
            this.hedges = settings.hedges;
            this.seed = settings.seed;
        }

        /** The invocation's copies, each with its own latency drawn from the distribution. */
        private List<Callable<Integer>> copies(long invocation) {
            return new SimulatedIo(distribution, latencyMs, hedges, seed(seed, invocation, 1), Fault.NONE, 0).calls();
        }

        @Override
        Object variant(Sides sides, long invocation) throws Exception {
            List<Callable<Integer>> copies = copies(invocation);
            long start = System.nanoTime();
            Integer first = fanOut.firstSuccess(copies, policy);
            sides.variantNanos += System.nanoTime() - start;
            return first;
        }

        /**
         * The first of the same copies alone, through the same {@code firstSuccess}: the same draw and the same
         * machinery (a thread started, then awaited), so the ratio is what the other copies bought.
         */
        @Override
        Object reference(Sides sides, long invocation) throws Exception {
            List<Callable<Integer>> one = copies(invocation).subList(0, 1);
            long start = System.nanoTime();
            Integer value = fanOut.firstSuccess(one, policy);
            sides.referenceNanos += System.nanoTime() - start;
            return value;
        }
    }

    /** COMPLETION_ORDER: the first and the median outcome of one fan-out against its return. */
    private static final class CompletionOrder extends LessonSides {
        private final FanOut fanOut;
        private final List<Callable<Integer>> calls;
        private final int median;

        CompletionOrder(LessonBenchmark settings, FanOut fanOut) {
            this.fanOut = fanOut;
            this.calls = calls(settings).calls();
            this.median = (settings.n + 1) / 2;
        }

        @Override
        Object variant(Sides sides, long invocation) throws Exception {
            AtomicInteger ended = new AtomicInteger();
            AtomicLong firstAt = new AtomicLong();
            AtomicLong medianAt = new AtomicLong();
            Policy policy = Policy.collect().withListener((index, outcome) -> {
                int count = ended.incrementAndGet();
                long now = System.nanoTime();
                if (count == 1) {
                    firstAt.set(now);
                }
                if (count == median) {
                    medianAt.set(now);
                }
            });
            long start = System.nanoTime();
            List<Outcome<Integer>> outcomes = fanOut.run(calls, policy);
            long all = System.nanoTime() - start;
            sides.variantNanos += firstAt.get() - start;
            sides.medianNanos += medianAt.get() - start;
            sides.referenceNanos += all;
            return outcomes;
        }

        @Override
        Object reference(Sides sides, long invocation) {
            return null; // read from the variant's own fan-out: its return is the time gather would take
        }
    }

    /** RETRY_*: the same failing calls with and without the retry decorator. */
    private static final class Retrying extends LessonSides {
        private final FanOut fanOut;
        private final int n;
        private final long latencyNanos;
        private final double failureRate;
        private final boolean permanent;
        private final long seed;
        private final Retry retry;
        private final Policy policy = Policy.collect();

        Retrying(LessonBenchmark settings, FanOut fanOut, boolean permanent) {
            this.fanOut = fanOut;
            this.n = settings.n;
            this.latencyNanos = Math.round(settings.latencyMs * 1_000_000);
            this.failureRate = settings.failureRate;
            this.permanent = permanent;
            this.seed = settings.seed;
            this.retry = retryFor(settings.latencyMs, settings.seed);
        }

        /**
         * The calls of one invocation: each sleeps its latency, then fails with the failure rate — at every attempt
         * with a fresh draw (transient), or at every attempt if its one draw failed (permanent). Both sides of an
         * invocation see the same draws.
         */
        private List<Callable<Integer>> calls(long invocation, AtomicInteger attempts) {
            List<Callable<Integer>> calls = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                SplittableRandom random = new SplittableRandom(seed(seed, invocation, i));
                boolean alwaysFails = permanent && random.nextDouble() < failureRate;
                calls.add(() -> {
                    attempts.incrementAndGet();
                    Sleeper.system().sleepNanos(latencyNanos);
                    // a call's attempts run one after another on one thread: its generator is never shared
                    boolean fails = permanent ? alwaysFails : random.nextDouble() < failureRate;
                    if (fails) {
                        throw new java.io.IOException("call " + index + " failed");
                    }
                    return index;
                });
            }
            return calls;
        }

        private long failed(List<? extends Outcome<?>> outcomes) {
            return outcomes.stream().filter(o -> o instanceof Outcome.Failure<?>).count();
        }

        @Override
        Object variant(Sides sides, long invocation) throws Exception {
            AtomicInteger attempts = new AtomicInteger();
            List<Callable<Integer>> calls = calls(invocation, attempts);
            List<Callable<Integer>> retried = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                retried.add(retry.wrap(calls.get(i), i));
            }
            long start = System.nanoTime();
            List<Outcome<Integer>> outcomes = fanOut.run(retried, policy);
            sides.variantNanos += System.nanoTime() - start;
            sides.variantFailures += failed(outcomes);
            sides.attempts += attempts.get();
            return outcomes;
        }

        @Override
        Object reference(Sides sides, long invocation) throws Exception {
            List<Callable<Integer>> calls = calls(invocation, new AtomicInteger());
            long start = System.nanoTime();
            List<Outcome<Integer>> outcomes = fanOut.run(calls, policy);
            sides.referenceNanos += System.nanoTime() - start;
            sides.referenceFailures += failed(outcomes);
            return outcomes;
        }
    }

    /**
     * The retry every RETRY_* lesson uses: at most 4 attempts; backoff from a fifth of the latency, doubling, capped
     * at 1.6 latencies, with ±50% seeded jitter.
     */
    static Retry retryFor(double latencyMs, long seed) {
        return Retry.of(4, Duration.ofNanos(Math.max(1, Math.round(latencyMs * 200_000)))).withFactor(2)
                .withMaxDelay(Duration.ofNanos(Math.max(1, Math.round(latencyMs * 1_600_000))))
                .withJitter(0.5, seed);
    }

    /** CPU_BOUND: n CPU-bound tasks by the strategy, and one after another on the calling thread. */
    private static final class CpuBound extends LessonSides {
        private final FanOut fanOut;
        private final List<Callable<Long>> tasks;
        private final Policy policy = Policy.collect();

        CpuBound(LessonBenchmark settings, FanOut fanOut) {
            this.fanOut = fanOut;
            Callable<Long> task = CpuWork.calibrated(settings.cpuMs).task();
            this.tasks = java.util.Collections.nCopies(settings.n, task);
        }

        @Override
        Object variant(Sides sides, long invocation) throws Exception {
            // the window timed holds both readings, so the CPU read between them fits in it: CPU / cores is a bound
            // on this very time (the readings cost some tens of microseconds, and the reference pays them too)
            long start = System.nanoTime();
            ThreadsCpu before = ThreadsCpu.now();
            List<Outcome<Long>> outcomes = fanOut.run(tasks, policy);
            long cpu = ThreadsCpu.now().since(before);
            sides.variantNanos += System.nanoTime() - start;
            sides.variantCpuNanos += cpu;
            return outcomes;
        }

        @Override
        Object reference(Sides sides, long invocation) throws Exception {
            long start = System.nanoTime();
            ThreadsCpu before = ThreadsCpu.now();
            long sum = 0;
            for (Callable<Long> task : tasks) {
                sum += task.call();
            }
            ThreadsCpu.now().since(before); // read as the variant reads, to cost the same
            sides.referenceNanos += System.nanoTime() - start;
            return sum;
        }
    }

    /** CPU_NEIGHBOURS: the I/O calls' makespan with CPU-bound tasks in the same fan-out, and alone. */
    private static final class CpuNeighbours extends LessonSides {
        private final FanOut fanOut;
        private final List<Callable<Integer>> io;
        private final List<Callable<Long>> cpu;
        private final Policy policy = Policy.collect();

        CpuNeighbours(LessonBenchmark settings, FanOut fanOut) {
            this.fanOut = fanOut;
            this.io = calls(settings).calls();
            this.cpu = java.util.Collections.nCopies(settings.cpuTasks, CpuWork.calibrated(settings.cpuMs).task());
        }

        /** The I/O calls, each recording when it ended, then (if given) the CPU-bound tasks: I/O first, in flight. */
        private long ioMakespan(boolean withNeighbours) throws InterruptedException {
            AtomicLong lastIoEnd = new AtomicLong();
            List<Callable<?>> tasks = new ArrayList<>(io.size() + cpu.size());
            for (Callable<Integer> call : io) {
                tasks.add(() -> {
                    Integer value = call.call();
                    lastIoEnd.accumulateAndGet(System.nanoTime(), Math::max);
                    return value;
                });
            }
            if (withNeighbours) {
                tasks.addAll(cpu);
            }
            long start = System.nanoTime();
            try {
                fanOut.run(tasks, policy);
            } catch (FanOutException e) {
                throw new IllegalStateException("a COLLECT fan-out threw", e);
            }
            return lastIoEnd.get() - start;
        }

        @Override
        Object variant(Sides sides, long invocation) throws Exception {
            sides.variantNanos += ioMakespan(true);
            return null;
        }

        @Override
        Object reference(Sides sides, long invocation) throws Exception {
            sides.referenceNanos += ioMakespan(false);
            return null;
        }
    }

    /**
     * Lessons whose two sides are one fan-out each, of two fixed lists of tasks under one policy: the time each took to
     * its outcome (its return, or its exception).
     */
    private static final class FixedSides extends LessonSides {
        private final FanOut fanOut;
        private final List<? extends Callable<?>> variantTasks;
        private final List<? extends Callable<?>> referenceTasks;
        private final Policy policy;

        FixedSides(FanOut fanOut, List<? extends Callable<?>> variantTasks, List<? extends Callable<?>> referenceTasks,
                Policy policy) {
            this.fanOut = fanOut;
            this.variantTasks = variantTasks;
            this.referenceTasks = referenceTasks;
            this.policy = policy;
        }

        @Override
        Object variant(Sides sides, long invocation) throws Exception {
            sides.variantNanos += timed(fanOut, variantTasks, policy);
            return null;
        }

        @Override
        Object reference(Sides sides, long invocation) throws Exception {
            sides.referenceNanos += timed(fanOut, referenceTasks, policy);
            return null;
        }
    }

    /** The lesson's calls: {@code n} of the settings' distribution, latency and seed, none failing. */
    private static SimulatedIo calls(LessonBenchmark settings) {
        return new SimulatedIo(settings.distribution, settings.latencyMs, settings.n, settings.seed, Fault.NONE, 0);
    }

    /** SHIELD: a short section (a tenth of the latency) after each call's latency, shielded or inline. */
    private static LessonSides shielding(LessonBenchmark settings, FanOut fanOut) {
        List<Callable<Integer>> calls = calls(settings).calls();
        long sectionNanos = Math.round(settings.latencyMs * 100_000);
        Callable<Integer> section = () -> {
            Sleeper.system().sleepNanos(sectionNanos);
            return 0;
        };
        List<Callable<Integer>> shielded = new ArrayList<>(calls.size());
        List<Callable<Integer>> inline = new ArrayList<>(calls.size());
        for (Callable<Integer> call : calls) {
            shielded.add(() -> call.call() + Shield.call(section));
            inline.add(() -> call.call() + section.call());
        }
        return new FixedSides(fanOut, shielded, inline, Policy.collect());
    }

    /**
     * UNCANCELLABLE_*: time to outcome of a cancelled fan-out whose calls ignore interrupts, or do not. Under a deadline
     * of a quarter of the latency; or under FAIL_FAST, with call 0 failing after a tenth of its latency.
     */
    private static LessonSides uncancellable(LessonBenchmark settings, FanOut fanOut, boolean deadline) {
        if (deadline) {
            SimulatedIo calls = calls(settings);
            return new FixedSides(fanOut, calls.withUncancellable(true).calls(), calls.calls(), Policy.collect()
                    .withDeadline(Duration.ofNanos(Math.max(1, Math.round(settings.latencyMs * 250_000)))));
        }
        SimulatedIo others = new SimulatedIo(settings.distribution, settings.latencyMs, Math.max(1, settings.n - 1),
                settings.seed, Fault.NONE, 0);
        Callable<Integer> failsEarly = new SimulatedIo(LatencyDistribution.FIXED, settings.latencyMs / 10, 1,
                settings.seed, Fault.FAIL_FIRST, 0).calls().get(0);
        return new FixedSides(fanOut, prepend(failsEarly, others.withUncancellable(true).calls()),
                prepend(failsEarly, others.calls()), Policy.failFast());
    }

    private static List<Callable<Integer>> prepend(Callable<Integer> first, List<Callable<Integer>> rest) {
        List<Callable<Integer>> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** PINNING: the calls park inside {@code synchronized}, or plainly. */
    private static LessonSides pinning(LessonBenchmark settings, FanOut fanOut) {
        SimulatedIo calls = calls(settings);
        return new FixedSides(fanOut, calls.withBlocking(Blocking.PARK_IN_SYNCHRONIZED).calls(), calls.calls(),
                Policy.collect());
    }
}
