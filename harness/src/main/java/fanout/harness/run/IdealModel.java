package fanout.harness.run;

import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.strategy.IdealSchedule;
import fanout.workload.SimulatedIo;
import java.util.OptionalDouble;

/**
 * What a simulated-I/O case would take if its strategy cost nothing, in milliseconds (SPEC §2), two ways
 * ({@link IdealSchedule}): its lower bound, which no implementation of the strategy can beat, and its strategy's
 * model, what the simple input-order schedule predicts. The workload's latencies are drawn again from the same seed;
 * a task that hangs has an infinite latency.
 */
public final class IdealModel {
    private final int defaultAsyncParallelism;

    /**
     * @param defaultAsyncParallelism what ALL_OF(DEFAULT_ASYNC) runs on, as the measured JVM reported it
     *     ({@link fanout.harness.model.JvmInfo#defaultAsyncParallelism()})
     */
    public IdealModel(int defaultAsyncParallelism) {
        this.defaultAsyncParallelism = defaultAsyncParallelism;
    }

    /** The lower bound; empty where it is infinite (a task hangs and nothing cancels it). */
    public OptionalDouble lowerBoundMillis(SimulatedIoCase c) {
        SimulatedIo workload = workload(c);
        return finite(IdealSchedule.lowerBound(c.strategy().strategy(), c.strategy().config(),
                defaultAsyncParallelism, latencies(workload), workload.failures(), c.policy(), deadline(c)));
    }

    /** The model's makespan (not a bound); empty where it is infinite. Also what a run expects a fan-out to take. */
    public OptionalDouble modelMillis(SimulatedIoCase c) {
        SimulatedIo workload = workload(c);
        return finite(IdealSchedule.model(c.strategy().strategy(), c.strategy().config(), defaultAsyncParallelism,
                latencies(workload), workload.failures(), c.policy(), deadline(c)));
    }

    private static SimulatedIo workload(SimulatedIoCase c) {
        return new SimulatedIo(c.distribution(), c.latencyMs(), c.n(), c.seed(), c.fault(), c.failureRate());
    }

    /** Each task's latency, infinite for a task that hangs. */
    private static double[] latencies(SimulatedIo workload) {
        double[] latencies = workload.latencyMillis();
        boolean[] hangs = workload.hangs();
        for (int i = 0; i < latencies.length; i++) {
            if (hangs[i]) {
                latencies[i] = Double.POSITIVE_INFINITY;
            }
        }
        return latencies;
    }

    private static double deadline(SimulatedIoCase c) {
        return c.deadlineMs() > 0 ? c.deadlineMs() : Double.POSITIVE_INFINITY;
    }

    private static OptionalDouble finite(double millis) {
        return Double.isFinite(millis) ? OptionalDouble.of(millis) : OptionalDouble.empty();
    }
}
