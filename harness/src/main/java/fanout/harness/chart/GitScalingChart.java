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
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;

/**
 * <b>Running {@code git status -s} in many repositories at once, how close does each strategy come to what the CPU
 * allows?</b>
 *
 * <p>Makespan against the repository count on log-log axes, one series per strategy label with the 99.9% interval
 * as error bars, and one dashed black line, the CPU-bound limit (SPEC §2, §11): at each repository count the least
 * CPU time (JVM and git processes) any strategy needed per fan-out, divided by the cores. Spawning processes costs
 * CPU, so no strategy can finish below it. Only {@code git status -s} over independent fixture repositories with
 * the default launch mechanism is drawn (see {@link GitSweep}); the sentence compares the other launch mechanisms
 * with it.
 */
public final class GitScalingChart implements FanoutChart {
    /** The benchmark whose records this chart draws and the report's git section lists. */
    public static final String BENCHMARK = GitSweep.BENCHMARK;
    /** The id of this chart, which the report shows in its git section rather than among the other charts. */
    public static final String ID = "git-scaling";

    static final String LIMIT_NAME = "CPU-bound limit (CPU time / cores)";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Git: makespan vs repository count";
    }

    @Override
    public boolean hasData(ResultDocument doc) {
        return GitSweep.of(doc).isPresent();
    }

    @Override
    public XYChart getChart(ResultDocument doc) {
        GitSweep sweep = GitSweep.of(doc).orElseThrow(() -> new IllegalArgumentException(
                "no git status records of fixture repositories at two or more repository counts for " + id()));
        PlotLines lines = new PlotLines();
        List<Double> counts = sweep.counts().stream().filter(c -> Double.isFinite(sweep.limit(c))).toList();
        lines.limit(LIMIT_NAME, counts.stream().mapToDouble(Double::doubleValue).toArray(),
                counts.stream().mapToDouble(sweep::limit).toArray());
        sweep.series().forEach((label, records) -> lines.measured(label, values(records, GitSweep::repos),
                values(records, ResultRecord::score), values(records, Measurement::error), sweep.index(label)));

        // Create Chart
        XYChart chart = ChartStyle.newChart(
                title() + ": git status -s, default launch",
                "fixture repositories per fan-out, one git status -s each (log scale)", "makespan per fan-out (" + sweep.unit() + ", log scale)",
                true, true, Provenance.lines(doc, sweep.jvm()),
                PlotLines.limitNote("the CPU-bound limit: at each repository count the least CPU time (JVM and git"
                        + " processes) any strategy needed per fan-out, divided by the cores; no strategy can be"
                        + " faster"));

        // Series
        lines.addTo(chart);

        // Customize Chart (after the series: which ticks to label depends on their range)
        ChartStyle.labelLogTicks(chart);
        return chart;
    }

    /**
     * E.g. "At 50 repositories the best strategy, SEMAPHORE(k=8), took 131 ± 4 ms, 1.11× the CPU-bound limit of
     * 118 ms (SEQUENTIAL: 402 ms); with VFORK instead of the default launch mechanism the same fan-out took 0.93×
     * as long."
     */
    @Override
    public String interpretation(ResultDocument doc) {
        return GitSweep.of(doc).map(GitScalingChart::interpret).orElse("No git status records of fixture"
                + " repositories at two or more repository counts were measured, so this chart was not drawn.");
    }

    private static String interpret(GitSweep sweep) {
        List<Double> counts = sweep.counts();
        double repos = counts.get(counts.size() - 1);
        List<ResultRecord> at = sweep.at(repos);
        Optional<ResultRecord> sequential = at.stream().filter(r -> "SEQUENTIAL".equals(r.strategy())).findFirst();
        ResultRecord best = at.stream().filter(r -> !"SEQUENTIAL".equals(r.strategy())).min(NSweep.byScore())
                .orElse(at.stream().min(NSweep.byScore()).orElseThrow());
        String unit = unitWord(sweep.unit());
        StringBuilder sentence = new StringBuilder("At ").append(Numbers.count((long) repos))
                .append(" repositories the best strategy, ").append(best.label()).append(", took ")
                .append(Numbers.withError(best.score(), Measurement.error(best))).append(' ').append(unit);
        double limit = sweep.limit(repos);
        if (Double.isFinite(limit)) {
            sentence.append(", ").append(Numbers.ratio(best.score() / limit)).append("× the CPU-bound limit of ")
                    .append(Numbers.value(limit)).append(' ').append(unit);
        }
        sequential.filter(s -> s != best).ifPresent(s -> sentence.append(" (SEQUENTIAL: ")
                .append(Numbers.value(s.score())).append(' ').append(unit).append(')'));
        List<String> launch = launchClauses(sweep, best);
        if (!launch.isEmpty()) {
            sentence.append("; ").append(String.join("; ", launch));
        }
        return sentence.append('.').toString();
    }

    /**
     * Per launch mechanism other than the default, in run order: how long its fan-outs took relative to the
     * default-launch record of the same other parameters. The pair of the best strategy when there is one, else
     * the median over the pairs.
     */
    private static List<String> launchClauses(GitSweep sweep, ResultRecord best) {
        Map<Map<String, String>, ResultRecord> defaults = new LinkedHashMap<>();
        for (ResultRecord record : sweep.records()) {
            if (GitSweep.DEFAULT_LAUNCH.equals(record.param("launchMechanism"))) {
                defaults.putIfAbsent(withoutLaunch(record), record);
            }
        }
        Map<String, List<ResultRecord[]>> pairs = new LinkedHashMap<>();
        for (ResultRecord record : sweep.records()) {
            ResultRecord twin = defaults.get(withoutLaunch(record));
            if (!GitSweep.DEFAULT_LAUNCH.equals(record.param("launchMechanism")) && twin != null) {
                pairs.computeIfAbsent(record.param("launchMechanism"), m -> new ArrayList<>())
                        .add(new ResultRecord[] {record, twin});
            }
        }
        List<String> clauses = new ArrayList<>();
        pairs.forEach((mechanism, ofMechanism) -> {
            Optional<ResultRecord[]> ofBest = ofMechanism.stream().filter(p -> p[1] == best).findFirst();
            String with = "with " + mechanism + " instead of the default launch mechanism ";
            if (ofBest.isPresent()) {
                clauses.add(with + "the same fan-out took " + Numbers.ratio(ratio(ofBest.get())) + "× as long");
            } else {
                double[] ratios = ofMechanism.stream().mapToDouble(GitScalingChart::ratio).sorted().toArray();
                int mid = ratios.length / 2;
                double median = ratios.length % 2 == 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
                clauses.add(with + "fan-outs took a median " + Numbers.ratio(median) + "× as long ("
                        + ratios.length + (ratios.length == 1 ? " pair" : " pairs") + ")");
            }
        });
        return clauses;
    }

    private static double ratio(ResultRecord[] pair) {
        return pair[0].score() / pair[1].score();
    }

    /** The record's label and parameters without its launch mechanism: what its default twin shares with it. */
    private static Map<String, String> withoutLaunch(ResultRecord record) {
        Map<String, String> key = new TreeMap<>(record.params());
        key.remove("launchMechanism");
        key.put("(label)", Objects.toString(record.label()));
        return key;
    }

    /** "ms" for "ms/op": every score is per fan-out, which the sentence already says. */
    private static String unitWord(String unit) {
        return unit != null && unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : String.valueOf(unit);
    }

    private static double[] values(List<ResultRecord> records, ToDoubleFunction<ResultRecord> value) {
        return records.stream().mapToDouble(value).toArray();
    }
}
