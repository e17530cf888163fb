package fanout.harness.run;

import fanout.strategy.ExecutorKind;
import fanout.strategy.FailurePolicy;
import fanout.strategy.IdealSchedule;
import fanout.strategy.Strategy;
import fanout.strategy.StrategyConfig;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import fanout.workload.SimulatedIo;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The ideal makespan of a benchmark case, in milliseconds, from its parameters (SPEC §2): the workload's
 * latencies are drawn again from the same seed and scheduled by the strategy's model
 * ({@link IdealSchedule}). Empty where no model applies (the overhead benchmark's calls take no time).
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

    public OptionalDouble idealMillis(String benchmark, Map<String, String> params) {
        if (!benchmark.startsWith("SimulatedIoBenchmark")) {
            return OptionalDouble.empty();
        }
        SimulatedIo workload = new SimulatedIo(
                LatencyDistribution.valueOf(params.get("distribution")),
                Double.parseDouble(params.get("latencyMs")),
                Integer.parseInt(params.get("n")),
                Long.parseLong(params.get("seed")),
                Fault.valueOf(params.get("fault")),
                Double.parseDouble(params.get("failureRate")));
        double[] latencies = workload.latencyMillis();
        boolean[] hangs = workload.hangs();
        for (int i = 0; i < latencies.length; i++) {
            if (hangs[i]) {
                latencies[i] = Double.POSITIVE_INFINITY;
            }
        }
        Strategy strategy = Strategy.valueOf(params.get("strategy"));
        StrategyConfig config = new StrategyConfig(Integer.parseInt(params.get("limit")),
                ExecutorKind.valueOf(params.get("executor")));
        double[] ends = IdealSchedule.completionTimes(strategy, config, defaultAsyncParallelism, latencies);
        long deadline = Long.parseLong(params.get("deadlineMs"));
        double ideal = IdealSchedule.makespan(ends, workload.failures(),
                FailurePolicy.valueOf(params.get("policy")),
                deadline > 0 ? deadline : Double.POSITIVE_INFINITY);
        return Double.isFinite(ideal) ? OptionalDouble.of(ideal) : OptionalDouble.empty();
    }
}
