package fanout.harness.run;

import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.CpuBoundLimits;
import fanout.harness.analysis.TimeUnits;
import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.Cases;
import fanout.harness.analysis.LessonPair;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.LessonCase;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.JmhResult;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.Measurement;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.jmh.LessonBenchmark.Lesson;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Turns JMH's results into the suite's records: the measurement as JMH reports it, plus what the suite knows
 * about it: its lower bound and its strategy's model (SPEC §2).
 */
public final class RecordFactory {
    private RecordFactory() {}

    /**
     * The record of one JMH result measured on {@code jvm}: the measurement with its samples by fork, the secondary
     * metrics, and for simulated I/O its lower bound and its strategy's model ({@link IdealModel}); a lesson record has
     * no lower bound except CPU_BOUND's, measured ({@link #cpuBoundMillis}). A git record's
     * lower bound depends on the other strategies' records: {@link #withCpuBoundLimits} sets it.
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
        Map<String, List<List<Double>>> secondaryForks = new TreeMap<>();
        result.secondaryMetrics().forEach((name, value) -> {
            secondary.put(name, value.score());
            secondaryForks.put(name, value.rawData());
        });
        ResultRecord record = ResultRecord.measured(benchmark, result.params(), jvm.id(), measurement)
                .withSecondary(secondary).withSecondaryForks(secondaryForks);
        if (measuredCase instanceof SimulatedIoCase simulated) {
            IdealModel ideal = new IdealModel(jvm.defaultAsyncParallelism());
            record = record.withLowerBound(inUnit(ideal.lowerBoundMillis(simulated), measurement.unit()))
                    .withModel(inUnit(ideal.modelMillis(simulated), measurement.unit()));
        } else if (measuredCase instanceof LessonCase lesson) {
            record = record.withLowerBound(inUnit(cpuBoundMillis(lesson, secondaryForks, cores(jvm)),
                    measurement.unit()));
        }
        return record;
    }

    /**
     * A lesson record's lower bound, in ms per invocation: none, except for CPU_BOUND, whose variant cannot take less
     * than the CPU time it used over the cores its fork may use (SPEC §2), summed over the forks:
     * {@code Σ variantCpuNanos / Σ pairs / cores}. An invocation runs the variant and the reference, so this bounds
     * the record's score as well as its variant's time ({@link fanout.harness.analysis.LessonPair} checks the latter).
     */
    static OptionalDouble cpuBoundMillis(LessonCase lesson, Map<String, List<List<Double>>> counters, int cores) {
        if (lesson.lesson() != Lesson.CPU_BOUND || cores <= 0) {
            return OptionalDouble.empty();
        }
        double cpu = total(counters.get(LessonPair.VARIANT_CPU_NANOS));
        double pairs = total(counters.get(LessonPair.PAIRS));
        return cpu > 0 && pairs > 0 ? OptionalDouble.of(cpu / pairs / cores / 1e6) : OptionalDouble.empty();
    }

    private static double total(List<List<Double>> forks) {
        return forks == null ? 0 : forks.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sum();
    }

    /** The cores the fork may use: what it reported, else its machine's; 0 where neither is known. */
    private static int cores(JvmInfo jvm) {
        return jvm.cores() > 0 ? jvm.cores() : jvm.host() == null ? 0 : Math.max(0, jvm.host().cores());
    }

    /**
     * The document with every measured git record's lower bound set to its CPU-bound limit ({@link CpuBoundLimits}):
     * the least CPU per fan-out any strategy of its situation (repository count, operation, layout, launch mechanism,
     * source, JVM) needed, divided by the cores its forks may use. The least falls as strategies are measured, so the
     * run applies this after every case; records of other benchmarks are returned as they are.
     */
    public static ResultDocument withCpuBoundLimits(ResultDocument document) {
        List<CaseResult<GitCase>> git = document.records().stream()
                .filter(r -> Workload.of(r.benchmark()).orElse(null) == Workload.GIT)
                .map(r -> CaseResult.of(r).as(GitCase.class).orElseThrow()).toList();
        CpuBoundLimits limits = CpuBoundLimits.of(git);
        return document.withRecords(document.records().stream().map(record -> {
            if (!record.ok() || Workload.of(record.benchmark()).orElse(null) != Workload.GIT) {
                return record;
            }
            CaseResult<GitCase> result = CaseResult.of(record).as(GitCase.class).orElseThrow();
            return record.withLowerBound(inUnit(limits.limitMillis(result,
                    CpuBoundLimits.cores(document.run(), record.jvm())), record.measurement().unit()));
        }).toList());
    }

    private static Double inUnit(OptionalDouble millis, String unit) {
        return millis.isPresent() ? fromMillis(millis.getAsDouble(), unit) : null;
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
                ? new IdealModel(jvm.defaultAsyncParallelism()).modelMillis(simulated).orElse(0)
                : 0;
    }

    /** Converts milliseconds to JMH's unit ({@code ms/op}, {@code us/op}, {@code ns/op}, {@code s/op}). */
    static double fromMillis(double millis, String unit) {
        return TimeUnits.fromMillis(millis, unit);
    }
}
