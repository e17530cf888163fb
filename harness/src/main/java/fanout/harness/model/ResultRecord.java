package fanout.harness.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One benchmark × params × JVM of a run: its measurement, the ideal it is measured against and the status.
 *
 * @param benchmark the JMH benchmark, class and method, e.g. {@code SimulatedIoBenchmark.fanOut}
 * @param workload what the tasks are: {@code simulated-io}, {@code overhead}, ...
 * @param strategy the strategy enum name
 * @param label the strategy with the settings it uses, e.g. {@code SEMAPHORE(k=64)}, for tables and legends
 * @param jvm the id of the JVM in {@link RunInfo#jvms()}
 * @param params every JMH parameter, sorted by name
 * @param status measured, unsupported or failed
 * @param reason why it is unsupported or failed; null when OK
 * @param score the mean makespan of one fan-out (JMH average time), null unless OK
 * @param error the half-width of JMH's 99.9% confidence interval
 * @param ci JMH's 99.9% confidence interval {@code [lower, upper]}
 * @param unit the unit of score, error, ci, samples and ideal, e.g. {@code ms/op}
 * @param samples every iteration's score, fork after fork
 * @param ideal the ideal makespan of the strategy's model (SPEC §2), null where no model applies
 * @param efficiency ideal / score: 1.0 is perfect, above 1 means the model or the benchmark is wrong
 * @param secondary JMH's secondary metrics by name, e.g. {@code cpuMsPerOp} (CPU time of the JVM and its
 *     child processes per fan-out, from which the git benchmark's CPU-bound limit comes); empty if none
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"benchmark", "workload", "strategy", "label", "jvm", "params", "status", "reason", "score",
    "error", "ci", "unit", "samples", "ideal", "efficiency", "secondary"})
public record ResultRecord(
        String benchmark,
        String workload,
        String strategy,
        String label,
        String jvm,
        Map<String, String> params,
        RecordStatus status,
        String reason,
        Double score,
        Double error,
        List<Double> ci,
        String unit,
        List<Double> samples,
        Double ideal,
        Double efficiency,
        Map<String, Double> secondary) {

    public ResultRecord {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(params));
        ci = ci == null ? List.of() : List.copyOf(ci);
        samples = samples == null ? List.of() : List.copyOf(samples);
        secondary = secondary == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(secondary));
    }

    /** This record re-pointed at another JVM id, e.g. the one its JVM got in a merged document. */
    public ResultRecord withJvm(String jvmId) {
        return new ResultRecord(benchmark, workload, strategy, label, jvmId, params, status, reason, score, error, ci,
                unit, samples, ideal, efficiency, secondary);
    }

    public String param(String name) {
        return params.get(name);
    }

    public int intParam(String name) {
        return Integer.parseInt(params.get(name));
    }

    public double doubleParam(String name) {
        return Double.parseDouble(params.get(name));
    }

    /**
     * What identifies this record's measurement apart from one parameter: its benchmark, JVM and every other
     * parameter. Records with equal keys differ only in {@code param} (e.g. STRATEGY vs BARE of the overhead
     * benchmark, or two launch mechanisms).
     */
    public String keyWithout(String param) {
        Map<String, String> others = new TreeMap<>(params);
        others.remove(param);
        return benchmark + " " + jvm + " " + others;
    }

    public boolean ok() {
        return status == RecordStatus.OK;
    }
}
