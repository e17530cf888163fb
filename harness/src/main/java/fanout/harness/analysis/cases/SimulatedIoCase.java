package fanout.harness.analysis.cases;

import fanout.strategy.FailurePolicy;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import java.util.OptionalInt;

/**
 * A case of {@code SimulatedIoBenchmark}: N tasks that each sleep for a latency drawn from a seeded distribution,
 * with an injected fault, under a failure policy and an overall deadline.
 *
 * @param strategy the strategy and its settings
 * @param n tasks per fan-out
 * @param latencyMs the mean latency of one task, in ms
 * @param distribution how latencies are drawn
 * @param fault which tasks fail or hang
 * @param failureRate the share of tasks that fail under {@link Fault#FAIL_RANDOM}
 * @param policy COLLECT, FAIL_FAST or FIRST_ERROR_NO_CANCEL
 * @param deadlineMs the overall deadline in ms, 0 for none
 * @param seed the seed of the latencies and faults
 */
public record SimulatedIoCase(StrategyChoice strategy, int n, double latencyMs, LatencyDistribution distribution,
        Fault fault, double failureRate, FailurePolicy policy, long deadlineMs, long seed) implements Case {

    @Override
    public OptionalInt tasks() {
        return OptionalInt.of(n);
    }

    @Override
    public Workload workload() {
        return Workload.SIMULATED_IO;
    }

    /** Fixed latency, no injected fault, COLLECT, no deadline: the strategy undisturbed, as the charts draw it. */
    public boolean undisturbed() {
        return distribution == LatencyDistribution.FIXED && fault == Fault.NONE && policy == FailurePolicy.COLLECT
                && deadlineMs == 0;
    }

    @Override
    public SimulatedIoCase withStrategy(StrategyChoice choice) {
        return new SimulatedIoCase(choice, n, latencyMs, distribution, fault, failureRate, policy, deadlineMs, seed);
    }

    public SimulatedIoCase withN(int newN) {
        return new SimulatedIoCase(strategy, newN, latencyMs, distribution, fault, failureRate, policy, deadlineMs,
                seed);
    }

    public SimulatedIoCase withDistribution(LatencyDistribution newDistribution) {
        return new SimulatedIoCase(strategy, n, latencyMs, newDistribution, fault, failureRate, policy, deadlineMs,
                seed);
    }

    public SimulatedIoCase withDeadlineMs(long newDeadlineMs) {
        return new SimulatedIoCase(strategy, n, latencyMs, distribution, fault, failureRate, policy, newDeadlineMs,
                seed);
    }

    public SimulatedIoCase withFault(Fault newFault, FailurePolicy newPolicy) {
        return new SimulatedIoCase(strategy, n, latencyMs, distribution, newFault, failureRate, newPolicy, deadlineMs,
                seed);
    }
}
