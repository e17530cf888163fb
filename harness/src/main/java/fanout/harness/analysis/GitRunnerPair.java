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
 * CPU), on one JVM under the same strategy and situation: the SUITE and BARE records of the git benchmark, and their
 * ratios with Welch's interval over the forks ({@link Ratio#of}).
 *
 * @param jvm the JVM id
 * @param suite the SUITE record (its case names the strategy and situation)
 * @param bare the BARE record
 */
public record GitRunnerPair(String jvm, CaseResult<GitCase> suite, CaseResult<GitCase> bare) {

    /** SPEC §11: the git runner costs at most 5% over the bare loop. */
    public static final double TARGET = 1.05;

    /** Every SUITE record that has a BARE twin measured on the same JVM, in run order. */
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
            CaseResult<GitCase> bare = bares.get(new Key(record.jvm(), record.benchmarkCase()));
            if (record.benchmarkCase().runner() == Runner.SUITE && bare != null) {
                pairs.add(new GitRunnerPair(record.jvm(), record, bare));
            }
        }
        return List.copyOf(pairs);
    }

    /** SUITE / BARE makespan, where both were measured. */
    public Optional<Ratio> makespan() {
        return suite.measured() && bare.measured() ? Optional.of(Ratio.of(suite.measurement(), bare.measurement()))
                : Optional.empty();
    }

    /**
     * SUITE / BARE CPU time per fan-out ({@link GitCase#CPU_MS_PER_OP}, the JVM's and its git children's), from each
     * fork's iterations; empty where a side has no CPU time by fork (no {@code /proc}, or a file before schema 5).
     */
    public Optional<Ratio> cpu() {
        return cpuMeasurement(suite).flatMap(s -> cpuMeasurement(bare).map(b -> Ratio.of(s, b)));
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

    /** Whether a ratio's interval shows the target met: "yes", "no", "unclear", "too few forks". */
    public static String targetMet(Ratio ratio) {
        return !ratio.byForks() ? "too few forks" : ratio.atMost(TARGET) ? "yes" : ratio.above(TARGET) ? "no"
                : "unclear";
    }
}
