package fanout.harness.chart;

import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Makespan of the git benchmark as the repository count grows: the measured records of {@code git status -s} over
 * independent fixture repositories ({@code operation=STATUS}, {@code layout=REPOSITORIES}, {@code source=FIXTURE})
 * of one JVM (the one with the most such records, the newest on a tie). The series use the default launch
 * mechanism only, grouped by label and sorted by repository count with one record per count (the first the run
 * measured), keeping labels measured at two or more counts; the records with another launch mechanism are kept
 * beside them, to be compared with their default twins.
 *
 * @param jvm the id of the JVM the records ran on
 * @param series per label, in run order, its default-launch records sorted by repository count
 * @param records every selected record of the JVM, whatever its launch mechanism, in run order
 */
record GitSweep(String jvm, Map<String, List<ResultRecord>> series, List<ResultRecord> records) {

    static final String BENCHMARK = "GitBenchmark.fanOut";
    static final String DEFAULT_LAUNCH = "DEFAULT";

    static Optional<GitSweep> of(ResultDocument doc) {
        List<ResultRecord> candidates = doc.measured(BENCHMARK).stream()
                .filter(r -> "STATUS".equals(r.param("operation")))
                .filter(r -> "REPOSITORIES".equals(r.param("layout")))
                .filter(r -> "FIXTURE".equals(r.param("source")))
                .filter(r -> r.score() != null && r.score() > 0 && Double.isFinite(r.score()))
                .filter(r -> Double.isFinite(repos(r)) && r.param("launchMechanism") != null)
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String jvm = FixedLatencySelection.jvmWithMostRecords(doc, candidates);
        List<ResultRecord> ofJvm = candidates.stream().filter(r -> r.jvm().equals(jvm)).toList();
        Map<String, TreeMap<Double, ResultRecord>> byLabel = new LinkedHashMap<>();
        for (ResultRecord record : ofJvm) {
            if (DEFAULT_LAUNCH.equals(record.param("launchMechanism"))) {
                byLabel.computeIfAbsent(record.label(), label -> new TreeMap<>()).putIfAbsent(repos(record), record);
            }
        }
        Map<String, List<ResultRecord>> series = new LinkedHashMap<>();
        byLabel.forEach((label, byRepos) -> {
            if (byRepos.size() >= 2) {
                series.put(label, List.copyOf(byRepos.values()));
            }
        });
        return series.isEmpty() ? Optional.empty() : Optional.of(new GitSweep(jvm, series, ofJvm));
    }

    /** The repository count of a git record, or NaN. */
    static double repos(ResultRecord record) {
        return Measurement.param(record, "repos");
    }

    /** Every repository count some series has, ascending. */
    List<Double> counts() {
        return series.values().stream().flatMap(List::stream).map(GitSweep::repos).distinct().sorted().toList();
    }

    /** The record of each label at a repository count, for the labels measured there, in series order. */
    List<ResultRecord> at(double repos) {
        List<ResultRecord> at = new ArrayList<>();
        for (List<ResultRecord> records : series.values()) {
            records.stream().filter(r -> repos(r) == repos).findFirst().ifPresent(at::add);
        }
        return at;
    }

    /**
     * The CPU-bound limit at a repository count: the smallest ideal (CPU time per fan-out / cores) of the records
     * drawn there, i.e. the least CPU any strategy needed; NaN when none of them has an ideal.
     */
    double limit(double repos) {
        return at(repos).stream().map(ResultRecord::ideal).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).filter(i -> i > 0 && Double.isFinite(i)).min().orElse(Double.NaN);
    }

    /** The position of a label in the series, which picks its colour and marker. */
    int index(String label) {
        return new ArrayList<>(series.keySet()).indexOf(label);
    }

    String unit() {
        return records.get(0).unit();
    }
}
