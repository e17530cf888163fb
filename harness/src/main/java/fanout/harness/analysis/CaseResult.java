package fanout.harness.analysis;

import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.Cases;
import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.Measurement;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.ResultsJson.InvalidResultsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One record of a results document with its parameters read into its typed {@link Case}: what the analysis, the
 * charts, the tables and the comparisons read.
 *
 * @param <C> the type of its case
 * @param benchmarkCase what was measured
 * @param record the record as the results document holds it
 */
public record CaseResult<C extends Case>(C benchmarkCase, ResultRecord record) {

    /**
     * The record with its case.
     *
     * @throws InvalidResultsException if its benchmark is unknown or its parameters do not parse, in one line
     */
    public static CaseResult<Case> of(ResultRecord record) {
        try {
            return new CaseResult<>(Cases.parse(record.benchmark(), record.params()), record);
        } catch (IllegalArgumentException e) {
            throw new InvalidResultsException("a record of " + record.benchmark() + " on " + record.jvm()
                    + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Every record of a document with its case, in document order.
     *
     * @param source what the document is called in an error, e.g. its file
     * @throws InvalidResultsException naming the source and the record, in one line, if a record cannot be read
     */
    public static List<CaseResult<?>> all(ResultDocument document, String source) {
        List<CaseResult<?>> results = new ArrayList<>();
        for (ResultRecord record : document.records()) {
            try {
                results.add(of(record));
            } catch (InvalidResultsException e) {
                throw new InvalidResultsException(source + ": " + e.getMessage());
            }
        }
        return List.copyOf(results);
    }

    /** This result typed by its case's class, if its case is one. */
    @SuppressWarnings("unchecked")
    public <T extends Case> Optional<CaseResult<T>> as(Class<T> type) {
        return type.isInstance(benchmarkCase) ? Optional.of((CaseResult<T>) this) : Optional.empty();
    }

    public Workload workload() {
        return benchmarkCase.workload();
    }

    /** The strategy with its settings: {@code SEMAPHORE(k=64)}, {@code ALL_OF(VIRTUAL)}. */
    public String label() {
        return benchmarkCase.label();
    }

    public String jvm() {
        return record.jvm();
    }

    public RecordStatus status() {
        return record.status();
    }

    /** Why it is unsupported or failed; null when OK. */
    public String reason() {
        return record.reason();
    }

    /** Whether it has a measurement with a positive, finite score: what a chart can draw and a ratio divide by. */
    public boolean measured() {
        return record.ok() && record.measurement().score() > 0 && Double.isFinite(record.measurement().score());
    }

    /** Its measurement; only for a {@linkplain #measured() measured} record. */
    public Measurement measurement() {
        if (record.measurement() == null) {
            throw new IllegalStateException(label() + " on " + jvm() + " was not measured: " + status());
        }
        return record.measurement();
    }

    /** Its time with the interval the reports show ({@link Estimate}); only for a measured record. */
    public Estimate estimate() {
        return Estimate.of(measurement());
    }

    /** Its time as the reports show it: the geometric mean of its fork means. */
    public double score() {
        return estimate().center();
    }

    /** A makespan no implementation of its strategy can beat (SPEC §2), in its unit, if it has one. */
    public Optional<Double> lowerBound() {
        return Optional.ofNullable(record.lowerBound()).filter(b -> b > 0 && Double.isFinite(b));
    }

    /** What its strategy's simple schedule predicts (not a bound), in its unit, if it has one. */
    public Optional<Double> model() {
        return Optional.ofNullable(record.model()).filter(m -> m > 0 && Double.isFinite(m));
    }

    /** lower bound / score, NaN without a bound or a measurement; above 1 is a measurement error. */
    public double efficiency() {
        return measured() && lowerBound().isPresent() ? lowerBound().get() / score() : Double.NaN;
    }

    /** Whether it was measured faster than its lower bound allows: a bug in the bound or in the benchmark. */
    public boolean belowLowerBound() {
        return measured() && lowerBound().isPresent() && estimate().upper() < lowerBound().get();
    }

    /**
     * What it allocated ({@link Allocation#BYTES_PER_OP} of JMH's GC profiler): per task where its case says how many
     * tasks a fan-out runs, else per fan-out; empty where the record has no such metric.
     */
    public Optional<Allocation> allocation() {
        return secondary(Allocation.BYTES_PER_OP).filter(bytes -> bytes >= 0).map(bytes -> {
            var tasks = benchmarkCase.tasks();
            return tasks.isPresent() ? new Allocation(bytes / tasks.getAsInt(), true) : new Allocation(bytes, false);
        });
    }

    /**
     * A secondary metric's value per fork: the sum of its iterations in each fork, in the order the forks ran; empty
     * where the record did not keep it by fork (files before schema 5).
     */
    public List<Double> secondaryByFork(String name) {
        return record.secondaryForks().getOrDefault(name, List.of()).stream()
                .map(fork -> fork.stream().mapToDouble(Double::doubleValue).sum()).toList();
    }

    /** A secondary metric by name, if the record has it and it is finite. */
    public Optional<Double> secondary(String name) {
        return Optional.ofNullable(record.secondary().get(name)).filter(Double::isFinite);
    }

}
