package fanout.harness.analysis;

import fanout.harness.analysis.cases.Case;
import fanout.harness.model.RecordStatus;

/**
 * A case that was not compared: not measured on one side, measured in different units, or present on one side only.
 *
 * @param benchmarkCase what was (or was to be) measured
 * @param statusA the status on side A; null when A has no such record
 * @param statusB the status on side B; null when B has no such record
 * @param reason why it was not compared, from whichever side was not measured; null if no side says
 */
public record Unmatched(Case benchmarkCase, RecordStatus statusA, RecordStatus statusB, String reason) {

    /** True when the record is on one side only (rather than present on both but not comparable). */
    public boolean missing() {
        return statusA == null || statusB == null;
    }

    /** How this reads in a list, e.g. {@code A: OK, B: FAILED (timeout)} or {@code only in A}. */
    public String describe() {
        if (statusA == null) {
            return "only in B";
        }
        if (statusB == null) {
            return "only in A";
        }
        return "A: " + statusA + ", B: " + statusB + (reason == null ? "" : " (" + reason + ")");
    }

    /** The case in a line of its own: benchmark, label and settings, then {@link #describe()}. */
    public String line() {
        return benchmarkCase.benchmark() + " " + benchmarkCase.label() + " " + benchmarkCase.settings() + ": "
                + describe();
    }
}
