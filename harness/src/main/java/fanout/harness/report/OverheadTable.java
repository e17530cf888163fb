package fanout.harness.report;

import fanout.harness.chart.Measurement;
import fanout.harness.chart.Numbers;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Strategy code against the bare JDK primitive it wraps (SPEC §11: at most 5% slower): per strategy the STRATEGY
 * and BARE scores of the overhead benchmark, their ratio with a conservative interval from the two 99.9%
 * intervals, and whether the target is met.
 */
final class OverheadTable {
    static final String BENCHMARK = "StrategyOverheadBenchmark.fanOut";
    static final double TARGET = 1.05;

    private OverheadTable() {}

    /** The table, or empty when the run has no overhead records. */
    static Optional<Table> of(ResultDocument doc) {
        Map<String, ResultRecord[]> pairs = new LinkedHashMap<>();
        for (ResultRecord record : doc.records()) {
            if (!BENCHMARK.equals(record.benchmark())) {
                continue;
            }
            int side = "BARE".equals(record.param("implementation")) ? 1 : 0;
            pairs.computeIfAbsent(key(record), k -> new ResultRecord[2])[side] = record;
        }
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        boolean manyJvms = pairs.values().stream().map(OverheadTable::either).map(ResultRecord::jvm).distinct()
                .count() > 1;
        List<String> header = new ArrayList<>();
        if (manyJvms) {
            header.add("JVM");
        }
        String unit = pairs.values().stream().map(OverheadTable::either).map(ResultRecord::unit)
                .filter(u -> u != null).findFirst().map(u -> " (" + u + ")").orElse("");
        header.addAll(List.of("strategy", "N", "STRATEGY score" + unit, "BARE score" + unit, "STRATEGY / BARE",
                "ratio interval", "≤ " + Numbers.ratio(TARGET) + "?"));
        List<Table.Row> rows = new ArrayList<>();
        for (ResultRecord[] pair : pairs.values()) {
            List<String> cells = new ArrayList<>();
            ResultRecord any = either(pair);
            if (manyJvms) {
                cells.add(any.jvm());
            }
            cells.add(any.label().replaceFirst(" bare$", ""));
            cells.add(any.param("n") == null ? "–" : any.param("n"));
            cells.add(side(pair[0]));
            cells.add(side(pair[1]));
            cells.addAll(ratio(pair[0], pair[1]));
            rows.add(new Table.Row(cells, null));
        }
        int first = manyJvms ? 2 : 1;
        return Optional.of(new Table("Strategy overhead: strategy code vs the bare JDK primitive", header,
                Set.of(first, first + 1, first + 2, first + 3, first + 4), rows,
                "Ratio interval: the lowest STRATEGY bound over the highest BARE bound, and the reverse (each"
                        + " bound from a 99.9% interval). yes: the whole interval is at or below the target; no:"
                        + " it is entirely above; unclear: it straddles the target."));
    }

    /** Pairs the STRATEGY and BARE records of one JVM and parameter set. */
    private static String key(ResultRecord record) {
        return record.keyWithout("implementation");
    }

    private static ResultRecord either(ResultRecord[] pair) {
        return pair[0] != null ? pair[0] : pair[1];
    }

    private static String side(ResultRecord record) {
        if (record == null) {
            return "not run";
        }
        return record.ok() && record.score() != null ? ResultTables.score(record, false)
                : ResultTables.status(record);
    }

    /** The ratio, its interval and the verdict; dashes where a side has no measurement. */
    private static List<String> ratio(ResultRecord strategy, ResultRecord bare) {
        if (!measured(strategy) || !measured(bare)) {
            return List.of("–", "–", "–");
        }
        double ratio = strategy.score() / bare.score();
        double[] s = Measurement.interval(strategy);
        double[] b = Measurement.interval(bare);
        double lower = b[1] > 0 ? s[0] / b[1] : Double.NaN;
        double upper = b[0] > 0 ? s[1] / b[0] : Double.POSITIVE_INFINITY;
        String interval = Double.isFinite(upper) ? "[" + ratio(lower) + ", " + ratio(upper) + "]"
                : "unbounded (BARE interval reaches 0)";
        String verdict = upper <= TARGET ? "yes" : lower > TARGET ? "no" : "unclear";
        return List.of(ratio(ratio), interval, verdict);
    }

    /** Three decimals, so that a bound just above the target does not read as equal to it. */
    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.3f", ratio);
    }

    private static boolean measured(ResultRecord record) {
        return record != null && record.ok() && record.score() != null && record.score() > 0;
    }
}
