package fanout.harness.run;

import fanout.harness.analysis.cases.Case;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One JMH run of one benchmark case with one value per parameter: becomes one record per JVM.
 *
 * @param benchmarkCase what is measured, every parameter set
 * @param iterations how long to measure it
 */
public record BenchmarkCase(Case benchmarkCase, Iterations iterations) {

    /** The benchmark class's simple name, e.g. {@code SimulatedIoBenchmark}. */
    public String benchmark() {
        return benchmarkCase.workload().benchmarkClass();
    }

    /** Every parameter, as JMH takes them. */
    public Map<String, String> params() {
        return benchmarkCase.params();
    }

    /** A stable one-line id, also what {@code --include}/{@code --exclude} match against. */
    public String id() {
        return benchmark() + " " + params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    public BenchmarkCase withCase(Case newCase) {
        return new BenchmarkCase(newCase, iterations);
    }

    public BenchmarkCase withIterations(Iterations newIterations) {
        return new BenchmarkCase(benchmarkCase, newIterations);
    }
}
