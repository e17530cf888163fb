package fanout.harness.analysis.cases;

import fanout.jmh.StrategyOverheadBenchmark.Implementation;
import java.util.OptionalInt;

/**
 * A case of {@code StrategyOverheadBenchmark}: N tasks that return at once (or after {@code latencyMs}), run by a
 * strategy and by the bare JDK primitive it wraps, taking turns in the same forks ({@code PAIRED}), or (older runs,
 * or a profiler on one side) by one of them. Its label is the strategy's either way; the implementation is one of its
 * settings.
 *
 * @param strategy the strategy and its settings
 * @param implementation both sides taking turns, the strategy's own code, or the bare primitive
 * @param n tasks per fan-out
 * @param latencyMs each task's latency, 0 for none
 */
public record OverheadCase(StrategyChoice strategy, Implementation implementation, int n, double latencyMs)
        implements Case {

    @Override
    public OptionalInt tasks() {
        return OptionalInt.of(n);
    }

    @Override
    public Workload workload() {
        return Workload.OVERHEAD;
    }

    @Override
    public OverheadCase withStrategy(StrategyChoice choice) {
        return new OverheadCase(choice, implementation, n, latencyMs);
    }

    public OverheadCase withImplementation(Implementation newImplementation) {
        return new OverheadCase(strategy, newImplementation, n, latencyMs);
    }

    public OverheadCase withN(int newN) {
        return new OverheadCase(strategy, implementation, newN, latencyMs);
    }
}
