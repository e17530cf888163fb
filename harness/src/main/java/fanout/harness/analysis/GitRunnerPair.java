package fanout.harness.analysis;

import fanout.harness.analysis.cases.GitCase;
import fanout.harness.model.Measurement;
import fanout.jmh.GitBenchmark.Runner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's git runner beside the bare {@code ProcessBuilder} call (SPEC §11: at most 5% more, in makespan and in
 * CPU), on one JVM under the same strategy and situation, with each ratio's interval over the forks.
 *
 * <p>A {@link Runner#PAIRED} record timed both in the same forks, taking turns: its ratios are {@link Ratio#paired}
 * over each fork's quotient of summed nanoseconds (wall, and CPU). Separate SUITE and BARE records, each in forks of
 * its own, are divided by {@link Ratio#of} (Welch), which also carries whatever differed between their JVMs.
 *
 * @param jvm the JVM id
 * @param benchmarkCase the situation, as its SUITE case
 * @param makespan SUITE / BARE time per fan-out, where both were measured
 * @param cpu SUITE / BARE CPU time per fan-out (the JVM's and its git processes'), where known by fork
 * @param paired whether both were measured in the same forks
 */
public record GitRunnerPair(String jvm, GitCase benchmarkCase, Optional<Ratio> makespan, Optional<Ratio> cpu,
        boolean paired) {

    /** The counters of a paired git record (secondary metrics), summed per iteration. */
    public static final String SUITE_NANOS = "suiteNanos";
    public static final String BARE_NANOS = "bareNanos";
    public static final String SUITE_CPU_NANOS = "suiteCpuNanos";
    public static final String BARE_CPU_NANOS = "bareCpuNanos";

    /** Every PAIRED record, and every SUITE record with a BARE twin on the same JVM, in run order. */
    public static List<GitRunnerPair> of(List<CaseResult<GitCase>> git) {
        record Key(String jvm, GitCase suiteCase) {}
        Map<Key, CaseResult<GitCase>> bares = new LinkedHashMap<>();
        for (CaseResult<GitCase> record : git) {
            if (record.benchmarkCase().runner() == Runner.BARE) {
                bares.put(new Key(record.jvm(), record.benchmarkCase().withRunner(Runner.SUITE)), record);
            }
        }
        List<GitRunnerPair> pairs = new ArrayList<>();
        for (CaseResult<GitCase> record : git) {
            Runner runner = record.benchmarkCase().runner();
            CaseResult<GitCase> bare = bares.get(new Key(record.jvm(), record.benchmarkCase()));
            if (runner == Runner.PAIRED) {
                pairs.add(ofPaired(record));
            } else if (runner == Runner.SUITE && bare != null) {
                pairs.add(new GitRunnerPair(record.jvm(), record.benchmarkCase(),
                        record.measured() && bare.measured()
                                ? Optional.of(Ratio.of(record.measurement(), bare.measurement())) : Optional.empty(),
                        cpuMeasurement(record).flatMap(s -> cpuMeasurement(bare).map(b -> Ratio.of(s, b))), false));
            }
        }
        return List.copyOf(pairs);
    }

    private static GitRunnerPair ofPaired(CaseResult<GitCase> record) {
        GitCase situation = record.benchmarkCase().withRunner(Runner.SUITE);
        if (!record.measured()) {
            return new GitRunnerPair(record.jvm(), situation, Optional.empty(), Optional.empty(), true);
        }
        return new GitRunnerPair(record.jvm(), situation, quotients(record, SUITE_NANOS, BARE_NANOS),
                quotients(record, SUITE_CPU_NANOS, BARE_CPU_NANOS), true);
    }

    /** The paired ratio of two counters, from each fork's sums; empty where a fork's sum is not positive. */
    private static Optional<Ratio> quotients(CaseResult<GitCase> record, String numerator, String denominator) {
        return Ratio.ofForkSums(record.secondaryByFork(numerator), record.secondaryByFork(denominator));
    }

    private static Optional<Measurement> cpuMeasurement(CaseResult<GitCase> record) {
        if (!record.measured()) {
            return Optional.empty();
        }
        List<List<Double>> forks = record.record().secondaryForks().getOrDefault(GitCase.CPU_MS_PER_OP, List.of());
        boolean finite = !forks.isEmpty() && forks.stream().flatMap(List::stream)
                .allMatch(v -> Double.isFinite(v) && v > 0);
        Measurement m = record.measurement();
        return finite ? Optional.of(new Measurement(record.secondary(GitCase.CPU_MS_PER_OP).orElse(Double.NaN), null,
                null, "ms/op", forks, m.sampling())) : Optional.empty();
    }

    /**
     * Whether a ratio's interval shows the target met (SPEC §11: the git runner costs at most 5% over the bare loop,
     * the same target and reading as the strategies' overhead: {@link OverheadPair.TargetMet}).
     */
    public static OverheadPair.TargetMet targetMet(Ratio ratio) {
        return OverheadPair.TargetMet.of(ratio);
    }
}
