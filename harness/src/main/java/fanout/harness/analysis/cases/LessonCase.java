package fanout.harness.analysis.cases;

import fanout.jmh.LessonBenchmark.Lesson;
import fanout.workload.LatencyDistribution;
import java.util.OptionalInt;

/**
 * A case of {@code LessonBenchmark}: one of the seeds' lessons, its variant and its reference timed in the same forks,
 * taking turns at every invocation (see {@link Lesson} for what each side is). Its label is the strategy's; the lesson
 * is one of its settings.
 *
 * @param strategy the strategy that runs the fan-outs, with its settings
 * @param lesson which lesson
 * @param n calls per fan-out (HEDGING: ignored, see {@code hedges})
 * @param latencyMs the mean latency of one call, in ms
 * @param distribution how latencies are drawn
 * @param seed the seed of latencies and failures
 * @param hedges HEDGING: copies of the call raced against each other
 * @param failureRate RETRY_*: the chance of failure (per attempt, or per call when permanent)
 * @param cpuMs CPU_BOUND, CPU_NEIGHBOURS: CPU time each CPU-bound task burns, in ms
 * @param cpuTasks CPU_NEIGHBOURS: the CPU-bound tasks sharing the fan-out with the I/O calls
 */
public record LessonCase(StrategyChoice strategy, Lesson lesson, int n, double latencyMs,
        LatencyDistribution distribution, long seed, int hedges, double failureRate, double cpuMs, int cpuTasks)
        implements Case {

    /** The calls one variant fan-out runs: the hedged copies for HEDGING, else N (CPU_NEIGHBOURS: the I/O calls). */
    @Override
    public OptionalInt tasks() {
        return OptionalInt.of(lesson == Lesson.HEDGING ? hedges : n);
    }

    @Override
    public Workload workload() {
        return Workload.LESSON;
    }

    @Override
    public LessonCase withStrategy(StrategyChoice choice) {
        return new LessonCase(choice, lesson, n, latencyMs, distribution, seed, hedges, failureRate, cpuMs, cpuTasks);
    }

    public LessonCase withLesson(Lesson newLesson) {
        return new LessonCase(strategy, newLesson, n, latencyMs, distribution, seed, hedges, failureRate, cpuMs,
                cpuTasks);
    }

    public LessonCase withDistribution(LatencyDistribution newDistribution) {
        return new LessonCase(strategy, lesson, n, latencyMs, newDistribution, seed, hedges, failureRate, cpuMs,
                cpuTasks);
    }

    public LessonCase withCpuMs(double newCpuMs) {
        return new LessonCase(strategy, lesson, n, latencyMs, distribution, seed, hedges, failureRate, newCpuMs,
                cpuTasks);
    }

    public LessonCase withN(int newN) {
        return new LessonCase(strategy, lesson, newN, latencyMs, distribution, seed, hedges, failureRate, cpuMs,
                cpuTasks);
    }
}
