package fanout.harness.run;

import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.strategy.IdealSchedule;
import fanout.workload.SimulatedIo;
import java.util.OptionalDouble;

/**
 * The ideal makespan of a simulated-I/O case, in milliseconds (SPEC §2): the workload's latencies are drawn again
 * from the same seed and scheduled by the strategy's model ({@link IdealSchedule}).
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

    /** The ideal makespan; empty where it is infinite (a task hangs and nothing cancels it). */
    public OptionalDouble idealMillis(SimulatedIoCase c) {
        SimulatedIo workload = new SimulatedIo(c.distribution(), c.latencyMs(), c.n(), c.seed(), c.fault(),
                c.failureRate());
        double[] latencies = workload.latencyMillis();
        boolean[] hangs = workload.hangs();
        for (int i = 0; i < latencies.length; i++) {
            if (hangs[i]) {
                latencies[i] = Double.POSITIVE_INFINITY;
            }
        }
        double[] ends = IdealSchedule.completionTimes(c.strategy().strategy(), c.strategy().config(),
                defaultAsyncParallelism, latencies);
        double ideal = IdealSchedule.makespan(ends, workload.failures(), c.policy(),
                c.deadlineMs() > 0 ? c.deadlineMs() : Double.POSITIVE_INFINITY);
        return Double.isFinite(ideal) ? OptionalDouble.of(ideal) : OptionalDouble.empty();
    }
}
