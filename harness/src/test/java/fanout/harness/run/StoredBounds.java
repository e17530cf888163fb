package fanout.harness.run;

import fanout.harness.SampleResults;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import java.util.OptionalDouble;

/**
 * A test document with the lower bounds and models a run of this suite stores (SPEC §2): each simulated-I/O record's
 * from its strategy and its JVM ({@link IdealModel}), each git record's CPU-bound limit ({@link
 * RecordFactory#withCpuBoundLimits}). The checked-in documents are of schema 3, which had no lower bounds, and whose
 * "ideal", read as the model, was computed by older rules (ALL_OF(DEFAULT_ASYNC) as unbounded whatever the common
 * pool), so the models are computed again too.
 */
public final class StoredBounds {
    private StoredBounds() {}

    /** {@code doc} with the lower bounds and models its run would have stored. */
    public static ResultDocument of(ResultDocument doc) {
        ResultDocument simulated = SampleResults.mapRecords(doc, r -> r.ok() && SampleResults.simulated(r),
                r -> withSimulatedBounds(doc, r));
        return RecordFactory.withCpuBoundLimits(simulated);
    }

    private static ResultRecord withSimulatedBounds(ResultDocument doc, ResultRecord record) {
        JvmInfo jvm = doc.run().jvm(record.jvm());
        IdealModel ideal = new IdealModel(jvm.defaultAsyncParallelism());
        SimulatedIoCase c = (SimulatedIoCase) SampleResults.caseOf(record);
        String unit = record.measurement().unit();
        return record.withLowerBound(inUnit(ideal.lowerBoundMillis(c), unit)).withModel(inUnit(ideal.modelMillis(c),
                unit));
    }

    private static Double inUnit(OptionalDouble millis, String unit) {
        return millis.isPresent() ? RecordFactory.fromMillis(millis.getAsDouble(), unit) : null;
    }
}
