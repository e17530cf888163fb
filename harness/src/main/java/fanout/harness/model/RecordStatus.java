package fanout.harness.model;

/** What became of one benchmark × params × JVM of a run. */
public enum RecordStatus {
    /** Measured: score, error, interval and samples are set. */
    OK,
    /** The JVM cannot run it (e.g. virtual threads on JDK 17); the reason says why. Not a failure. */
    UNSUPPORTED,
    /** It was run and failed; the reason holds the error. */
    FAILED
}
