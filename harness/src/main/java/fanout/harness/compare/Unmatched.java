package fanout.harness.compare;

import fanout.harness.model.RecordStatus;

/**
 * A benchmark that was not compared: not measured (OK) on one side, or present on one side only.
 *
 * @param benchmark the JMH benchmark
 * @param label the strategy label
 * @param params the record's parameters, as text
 * @param statusA the status on side A; null when A has no such record
 * @param statusB the status on side B; null when B has no such record
 * @param reason why it was not measured, from whichever side was not OK; null if none
 */
public record Unmatched(String benchmark, String label, String params, RecordStatus statusA, RecordStatus statusB,
        String reason) {

    /** True when the record is on one side only (rather than present on both but not measured). */
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
}
