package fanout.harness.report;

import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.OverheadCase;
import fanout.harness.analysis.cases.Param;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.RecordStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One table per benchmark with every record of the run, measured or not: label, N, latency, k, score, its interval
 * ({@link Estimate#SHOWN}) and the forks it is over, lower bound, efficiency (lower bound / score), model, bytes
 * allocated per task, and status with its reason (a record whose whole interval lies below its lower bound is flagged
 * as a measurement error). Settings that are the same for most rows are stated once under the table; a row that
 * differs says how in its "conditions" cell. The git benchmark's records have a {@linkplain GitTable table of their own}, with the columns they need.
 */
final class ResultTables {
    /** Settings that have columns of their own. */
    private static final Set<Param> SHOWN = EnumSet.of(Param.N, Param.LATENCY_MS);

    private record Column(String name, Function<CaseResult<?>, Cell> cell) {}

    private ResultTables() {}

    static List<Table> of(RunAnalysis analysis) {
        Map<Workload, List<CaseResult<?>>> byWorkload = analysis.results().stream()
                .filter(r -> r.workload() != Workload.GIT)
                .collect(Collectors.groupingBy(CaseResult::workload, LinkedHashMap::new, Collectors.toList()));
        List<Table> tables = new ArrayList<>();
        byWorkload.forEach((workload, records) -> tables.add(table(workload, records)));
        return tables;
    }

    private static Table table(Workload workload, List<CaseResult<?>> records) {
        Map<Param, String> usual = usualSettings(records);
        Map<CaseResult<?>, String> conditionsOf = new java.util.IdentityHashMap<>();
        records.forEach(r -> conditionsOf.put(r, conditions(r, usual)));
        Function<CaseResult<?>, String> conditions = conditionsOf::get;

        List<Column> columns = new ArrayList<>();
        addIf(columns, records, r -> true, records.stream().map(CaseResult::jvm).distinct().count() > 1,
                new Column("JVM", r -> Cell.text(r.jvm())));
        columns.add(new Column("strategy", r -> Cell.text(r.label())));
        addIf(columns, records, r -> n(r).isPresent(), true,
                new Column("N", r -> n(r).isPresent() ? Cell.number(Numbers.count(n(r).getAsInt())) : Cell.missing()));
        addIf(columns, records, r -> latency(r).isPresent(), true,
                new Column("latency (ms)", r -> latency(r).isPresent()
                        ? Cell.number(Numbers.plain(latency(r).getAsDouble())) : Cell.missing()));
        addIf(columns, records, r -> r.benchmarkCase().strategy().usedLimit().isPresent(), true,
                new Column("k", r -> r.benchmarkCase().strategy().usedLimit().isPresent()
                        ? Cell.number(Numbers.count(r.benchmarkCase().strategy().usedLimit().getAsInt()))
                        : Cell.missing()));
        addIf(columns, records, r -> !conditions.apply(r).isEmpty(), true,
                new Column("conditions", r -> Cell.text(conditions.apply(r))));
        columns.add(new Column("score", ResultTables::score));
        columns.add(new Column(intervalHeading(), ResultTables::interval));
        columns.add(new Column("forks", ResultTables::forks));
        addIf(columns, records, r -> r.measured() && r.lowerBound().isPresent(), true,
                new Column("lower bound", r -> inUnit(r, r.lowerBound())));
        addIf(columns, records, r -> r.measured() && r.lowerBound().isPresent(), true,
                new Column("efficiency", r -> Double.isFinite(r.efficiency())
                        ? Cell.number(String.format(Locale.ROOT, "%.3f", r.efficiency())) : Cell.missing()));
        addIf(columns, records, r -> r.measured() && r.model().isPresent(), true,
                new Column("model", r -> inUnit(r, r.model())));
        addIf(columns, records, r -> r.allocation().isPresent(), true,
                new Column("allocation", ResultTables::allocation));
        columns.add(new Column("status", r -> Cell.text(status(r))));

        List<CaseResult<?>> sorted = new ArrayList<>(records);
        sorted.sort(order(records, conditions));
        List<Table.Row> rows = sorted.stream()
                .map(r -> new Table.Row(columns.stream().map(c -> c.cell().apply(r)).toList(), mark(r)))
                .toList();
        return new Table(workload.benchmark() + " (workload " + workload.id() + ")",
                columns.stream().map(Column::name).toList(), rows, usualNote(usual));
    }

    private static void addIf(List<Column> columns, List<CaseResult<?>> records, Predicate<CaseResult<?>> needed,
            boolean wanted, Column column) {
        if (wanted && records.stream().anyMatch(needed)) {
            columns.add(column);
        }
    }

    private static OptionalInt n(CaseResult<?> record) {
        Case c = record.benchmarkCase();
        return c instanceof SimulatedIoCase s ? OptionalInt.of(s.n())
                : c instanceof OverheadCase o ? OptionalInt.of(o.n()) : OptionalInt.empty();
    }

    private static OptionalDouble latency(CaseResult<?> record) {
        Case c = record.benchmarkCase();
        return c instanceof SimulatedIoCase s ? OptionalDouble.of(s.latencyMs())
                : c instanceof OverheadCase o ? OptionalDouble.of(o.latencyMs()) : OptionalDouble.empty();
    }

    /** The settings not shown in a column, each with its value, ordered by name. */
    private static Map<Param, String> settings(CaseResult<?> record) {
        Map<Param, String> settings = new TreeMap<>(Comparator.comparing(Param::jmhName));
        record.benchmarkCase().settings().stream().filter(s -> !SHOWN.contains(s.param()))
                .forEach(s -> settings.put(s.param(), s.value()));
        return settings;
    }

    /** For each setting not shown in a column, its most common value among the records. */
    private static Map<Param, String> usualSettings(List<CaseResult<?>> records) {
        Map<Param, Map<String, Long>> counts = new TreeMap<>(Comparator.comparing(Param::jmhName));
        for (CaseResult<?> record : records) {
            settings(record).forEach((param, value) -> counts.computeIfAbsent(param, n -> new LinkedHashMap<>())
                    .merge(value, 1L, Long::sum));
        }
        Map<Param, String> usual = new TreeMap<>(Comparator.comparing(Param::jmhName));
        counts.forEach((param, values) -> usual.put(param, values.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return usual;
    }

    /** The settings in which a record differs from the usual ones, e.g. "fault=FAIL_FIRST, policy=FAIL_FAST". */
    private static String conditions(CaseResult<?> record, Map<Param, String> usual) {
        Map<Param, String> settings = settings(record);
        return usual.entrySet().stream()
                .filter(e -> !e.getValue().equals(settings.get(e.getKey())))
                .map(e -> e.getKey().jmhName() + "=" + Optional.ofNullable(settings.get(e.getKey())).orElse("(none)"))
                .collect(Collectors.joining(", "));
    }

    private static String usualNote(Map<Param, String> usual) {
        if (usual.isEmpty()) {
            return "";
        }
        return "Unless a row's conditions say otherwise: " + usual.entrySet().stream()
                .map(e -> e.getKey().jmhName() + "=" + e.getValue()).collect(Collectors.joining(", ")) + ".";
    }

    /** Rows of the same conditions together, then by N and latency, then strategies in the order they ran. */
    private static Comparator<CaseResult<?>> order(List<CaseResult<?>> records,
            Function<CaseResult<?>, String> conditions) {
        List<String> labels = records.stream().map(CaseResult::label).distinct().toList();
        return Comparator.<CaseResult<?>, String>comparing(conditions)
                .thenComparingInt(r -> n(r).orElse(Integer.MAX_VALUE))
                .thenComparingDouble(r -> latency(r).orElse(Double.MAX_VALUE))
                .thenComparingInt(r -> labels.indexOf(r.label()))
                .thenComparingInt(r -> r.benchmarkCase().strategy().usedLimit().orElse(Integer.MAX_VALUE))
                .thenComparing(CaseResult::jvm);
    }

    /** "161.2" (the geometric mean of the fork means, {@link fanout.harness.analysis.Estimate}), "–" unmeasured. */
    static Cell score(CaseResult<?> record) {
        if (!record.measured()) {
            return Cell.missing();
        }
        var estimate = record.estimate();
        return Cell.quantity(Numbers.inInterval(estimate.center(), estimate.lower(), estimate.upper()),
                estimate.unit());
    }

    /** A time the record carries besides its score (its lower bound, its model) in its unit; "–" unmeasured or none. */
    static Cell inUnit(CaseResult<?> record, Optional<Double> value) {
        return record.measured() && value.isPresent()
                ? Cell.quantity(Numbers.value(value.get()), record.measurement().unit()) : Cell.missing();
    }

    /** The heading of the interval column: "95% interval" ({@link Estimate#SHOWN}). */
    static String intervalHeading() {
        return Numbers.confidence(Estimate.SHOWN) + " interval";
    }

    /** "[159.9, 162.5]": the estimate's interval ({@link Estimate#SHOWN}) in the measurement's unit, "–" unmeasured. */
    static Cell interval(CaseResult<?> record) {
        if (!record.measured()) {
            return Cell.missing();
        }
        var estimate = record.estimate();
        return Cell.quantity(Numbers.interval(estimate.lower(), estimate.upper()), estimate.unit());
    }

    /** How many forks the interval is over: "3"; "1 (iterations)" where it is one JVM's iterations. */
    static Cell forks(CaseResult<?> record) {
        if (!record.measured()) {
            return Cell.missing();
        }
        var estimate = record.estimate();
        return estimate.byFork() ? Cell.number(Integer.toString(estimate.forks()))
                : Cell.number(estimate.forks() + " (iterations)");
    }

    /**
     * Bytes allocated per task ("1180" B/task), or per fan-out where the case does not say how many tasks it runs;
     * "–" where the record has no allocation (no GC profiler, or not measured).
     */
    static Cell allocation(CaseResult<?> record) {
        return record.allocation().<Cell>map(a -> Cell.quantity(Numbers.bytes(a.bytes()), a.unit()))
                .orElse(Cell.missing());
    }

    /**
     * "OK", the status with its reason ("FAILED: java.util.concurrent.TimeoutException …"), or for a record measured
     * below its lower bound "OK, BELOW ITS LOWER BOUND: a measurement error".
     */
    static String status(CaseResult<?> record) {
        if (record.belowLowerBound()) {
            return "OK, BELOW ITS LOWER BOUND: a measurement error (the bound or the benchmark is wrong)";
        }
        return record.status() == RecordStatus.OK || record.reason() == null || record.reason().isBlank()
                ? record.status().name() : record.status().name() + ": " + record.reason();
    }

    /** The mark of a record's row: failed, unsupported and below-bound records stand out. */
    static Table.Mark mark(CaseResult<?> record) {
        return record.belowLowerBound() ? Table.Mark.FAILED : mark(record.status());
    }

    /** The mark of a row of a record of this status. */
    static Table.Mark mark(RecordStatus status) {
        return switch (status) {
            case OK -> Table.Mark.NONE;
            case FAILED -> Table.Mark.FAILED;
            case UNSUPPORTED -> Table.Mark.UNSUPPORTED;
        };
    }
}
