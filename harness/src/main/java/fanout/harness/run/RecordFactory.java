package fanout.harness.run;

import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.OverheadPair;
import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.Cases;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.OverheadCase;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.HostInfo;
import fanout.harness.model.JmhResult;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.Measurement;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultRecord;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Turns JMH's results into the suite's records: the measurement as JMH reports it, plus what the suite knows
 * about it — the ideal of the strategy's model and the efficiency it gives.
 */
public final class RecordFactory {
    private RecordFactory() {}

    /**
     * The record of one JMH result measured on {@code jvm} on {@code host}. Its ideal comes from the strategy's model
     * for simulated I/O, and is the CPU-bound limit (CPU time per fan-out / cores) for git.
     */
    public static ResultRecord measured(JmhResult result, JvmInfo jvm, HostInfo host) {
        String benchmark = result.shortName();
        Case measuredCase = Cases.parse(benchmark, result.params());
        JmhResult.Metric metric = result.primaryMetric();
        Measurement measurement = new Measurement(metric.score(), metric.scoreError(), metric.scoreConfidence(),
                metric.scoreUnit(), metric.rawData().stream().flatMap(List::stream).toList());
        Map<String, Double> secondary = new TreeMap<>();
        result.secondaryMetrics().forEach((name, value) -> secondary.put(name, value.score()));
        OptionalDouble idealMillis = OptionalDouble.empty();
        if (measuredCase instanceof GitCase) {
            idealMillis = cpuBoundLimitMillis(secondary.get(GitCase.CPU_MS_PER_OP), host.cores());
        } else if (measuredCase instanceof SimulatedIoCase simulated) {
            idealMillis = new IdealModel(jvm.defaultAsyncParallelism()).idealMillis(simulated);
        }
        Double ideal = idealMillis.isPresent() ? fromMillis(idealMillis.getAsDouble(), measurement.unit()) : null;
        return ResultRecord.measured(benchmark, result.params(), jvm.id(), measurement).withSecondary(secondary)
                .withIdeal(ideal);
    }

    /** The record of a case that did not produce a measurement on {@code jvm}. */
    public static ResultRecord notMeasured(BenchmarkCase benchmarkCase, JvmInfo jvm, RecordStatus status,
            String reason) {
        return ResultRecord.notMeasured(benchmarkCase.benchmarkCase().benchmark(), benchmarkCase.params(), jvm.id(),
                status, reason);
    }

    /**
     * The records with the overhead benchmark's ideals filled in: a strategy's calls take no time there, so
     * its ideal is what the bare JDK primitive it wraps achieved in the same run (the BARE record of the same
     * JVM and parameters), and its efficiency says how much of that the strategy's contract costs. A BARE
     * record is its own ideal. Records of other benchmarks are returned as they are.
     */
    public static List<ResultRecord> withOverheadIdeals(List<ResultRecord> records) {
        List<CaseResult<OverheadCase>> overhead = records.stream().filter(ResultRecord::ok)
                .filter(r -> Workload.of(r.benchmark()).orElse(null) == Workload.OVERHEAD)
                .map(r -> CaseResult.of(r).as(OverheadCase.class).orElseThrow()).toList();
        Map<ResultRecord, Double> ideals = new IdentityHashMap<>();
        for (OverheadPair pair : OverheadPair.of(overhead)) {
            pair.bare().filter(CaseResult::measured).ifPresent(bare -> {
                ideals.put(bare.record(), bare.score());
                pair.strategy().ifPresent(strategy -> ideals.put(strategy.record(), bare.score()));
            });
        }
        return records.stream().map(r -> ideals.containsKey(r) ? r.withIdeal(ideals.get(r)) : r).toList();
    }

    /** The shortest a fan-out can take if it needs {@code cpuMillis} of CPU and has {@code cores} cores. */
    static OptionalDouble cpuBoundLimitMillis(Double cpuMillis, int cores) {
        return cpuMillis == null || !Double.isFinite(cpuMillis) || cpuMillis <= 0 || cores <= 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(cpuMillis / cores);
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
