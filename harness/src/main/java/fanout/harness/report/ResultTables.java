package fanout.harness.report;

import fanout.harness.chart.Measurement;
import fanout.harness.chart.Numbers;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One table per benchmark with every record of the run, measured or not: label, N, latency, k, score ± error,
 * the 99.9% interval, ideal, efficiency and status with its reason. Settings that are the same for most rows are
 * stated once under the table; a row that differs says how in its "conditions" cell. The git benchmark's records
 * have a {@linkplain GitTable table of their own}, with the columns they need.
 */
final class ResultTables {
    /** Parameters that have columns of their own, or that the label already states. */
    private static final Set<String> SHOWN = Set.of("strategy", "n", "latencyMs", "limit", "executor");

    private record Column(String name, boolean numeric, Function<ResultRecord, String> cell) {}

    private ResultTables() {}

    static List<Table> of(ResultDocument doc) {
        Map<String, List<ResultRecord>> byBenchmark = doc.records().stream().filter(r -> !GitTable.isGit(r))
                .collect(Collectors.groupingBy(ResultRecord::benchmark, LinkedHashMap::new, Collectors.toList()));
        List<Table> tables = new ArrayList<>();
        byBenchmark.forEach((benchmark, records) -> tables.add(table(benchmark, records)));
        return tables;
    }

    private static Table table(String benchmark, List<ResultRecord> records) {
        Map<String, String> usual = usualSettings(records);
        Function<ResultRecord, String> conditions = r -> conditions(r, usual);
        Set<String> units = records.stream().map(ResultRecord::unit).filter(u -> u != null)
                .collect(Collectors.toCollection(TreeSet::new));
        String unit = units.size() == 1 ? " (" + units.iterator().next() + ")" : "";
        boolean unitPerCell = units.size() > 1;

        List<Column> columns = new ArrayList<>();
        addIf(columns, records, r -> true, distinct(records, ResultRecord::jvm) > 1,
                new Column("JVM", false, ResultRecord::jvm));
        columns.add(new Column("strategy", false, ResultRecord::label));
        addIf(columns, records, r -> r.param("n") != null, true,
                new Column("N", true, r -> number(r, "n", true)));
        addIf(columns, records, r -> r.param("latencyMs") != null, true,
                new Column("latency (ms)", true, r -> number(r, "latencyMs", false)));
        addIf(columns, records, r -> Double.isFinite(Measurement.usedLimit(r)), true,
                new Column("k", true, r -> Double.isFinite(Measurement.usedLimit(r))
                        ? Numbers.count((long) Measurement.usedLimit(r)) : "–"));
        addIf(columns, records, r -> !conditions.apply(r).isEmpty(), true,
                new Column("conditions", false, conditions));
        columns.add(new Column("score ± error" + unit, true, r -> score(r, unitPerCell)));
        columns.add(new Column("99.9% CI", true, ResultTables::interval));
        addIf(columns, records, r -> r.ideal() != null, true,
                new Column("ideal" + unit, true, r -> r.ideal() == null ? "–" : Numbers.plain(r.ideal())));
        addIf(columns, records, r -> r.ideal() != null, true,
                new Column("efficiency", true, ResultTables::efficiency));
        columns.add(new Column("status", false, ResultTables::status));

        List<ResultRecord> sorted = new ArrayList<>(records);
        sorted.sort(order(records, conditions));
        List<Table.Row> rows = sorted.stream()
                .map(r -> new Table.Row(columns.stream().map(c -> c.cell().apply(r)).toList(), r.status()))
                .toList();
        Set<Integer> numeric = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).numeric()) {
                numeric.add(i);
            }
        }
        String workload = records.get(0).workload();
        return new Table(benchmark + (workload == null ? "" : " (workload " + workload + ")"),
                columns.stream().map(Column::name).toList(), numeric, rows, usualNote(usual));
    }

    private static void addIf(List<Column> columns, List<ResultRecord> records, Predicate<ResultRecord> needed,
            boolean wanted, Column column) {
        if (wanted && records.stream().anyMatch(needed)) {
            columns.add(column);
        }
    }

    private static long distinct(List<ResultRecord> records, Function<ResultRecord, String> key) {
        return records.stream().map(key).distinct().count();
    }

    /** For each parameter not shown in a column, its most common value among the records. */
    private static Map<String, String> usualSettings(List<ResultRecord> records) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (ResultRecord record : records) {
            record.params().forEach((name, value) -> {
                if (!SHOWN.contains(name)) {
                    counts.computeIfAbsent(name, n -> new LinkedHashMap<>()).merge(value, 1L, Long::sum);
                }
            });
        }
        Map<String, String> usual = new TreeMap<>();
        counts.forEach((name, values) -> usual.put(name, values.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return usual;
    }

    /** The settings in which a record differs from the usual ones, e.g. "fault=FAIL_FIRST, policy=FAIL_FAST". */
    private static String conditions(ResultRecord record, Map<String, String> usual) {
        return usual.entrySet().stream()
                .filter(e -> !e.getValue().equals(record.param(e.getKey())))
                .map(e -> e.getKey() + "=" + (record.param(e.getKey()) == null ? "(none)" : record.param(e.getKey())))
                .collect(Collectors.joining(", "));
    }

    private static String usualNote(Map<String, String> usual) {
        if (usual.isEmpty()) {
            return "";
        }
        return "Unless a row's conditions say otherwise: " + usual.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")) + ".";
    }

    /** Rows of the same conditions together, then by N and latency, then strategies in the order they ran. */
    private static Comparator<ResultRecord> order(List<ResultRecord> records, Function<ResultRecord, String> conditions) {
        List<String> labels = records.stream().map(ResultRecord::label).distinct().toList();
        return Comparator.comparing(conditions)
                .thenComparingDouble(r -> orMax(Measurement.param(r, "n")))
                .thenComparingDouble(r -> orMax(Measurement.param(r, "latencyMs")))
                .thenComparingInt(r -> labels.indexOf(r.label()))
                .thenComparingDouble(r -> orMax(Measurement.param(r, "limit")))
                .thenComparing(ResultRecord::jvm);
    }

    private static double orMax(double value) {
        return Double.isNaN(value) ? Double.MAX_VALUE : value;
    }

    private static String number(ResultRecord record, String param, boolean count) {
        double value = Measurement.param(record, param);
        if (Double.isNaN(value)) {
            return record.param(param) == null ? "–" : record.param(param);
        }
        return count ? Numbers.count((long) value) : Numbers.plain(value);
    }

    static String score(ResultRecord record, boolean withUnit) {
        if (!record.ok() || record.score() == null) {
            return "–";
        }
        return Numbers.withError(record.score(), Measurement.error(record)) + (withUnit ? " " + record.unit() : "");
    }

    static String interval(ResultRecord record) {
        if (!record.ok() || record.score() == null) {
            return "–";
        }
        double[] interval = Measurement.interval(record);
        return Numbers.interval(interval[0], interval[1]);
    }

    private static String efficiency(ResultRecord record) {
        double efficiency = record.ok() ? Measurement.efficiency(record) : Double.NaN;
        return Double.isFinite(efficiency) ? String.format(Locale.ROOT, "%.3f", efficiency) : "–";
    }

    static String status(ResultRecord record) {
        if (record.status() == null) {
            return "unknown";
        }
        return record.ok() || record.reason() == null || record.reason().isBlank() ? record.status().name()
                : record.status().name() + ": " + record.reason();
    }
}
