package fanout.harness.analysis;

import fanout.harness.analysis.cases.GitCase;
import fanout.jmh.GitBenchmark.LaunchMechanism;
import fanout.strategy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Makespan of the git benchmark as the repository count grows: the measured records of {@code git status -s} over
 * independent fixture repositories of one JVM (the one with the most such records, the newest on a tie). The series
 * use the default launch mechanism only, grouped by label and sorted by repository count with one record per count
 * (the first the run measured), keeping labels measured at two or more counts; the records with another launch
 * mechanism are kept beside them, to be compared with their default twins. Chart 6 draws it.
 *
 * @param jvm the id of the JVM the records ran on
 * @param series per label, in run order, its default-launch records sorted by repository count
 * @param records every selected record of the JVM, whatever its launch mechanism, in run order
 */
record GitSweep(String jvm, Map<String, List<CaseResult<GitCase>>> series, List<CaseResult<GitCase>> records) {

    /** The name of the CPU-bound limit's line. */
    static final String LIMIT_NAME = "CPU-bound limit (least CPU time / cores)";

    static Optional<GitSweep> of(List<CaseResult<GitCase>> git, ToIntFunction<String> feature) {
        List<CaseResult<GitCase>> candidates = git.stream()
                .filter(CaseResult::measured)
                .filter(r -> r.benchmarkCase().statusOfFixtureRepositories())
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String jvm = FixedLatencySelection.jvmWithMostRecords(candidates, feature);
        List<CaseResult<GitCase>> ofJvm = candidates.stream().filter(r -> r.jvm().equals(jvm)).toList();
        Map<String, TreeMap<Integer, CaseResult<GitCase>>> byLabel = new LinkedHashMap<>();
        for (CaseResult<GitCase> record : ofJvm) {
            if (record.benchmarkCase().launchMechanism() == LaunchMechanism.DEFAULT) {
                byLabel.computeIfAbsent(record.label(), label -> new TreeMap<>()).putIfAbsent(repos(record), record);
            }
        }
        Map<String, List<CaseResult<GitCase>>> series = new LinkedHashMap<>();
        byLabel.forEach((label, byRepos) -> {
            if (byRepos.size() >= 2) {
                series.put(label, List.copyOf(byRepos.values()));
            }
        });
        return series.isEmpty() ? Optional.empty() : Optional.of(new GitSweep(jvm, series, ofJvm));
    }

    static int repos(CaseResult<GitCase> record) {
        return record.benchmarkCase().repos();
    }

    /** Every repository count some series has, ascending. */
    List<Integer> counts() {
        return series.values().stream().flatMap(List::stream).map(GitSweep::repos).distinct().sorted().toList();
    }

    /** The record of each label at a repository count, for the labels measured there, in series order. */
    List<CaseResult<GitCase>> at(int repos) {
        List<CaseResult<GitCase>> at = new ArrayList<>();
        for (List<CaseResult<GitCase>> records : series.values()) {
            records.stream().filter(r -> repos(r) == repos).findFirst().ifPresent(at::add);
        }
        return at;
    }

    /**
     * The CPU-bound limit at a repository count: the lower bound the records drawn there carry, which the run set to
     * the least CPU per fan-out any strategy needed in that situation, divided by the cores ({@link CpuBoundLimits});
     * they share it, and the smallest is taken should a document mix older records in. NaN when none has one.
     */
    double limit(int repos) {
        return at(repos).stream().flatMap(r -> r.lowerBound().stream()).mapToDouble(Double::doubleValue).min()
                .orElse(Double.NaN);
    }

    /** The position of a label in the series, which picks its colour and marker. */
    int index(String label) {
        return new ArrayList<>(series.keySet()).indexOf(label);
    }

    String unit() {
        return records.get(0).measurement().unit();
    }

    /** Chart 6. */
    Figure.GitScaling figure(List<String> provenance) {
        List<Series> measured = new ArrayList<>();
        series.forEach((label, records) -> measured.add(Series.measured(label, index(label), records,
                GitSweep::repos)));
        List<Point> limit = counts().stream().filter(c -> Double.isFinite(limit(c)))
                .map(c -> Point.exact(c, limit(c))).toList();
        return new Figure.GitScaling(unit(), measured, new Series(LIMIT_NAME, -1, limit), provenance, sentence());
    }

    /**
     * E.g. "At 50 repositories the best strategy, SEMAPHORE(k=8), took 131 ± 4 ms, 1.11× the CPU-bound limit of
     * 118 ms (SEQUENTIAL: 402 ms); with VFORK instead of the default launch mechanism the same fan-out took 0.93×
     * as long."
     */
    private String sentence() {
        List<Integer> counts = counts();
        int repos = counts.get(counts.size() - 1);
        List<CaseResult<GitCase>> at = at(repos);
        Optional<CaseResult<GitCase>> sequential = at.stream().filter(GitSweep::sequential).findFirst();
        CaseResult<GitCase> best = at.stream().filter(r -> !sequential(r)).min(NSweep.byScore())
                .orElse(at.stream().min(NSweep.byScore()).orElseThrow());
        String unit = unitWord(unit());
        StringBuilder sentence = new StringBuilder("At ").append(Numbers.count(repos))
                .append(" repositories the best strategy, ").append(best.label()).append(", took ")
                .append(Numbers.withInterval(best.score(), " " + unit, best.estimate().lower(),
                        best.estimate().upper()));
        double limit = limit(repos);
        if (Double.isFinite(limit)) {
            sentence.append(", ").append(Numbers.ratio(best.score() / limit)).append("× the CPU-bound limit of ")
                    .append(Numbers.value(limit)).append(' ').append(unit);
        }
        sequential.filter(s -> s != best).ifPresent(s -> sentence.append(" (SEQUENTIAL: ")
                .append(Numbers.value(s.score())).append(' ').append(unit).append(')'));
        List<String> launch = launchClauses(best);
        if (!launch.isEmpty()) {
            sentence.append("; ").append(String.join("; ", launch));
        }
        return sentence.append('.').toString();
    }

    private static boolean sequential(CaseResult<GitCase> record) {
        return record.benchmarkCase().strategy().strategy() == Strategy.SEQUENTIAL;
    }

    /**
     * Per launch mechanism other than the default, in run order: how long its fan-outs took relative to the
     * default-launch record of the same case otherwise. The pair of the best strategy when there is one, else the
     * median over the pairs.
     */
    private List<String> launchClauses(CaseResult<GitCase> best) {
        Map<GitCase, CaseResult<GitCase>> defaults = new LinkedHashMap<>();
        for (CaseResult<GitCase> record : records) {
            if (record.benchmarkCase().launchMechanism() == LaunchMechanism.DEFAULT) {
                defaults.putIfAbsent(record.benchmarkCase(), record);
            }
        }
        Map<LaunchMechanism, List<Ratio>> ratios = new LinkedHashMap<>();
        Map<LaunchMechanism, Ratio> ofBest = new LinkedHashMap<>();
        for (CaseResult<GitCase> record : records) {
            LaunchMechanism mechanism = record.benchmarkCase().launchMechanism();
            CaseResult<GitCase> twin = defaults.get(record.benchmarkCase().withLaunchMechanism(LaunchMechanism.DEFAULT));
            if (mechanism != LaunchMechanism.DEFAULT && twin != null) {
                Ratio ratio = Ratio.of(record.measurement(), twin.measurement());
                ratios.computeIfAbsent(mechanism, m -> new ArrayList<>()).add(ratio);
                if (twin == best) {
                    ofBest.putIfAbsent(mechanism, ratio);
                }
            }
        }
        List<String> clauses = new ArrayList<>();
        ratios.forEach((mechanism, ofMechanism) -> {
            String with = "with " + mechanism + " instead of the default launch mechanism ";
            if (ofBest.containsKey(mechanism)) {
                clauses.add(with + "the same fan-out took " + Numbers.ratio(ofBest.get(mechanism).value())
                        + "× as long");
            } else {
                double[] values = ofMechanism.stream().mapToDouble(Ratio::value).sorted().toArray();
                int mid = values.length / 2;
                double median = values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
                clauses.add(with + "fan-outs took a median " + Numbers.ratio(median) + "× as long ("
                        + values.length + (values.length == 1 ? " pair" : " pairs") + ")");
            }
        });
        return clauses;
    }

    /** "ms" for "ms/op": every score is per fan-out, which the sentence already says. */
    private static String unitWord(String unit) {
        return unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
    }
}
