package fanout.harness.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The versioned results file of one run ({@code results.json}): what was measured, where, and how well.
 * Its shape is pinned by a golden-file test; any change to it bumps {@link #SCHEMA_VERSION}.
 *
 * @param format always {@link #FORMAT}, so that a foreign JSON file is recognised as such
 * @param schemaVersion the version of this shape
 * @param run the run's metadata
 * @param records one per benchmark × params × JVM, in the order they were run
 */
@JsonPropertyOrder({"format", "schemaVersion", "run", "records"})
public record ResultDocument(String format, int schemaVersion, RunInfo run, List<ResultRecord> records) {

    public static final String FORMAT = "fanout-bench-results";
    /**
     * 5: a record keeps each secondary metric's iteration values by fork ({@code secondaryForks}); the overhead
     * benchmark's records are paired (strategy and bare primitive timed in the same forks). Version 4 files read
     * as they are, with no values by fork.
     * 4: a record's measurement (score, error, ci, unit, samples) is one nested {@code measurement}, absent for
     * unsupported and failed records; a record no longer repeats its workload, strategy and label, which follow
     * from its benchmark and parameters. Version 3 files are still read ({@link SchemaUpgrade}).
     * 3: every JVM names its machine ({@code run.jvms[].host}) and the run that measured it
     * ({@code run.jvms[].run}), and {@code run.host} may be null (runs merged from several machines).
     * 2: records carry {@code secondary} metrics.
     */
    public static final int SCHEMA_VERSION = 5;

    public ResultDocument {
        records = records == null ? List.of() : List.copyOf(records);
    }

    public static ResultDocument of(RunInfo run, List<ResultRecord> records) {
        return new ResultDocument(FORMAT, SCHEMA_VERSION, run, records);
    }

    public ResultDocument with(ResultRecord record) {
        List<ResultRecord> more = new ArrayList<>(records);
        more.add(record);
        return new ResultDocument(format, schemaVersion, run, more);
    }

    public ResultDocument withRecords(List<ResultRecord> newRecords) {
        return new ResultDocument(format, schemaVersion, run, newRecords);
    }

    public ResultDocument withRun(RunInfo newRun) {
        return new ResultDocument(format, schemaVersion, newRun, records);
    }

}
