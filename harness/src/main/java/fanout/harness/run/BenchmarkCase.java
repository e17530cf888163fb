package fanout.harness.run;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One JMH run of one benchmark with one value per parameter: becomes one record per JVM.
 *
 * @param benchmark the benchmark class's simple name, e.g. {@code SimulatedIoBenchmark}
 * @param params a value for every parameter the case sets; the others keep the class's defaults
 * @param iterations how long to measure it
 */
public record BenchmarkCase(String benchmark, Map<String, String> params, Iterations iterations) {

    public BenchmarkCase {
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** A stable one-line id, also what {@code --include}/{@code --exclude} match against. */
    public String id() {
        return benchmark + " " + params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    public BenchmarkCase withParams(Map<String, String> newParams) {
        return new BenchmarkCase(benchmark, newParams, iterations);
    }

    public BenchmarkCase withIterations(Iterations newIterations) {
        return new BenchmarkCase(benchmark, params, newIterations);
    }
}
