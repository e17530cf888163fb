package fanout.harness.compare;

/** What became of one benchmark between A and B. Lower scores are better: every score is a time. */
public enum Verdict {
    /** B is faster by more than the noise threshold and the difference is significant. */
    IMPROVED,
    /** B is slower by more than the noise threshold and the difference is significant. */
    REGRESSED,
    /** Within the noise threshold, or not significant at the chosen alpha. */
    NO_SIGNIFICANT_CHANGE
}
