package fanout.harness.chart;

import fanout.harness.compare.ChangeWords;
import fanout.harness.compare.JvmComparisons;
import fanout.harness.compare.JvmPair;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;

/**
 * <b>Does a strategy get faster or slower on another JVM, and is the difference more than noise?</b> (SPEC §7,
 * chart 7)
 *
 * <p>One group of bars per strategy label, one bar per JVM of the run in run order, the 99.9% interval as error
 * bars. Each label on the x axis carries the verdict of the run's automatic JVM comparison ({@link JvmComparisons}:
 * every JVM against the first, Welch's t-test with the noise threshold), e.g. "ALL_OF(DEFAULT_ASYNC) · 41×
 * slower", or says on which JVM the label was not measured ("VIRTUAL_SCOPE · unsupported on JDK 17"), which then
 * has no bar there. The slice is the one {@link JvmSlice} picks: undisturbed simulated-I/O records at one N and
 * latency, at the default limit, so that every bar measures the same thing. The y axis is logarithmic when the
 * scores span a decade or more, as the DEFAULT_ASYNC executor's do between JDKs.
 *
 * <p>Absolute makespans rather than ratios: a bar per JVM shows both what each JVM achieved and, against the other
 * bars of the group, what changed; the ratio and its interval are in the comparison table beside the chart.
 */
public final class JvmComparisonChart implements FanoutChart {
    /** The file name of chart 7. */
    public static final String ID = "jvm-comparison";

    private static final Color ERROR_BARS = new Color(0x222222);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "JVM comparison";
    }

    @Override
    public boolean hasData(ResultDocument doc) {
        return JvmSlice.of(doc).isPresent();
    }

    @Override
    public CategoryChart getChart(ResultDocument doc) {
        JvmSlice slice = JvmSlice.of(doc).orElseThrow(() -> new IllegalArgumentException(
                "no undisturbed simulated-I/O record measured on two JVMs for " + id()));
        JvmComparisons comparisons = JvmComparisons.of(doc).orElseThrow();
        List<String> categories = slice.labels().stream().map(label -> category(slice, comparisons, label)).toList();
        boolean log = spansDecade(slice);

        // Create Chart
        CategoryChart chart = ChartStyle.newCategoryChart(
                title() + ": simulated I/O, N = " + Numbers.count((long) slice.n()) + ", fixed latency "
                        + Numbers.plain(slice.latencyMs()) + " ms",
                "strategy · verdict of " + comparisons.pairs().stream().map(JvmPair::title)
                        .collect(Collectors.joining(", ")),
                "makespan per fan-out (" + slice.unit() + (log ? ", log scale)" : ")"),
                Provenance.lines(doc, jvmNames(slice.jvms())), howToRead(comparisons));

        // Customize Chart
        CategoryStyler styler = chart.getStyler();
        styler.setXAxisLabelRotation(30);
        styler.setErrorBarsColorSeriesColor(false);
        styler.setErrorBarsColor(ERROR_BARS);
        styler.setYAxisLogarithmic(log);
        styler.setYAxisDecimalPattern("0.###");
        if (log) {
            styler.setYAxisMin(decadeBelow(slice));
            styler.setYAxisMax(topOfLogAxis(slice));
        } else {
            styler.setYAxisMin(0.0);
        }

        // Series
        for (int i = 0; i < slice.jvms().size(); i++) {
            JvmInfo jvm = slice.jvms().get(i);
            List<Double> scores = new ArrayList<>();
            List<Double> bars = new ArrayList<>();
            for (String label : slice.labels()) {
                Optional<ResultRecord> measured = slice.measured(label, jvm);
                scores.add(measured.map(ResultRecord::score).orElse(Double.NaN));
                bars.add(measured.map(r -> log ? logAxisErrorBar(r) : Measurement.error(r)).orElse(0.0));
            }
            CategorySeries series = chart.addSeries(JvmPair.name(jvm) + " (" + jvm.id() + ")", categories, scores,
                    bars);
            series.setFillColor(ChartStyle.colour(i));
        }
        return chart;
    }

    /**
     * E.g. "At N = 100 (latency 10 ms), JDK 25.0.3 vs JDK 17.0.15: ALL_OF(DEFAULT_ASYNC) 41× slower; 2 labels
     * (SEQUENTIAL, FIXED_POOL(k=64)) no significant change; 6 labels measured on one JVM only."
     */
    @Override
    public String interpretation(ResultDocument doc) {
        Optional<JvmSlice> slice = JvmSlice.of(doc);
        if (slice.isEmpty()) {
            return "No undisturbed simulated-I/O record was measured on two JVMs of this run, so this chart was not"
                    + " drawn.";
        }
        JvmComparisons comparisons = JvmComparisons.of(doc).orElseThrow();
        StringJoiner sentence = new StringJoiner("; ", "At N = " + Numbers.count((long) slice.get().n())
                + " (latency " + Numbers.plain(slice.get().latencyMs()) + " ms), ", ".");
        for (JvmPair pair : comparisons.pairs()) {
            sentence.add(interpret(slice.get(), pair));
        }
        return sentence.toString();
    }

    private static String interpret(JvmSlice slice, JvmPair pair) {
        Map<String, List<String>> labelsByEffect = new LinkedHashMap<>();
        List<String> notBoth = new ArrayList<>();
        for (String label : slice.labels()) {
            Optional<ResultRecord> a = slice.measured(label, pair.a());
            Optional<ResultRecord> b = slice.measured(label, pair.b());
            Optional<String> effect = a.isPresent() && b.isPresent()
                    ? pair.changeOf(a.get()).map(ChangeWords::effect) : Optional.empty();
            if (effect.isPresent()) {
                labelsByEffect.computeIfAbsent(effect.get(), e -> new ArrayList<>()).add(label);
            } else {
                notBoth.add(label);
            }
        }
        StringJoiner parts = new StringJoiner(", ", pair.title() + ": ", "");
        labelsByEffect.forEach((effect, labels) -> parts.add(String.join(" and ", labels) + " " + effect));
        if (labelsByEffect.isEmpty()) {
            parts.add("no label measured on both");
        }
        if (!notBoth.isEmpty()) {
            parts.add(notBoth.size() + (notBoth.size() == 1 ? " label" : " labels") + " not measured on both ("
                    + String.join(", ", notBoth) + ")");
        }
        return parts.toString();
    }

    /** "SEMAPHORE(k=64) · no change", "ALL_OF(DEFAULT_ASYNC) · 41× slower", "VIRTUAL_SCOPE · unsupported on JDK 17". */
    private static String category(JvmSlice slice, JvmComparisons comparisons, String label) {
        Set<String> verdicts = new LinkedHashSet<>();
        boolean several = comparisons.pairs().size() > 1;
        for (JvmPair pair : comparisons.pairs()) {
            Optional<ResultRecord> a = slice.measured(label, pair.a());
            Optional<ResultRecord> b = slice.measured(label, pair.b());
            if (a.isPresent() && b.isPresent()) {
                pair.changeOf(a.get()).ifPresent(change -> verdicts.add(
                        (several ? "JDK " + pair.b().feature() + " " : "") + ChangeWords.shortEffect(change)));
            } else {
                for (JvmInfo jvm : List.of(pair.a(), pair.b())) {
                    if (slice.measured(label, jvm).isEmpty()) {
                        verdicts.add(notMeasured(slice, label, jvm));
                    }
                }
            }
        }
        return verdicts.isEmpty() ? label : label + " · " + String.join(", ", verdicts);
    }

    /** "unsupported on JDK 17", "failed on JDK 25", "not run on JDK 17". */
    private static String notMeasured(JvmSlice slice, String label, JvmInfo jvm) {
        String status = slice.record(label, jvm).map(r -> r.status().name().toLowerCase(java.util.Locale.ROOT))
                .orElse("not run");
        return status + " on JDK " + jvm.feature();
    }

    private static String howToRead(JvmComparisons comparisons) {
        return "Bars: mean makespan per JVM, whiskers: 99.9% confidence interval. The verdict after each strategy is"
                + " Welch's t-test on the raw samples (alpha 0.01) with a 5% noise threshold, each JVM against "
                + JvmPair.name(comparisons.baseline()) + "; a strategy without a bar for a JVM was not measured"
                + " there, as its label says.";
    }

    /**
     * The JVMs as one footnote name, "JDK 17.0.15 Eclipse Adoptium and JDK 25.0.3 Eclipse Adoptium" ({@link
     * Provenance} writes a name it does not find among the run's JVM ids as it is).
     */
    private static String jvmNames(List<JvmInfo> jvms) {
        return jvms.stream().map(JvmInfo::describe).collect(Collectors.joining(" and "));
    }

    private static boolean spansDecade(JvmSlice slice) {
        return slice.measuredRecords().stream().mapToDouble(ResultRecord::score).max().orElse(1)
                / slice.measuredRecords().stream().mapToDouble(ResultRecord::score).min().orElse(1) >= 10;
    }

    private static double decadeBelow(JvmSlice slice) {
        double lowest = slice.measuredRecords().stream().mapToDouble(r -> Math.max(Measurement.interval(r)[0],
                r.score() / LONGEST_LOG_BAR)).min().orElse(1);
        return Math.pow(10, Math.floor(Math.log10(lowest)));
    }

    /** A little above the highest whisker: a whole decade more would leave the top of the plot empty. */
    private static double topOfLogAxis(JvmSlice slice) {
        return 1.25 * slice.measuredRecords().stream().mapToDouble(r -> r.score() * logAxisErrorBar(r)).max()
                .orElse(1);
    }

    /** On a log axis a whisker reaches down to at most a tenth of its bar, so that a wide interval stays legible. */
    private static final double LONGEST_LOG_BAR = 10;

    /**
     * The error value that makes XChart 3.8.8 draw the record's interval on a logarithmic axis. Its bar charts draw
     * a whisker from {@code score / e} to {@code score × e} there (the error taken as a factor, not an amount), so
     * the factor is chosen to cover the interval: the larger of {@code upper / score} and {@code score / lower},
     * at most {@value #LONGEST_LOG_BAR}. The whisker is symmetric on the log axis and so can reach a little beyond
     * the shorter side of the interval, never short of it.
     */
    static double logAxisErrorBar(ResultRecord record) {
        double[] interval = Measurement.interval(record);
        double score = record.score();
        double down = interval[0] > 0 ? score / interval[0] : LONGEST_LOG_BAR;
        double up = interval[1] / score;
        return Math.max(1, Math.min(LONGEST_LOG_BAR, Math.max(down, up)));
    }
}
