package fanout.harness.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One entry of JMH's JSON result file ({@code -rf json}), mirrored field for field where the suite reads it;
 * fields it does not read are ignored, so a newer JMH adding fields does not break the harness.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JmhResult(
        String jmhVersion,
        String benchmark,
        String mode,
        int threads,
        int forks,
        String jvm,
        List<String> jvmArgs,
        String jdkVersion,
        String vmName,
        String vmVersion,
        int warmupIterations,
        String warmupTime,
        int measurementIterations,
        String measurementTime,
        Map<String, String> params,
        Metric primaryMetric,
        Map<String, Metric> secondaryMetrics) {

    public JmhResult {
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
        params = params == null ? Map.of() : Map.copyOf(params);
        secondaryMetrics = secondaryMetrics == null ? Map.of() : Map.copyOf(secondaryMetrics);
    }

    /** JMH's {@code primaryMetric}: score, 99.9% error, confidence interval, unit and raw data per fork. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metric(
            double score,
            double scoreError,
            List<Double> scoreConfidence,
            String scoreUnit,
            List<List<Double>> rawData) {

        public Metric {
            scoreConfidence = scoreConfidence == null ? List.of() : List.copyOf(scoreConfidence);
            rawData = rawData == null ? List.of() : rawData.stream().map(List::copyOf).toList();
        }
    }

    /** The benchmark's class and method without the package, e.g. {@code SimulatedIoBenchmark.fanOut}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }
}
