package fanout.harness.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One benchmark × params × JVM of a run: what was measured, its measurement (or why there is none), the bound it is
 * measured against, and secondary metrics. What a record's parameters mean (its strategy, N, latency, …) is read
 * from them once, by the harness's typed cases ({@code fanout.harness.analysis.cases}); this record only holds them.
 *
 * @param benchmark the JMH benchmark, class and method, e.g. {@code SimulatedIoBenchmark.fanOut}
 * @param jvm the id of the JVM in {@link RunInfo#jvms()}
 * @param params every JMH parameter, sorted by name
 * @param status measured, unsupported or failed
 * @param reason why it is unsupported or failed; null when OK
 * @param measurement what JMH measured; present exactly when the status is OK
 * @param lowerBound a makespan no implementation of the strategy can beat, provably (SPEC §2), in the measurement's
 *     unit; null where none is known
 * @param model what the strategy's simple schedule predicts (tasks in input order to the first free worker; SPEC
 *     §2), in the measurement's unit; not a bound; null where no model applies
 * @param efficiency lowerBound / score: 1.0 is perfect; above 1 the score is below its lower bound, a measurement
 *     error where its whole interval is (noise where the interval reaches the bound)
 * @param secondary JMH's secondary metrics by name, e.g. {@code cpuMsPerOp} (CPU time of the JVM and its child
 *     processes per fan-out, from which the git benchmark's CPU-bound limit comes); empty if none
 * @param secondaryForks each secondary metric's value per measured iteration, one list per fork in the order the
 *     forks ran (schema 5; empty in older files): what statistics over forks of a secondary metric need, e.g. the
 *     overhead benchmark's paired times ({@code strategyNanos}, {@code bareNanos})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"benchmark", "jvm", "params", "status", "reason", "measurement", "lowerBound", "model",
    "efficiency", "secondary", "secondaryForks"})
public record ResultRecord(
        String benchmark,
        String jvm,
        Map<String, String> params,
        RecordStatus status,
        String reason,
        Measurement measurement,
        Double lowerBound,
        Double model,
        Double efficiency,
        Map<String, Double> secondary,
        Map<String, List<List<Double>>> secondaryForks) {

    public ResultRecord {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(status, "status");
        params = params == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(params));
        secondary = secondary == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(secondary));
        secondaryForks = secondaryForks == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(
                secondaryForks.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(List::copyOf).toList()))));
        if ((status == RecordStatus.OK) != (measurement != null)) {
            throw new IllegalArgumentException(benchmark + " " + params + ": a record has a measurement exactly when"
                    + " it is OK, but it is " + status + (measurement == null ? " without one" : " with one"));
        }
    }

    /** A measured record, without bound, model or secondary metrics yet. */
    public static ResultRecord measured(String benchmark, Map<String, String> params, String jvm,
            Measurement measurement) {
        return new ResultRecord(benchmark, jvm, params, RecordStatus.OK, null, measurement, null, null, null, null, null);
    }

    /** The record of a case that did not produce a measurement: unsupported on its JVM, or failed. */
    public static ResultRecord notMeasured(String benchmark, Map<String, String> params, String jvm,
            RecordStatus status, String reason) {
        if (status == RecordStatus.OK) {
            throw new IllegalArgumentException("an OK record has a measurement");
        }
        return new ResultRecord(benchmark, jvm, params, status, reason, null, null, null, null, null, null);
    }

    /** This record with its lower bound, and the efficiency it gives (lowerBound / score); null for none. */
    public ResultRecord withLowerBound(Double newLowerBound) {
        Double newEfficiency = newLowerBound == null || measurement == null || measurement.score() <= 0 ? null
                : newLowerBound / measurement.score();
        return new ResultRecord(benchmark, jvm, params, status, reason, measurement, newLowerBound, model,
                newEfficiency, secondary, secondaryForks);
    }

    /** This record with its strategy's model; null for none. */
    public ResultRecord withModel(Double newModel) {
        return new ResultRecord(benchmark, jvm, params, status, reason, measurement, lowerBound, newModel, efficiency,
                secondary, secondaryForks);
    }

    /** This record with these secondary metrics. */
    public ResultRecord withSecondary(Map<String, Double> newSecondary) {
        return new ResultRecord(benchmark, jvm, params, status, reason, measurement, lowerBound, model, efficiency,
                newSecondary, secondaryForks);
    }

    /** This record with these secondary metrics' values by fork (see {@code secondaryForks}). */
    public ResultRecord withSecondaryForks(Map<String, List<List<Double>>> newSecondaryForks) {
        return new ResultRecord(benchmark, jvm, params, status, reason, measurement, lowerBound, model, efficiency,
                secondary, newSecondaryForks);
    }

    /** This record re-pointed at another JVM id, e.g. the one its JVM got in a merged document. */
    public ResultRecord withJvm(String jvmId) {
        return new ResultRecord(benchmark, jvmId, params, status, reason, measurement, lowerBound, model, efficiency,
                secondary, secondaryForks);
    }

    /** This record with other parameters. */
    public ResultRecord withParams(Map<String, String> newParams) {
        return new ResultRecord(benchmark, jvm, newParams, status, reason, measurement, lowerBound, model, efficiency,
                secondary, secondaryForks);
    }

    /** This record measured as {@code newMeasurement}; its efficiency follows from the lower bound. */
    public ResultRecord withMeasurement(Measurement newMeasurement) {
        return new ResultRecord(benchmark, jvm, params, RecordStatus.OK, null, newMeasurement, lowerBound, model,
                efficiency, secondary, secondaryForks).withLowerBound(lowerBound);
    }

    /** This record as not measured, with the status and the reason; it keeps its bound and model. */
    public ResultRecord withoutMeasurement(RecordStatus newStatus, String newReason) {
        if (newStatus == RecordStatus.OK) {
            throw new IllegalArgumentException("an OK record has a measurement");
        }
        return new ResultRecord(benchmark, jvm, params, newStatus, newReason, null, lowerBound, model, null,
                secondary, secondaryForks);
    }

    public boolean ok() {
        return status == RecordStatus.OK;
    }
}
