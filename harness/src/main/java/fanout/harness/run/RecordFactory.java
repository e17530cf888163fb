package fanout.harness.run;

import fanout.harness.model.HostInfo;
import fanout.harness.model.JmhResult;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultRecord;
import fanout.strategy.ExecutorKind;
import fanout.strategy.Strategy;
import fanout.strategy.StrategyConfig;
import fanout.strategy.StructuredScopes;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns JMH's results into the suite's records: the measurement as JMH reports it, plus what the suite knows
 * about it — its workload, strategy label, the ideal of the strategy's model and the efficiency.
 */
public final class RecordFactory {
    private RecordFactory() {}

    /** The secondary metric of the git benchmark: CPU time of the JVM and its children per fan-out, in ms. */
    public static final String CPU_MS_PER_OP = "cpuMsPerOp";

    /**
     * The record of one JMH result measured on {@code jvm} on {@code host}. Its ideal comes from the
     * strategy's model for simulated I/O, and is the CPU-bound limit (CPU time per fan-out / cores) for git.
     */
    public static ResultRecord measured(JmhResult result, JvmInfo jvm, HostInfo host) {
        String benchmark = result.shortName();
        Map<String, String> params = result.params();
        JmhResult.Metric metric = result.primaryMetric();
        String unit = metric.scoreUnit();
        Map<String, Double> secondary = new java.util.TreeMap<>();
        result.secondaryMetrics().forEach((name, value) -> secondary.put(name, value.score()));
        OptionalDouble idealMillis = workload(benchmark).equals("git")
                ? cpuBoundLimitMillis(secondary.get(CPU_MS_PER_OP), host.cores())
                : new IdealModel(jvm.defaultAsyncParallelism()).idealMillis(benchmark, params);
        Double ideal = idealMillis.isPresent() ? fromMillis(idealMillis.getAsDouble(), unit) : null;
        Double efficiency = ideal == null || metric.score() <= 0 ? null : ideal / metric.score();
        List<Double> samples = metric.rawData().stream().flatMap(List::stream).toList();
        return new ResultRecord(benchmark, workload(benchmark), params.get("strategy"), label(params), jvm.id(),
                params, RecordStatus.OK, null, metric.score(), finiteOrNull(metric.scoreError()),
                metric.scoreConfidence(), unit, samples, ideal, efficiency, secondary);
    }

    /** The record of a case that did not produce a measurement on {@code jvm}. */
    public static ResultRecord notMeasured(BenchmarkCase benchmarkCase, JvmInfo jvm, RecordStatus status,
            String reason) {
        String benchmark = benchmarkCase.benchmark() + "." + BenchmarkCatalog.METHOD;
        Map<String, String> params = benchmarkCase.params();
        return new ResultRecord(benchmark, workload(benchmark), params.get("strategy"), label(params), jvm.id(),
                params, status, reason, null, null, null, null, null, null, null, null);
    }

    /**
     * The records with the overhead benchmark's ideals filled in: a strategy's calls take no time there, so
     * its ideal is what the bare JDK primitive it wraps achieved in the same run (the BARE record of the same
     * JVM and parameters), and its efficiency says how much of that the strategy's contract costs. A BARE
     * record is its own ideal. Records of other benchmarks are returned as they are.
     */
    public static List<ResultRecord> withOverheadIdeals(List<ResultRecord> records) {
        Map<String, ResultRecord> bare = new java.util.HashMap<>();
        for (ResultRecord record : records) {
            if (isOverhead(record) && "BARE".equals(record.param("implementation")) && record.ok()) {
                bare.put(record.keyWithout("implementation"), record);
            }
        }
        return records.stream().map(record -> {
            ResultRecord reference = isOverhead(record) && record.ok()
                    ? bare.get(record.keyWithout("implementation"))
                    : null;
            if (reference == null || reference.score() == null || record.score() == null || record.score() <= 0) {
                return record;
            }
            return new ResultRecord(record.benchmark(), record.workload(), record.strategy(), record.label(),
                    record.jvm(), record.params(), record.status(), record.reason(), record.score(), record.error(),
                    record.ci(), record.unit(), record.samples(), reference.score(),
                    reference.score() / record.score(), record.secondary());
        }).toList();
    }

    private static boolean isOverhead(ResultRecord record) {
        return workload(record.benchmark()).equals("overhead");
    }

    /** The shortest a fan-out can take if it needs {@code cpuMillis} of CPU and has {@code cores} cores. */
    static OptionalDouble cpuBoundLimitMillis(Double cpuMillis, int cores) {
        return cpuMillis == null || !Double.isFinite(cpuMillis) || cpuMillis <= 0 || cores <= 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(cpuMillis / cores);
    }

    /** The expected makespan of a case on {@code jvm} in milliseconds, for iterations and the ETA; 0 if unknown. */
    public static double expectedMillis(BenchmarkCase benchmarkCase, JvmInfo jvm) {
        return new IdealModel(jvm.defaultAsyncParallelism())
                .idealMillis(benchmarkCase.benchmark(), benchmarkCase.params()).orElse(0);
    }

    static String workload(String benchmark) {
        if (benchmark.startsWith("SimulatedIoBenchmark")) {
            return "simulated-io";
        }
        if (benchmark.startsWith("StrategyOverheadBenchmark")) {
            return "overhead";
        }
        if (benchmark.startsWith("GitBenchmark")) {
            return "git";
        }
        return "unknown";
    }

    /** The strategy with the settings it uses, e.g. {@code SEMAPHORE(k=64)} or {@code ALL_OF(VIRTUAL)}. */
    static String label(Map<String, String> params) {
        Strategy strategy = Strategy.valueOf(params.get("strategy"));
        StrategyConfig config = new StrategyConfig(Integer.parseInt(params.get("limit")),
                ExecutorKind.valueOf(params.get("executor")));
        String label = strategy.label(config);
        String implementation = params.get("implementation");
        return implementation == null || implementation.equals("STRATEGY") ? label : label + " bare";
    }

    /** Why a strategy cannot run on {@code jvm}, or null if it can. */
    static String unsupportedReason(Map<String, String> params, JvmInfo jvm) {
        Strategy strategy = Strategy.valueOf(params.get("strategy"));
        StrategyConfig config = new StrategyConfig(Integer.parseInt(params.get("limit")),
                ExecutorKind.valueOf(params.get("executor")));
        String preview = strategy.needsPreview() ? StructuredScopes.unavailableReason(jvm.feature()) : null;
        if (preview != null) {
            return "unsupported on JDK " + jvm.feature() + ": " + strategy.label(config) + " " + preview;
        }
        if (strategy.needsVirtualThreads(config) && jvm.feature() < 21) {
            return "unsupported on JDK " + jvm.feature() + ": " + strategy.label(config) + " needs virtual threads (JDK 21+)";
        }
        return null;
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

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
