package fanout.harness.analysis;

import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;

/**
 * How many records of a run were measured, failed or unsupported.
 *
 * @param ok measured
 * @param failed run and failed
 * @param unsupported not runnable on their JVM
 */
public record RecordCounts(long ok, long failed, long unsupported) {

    public static RecordCounts of(ResultDocument doc) {
        return new RecordCounts(count(doc, RecordStatus.OK), count(doc, RecordStatus.FAILED),
                count(doc, RecordStatus.UNSUPPORTED));
    }

    /** "52 records: 50 ok, 1 failed, 1 unsupported". */
    public String summary() {
        return (ok + failed + unsupported) + " records: " + ok + " ok, " + failed + " failed, " + unsupported
                + " unsupported";
    }

    private static long count(ResultDocument doc, RecordStatus status) {
        return doc.records().stream().filter(r -> r.status() == status).count();
    }
}
