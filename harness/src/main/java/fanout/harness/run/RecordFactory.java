package fanout.harness.run;

import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.Cases;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.model.JmhResult;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.Measurement;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultRecord;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Turns JMH's results into the suite's records: the measurement as JMH reports it, plus what the suite knows
 * about it: its strategy's model and lower bound.
 */
public final class RecordFactory {
    private RecordFactory() {}

    /**
     * The record of one JMH result measured on {@code jvm}: the measurement with its samples by fork, the secondary
     * metrics, and for simulated I/O the strategy's model.
     */
    public static ResultRecord measured(JmhResult result, JvmInfo jvm) {
        String benchmark = result.shortName();
        Case measuredCase = Cases.parse(benchmark, result.params());
        JmhResult.Metric metric = result.primaryMetric();
        Measurement measurement = new Measurement(metric.score(), metric.scoreError(), metric.scoreConfidence(),
                metric.scoreUnit(), metric.rawData(), new Measurement.Sampling(result.forks(),
                        result.warmupIterations(), result.warmupTime(), result.measurementIterations(),
                        result.measurementTime()));
        Map<String, Double> secondary = new TreeMap<>();
        result.secondaryMetrics().forEach((name, value) -> secondary.put(name, value.score()));
        OptionalDouble modelMillis = measuredCase instanceof SimulatedIoCase simulated
                ? new IdealModel(jvm.defaultAsyncParallelism()).idealMillis(simulated) : OptionalDouble.empty();
        Double model = modelMillis.isPresent() ? fromMillis(modelMillis.getAsDouble(), measurement.unit()) : null;
        return ResultRecord.measured(benchmark, result.params(), jvm.id(), measurement).withSecondary(secondary)
                .withModel(model);
    }

    /** The record of a case that did not produce a measurement on {@code jvm}. */
    public static ResultRecord notMeasured(BenchmarkCase benchmarkCase, JvmInfo jvm, RecordStatus status,
            String reason) {
        return ResultRecord.notMeasured(benchmarkCase.benchmarkCase().benchmark(), benchmarkCase.params(), jvm.id(),
                status, reason);
    }

    /** The expected makespan of a case on {@code jvm} in milliseconds, for iterations and the ETA; 0 if unknown. */
    public static double expectedMillis(BenchmarkCase benchmarkCase, JvmInfo jvm) {
        return benchmarkCase.benchmarkCase() instanceof SimulatedIoCase simulated
                ? new IdealModel(jvm.defaultAsyncParallelism()).idealMillis(simulated).orElse(0)
                : 0;
    }

    /** Converts milliseconds to JMH's unit ({@code ms/op}, {@code us/op}, {@code ns/op}, {@code s/op}). */
    static double fromMillis(double millis, String unit) {
        String time = unit.split("/", 2)[0];
        return switch (time) {
            case "s" -> millis / 1_000;
            case "ms" -> millis;
            case "us" -> millis * 1_000;
            case "ns" -> millis * 1_000_000;
            default -> throw new IllegalArgumentException("unknown time unit " + unit);
        };
    }
}
