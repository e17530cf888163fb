package fanout.harness.analysis;

import java.util.Locale;

/** What became of one benchmark between A and B. Lower scores are better: every score is a time. */
public enum Verdict {
    /** B is faster by more than the noise threshold and the difference is significant. */
    IMPROVED("improved"),
    /** B is slower by more than the noise threshold and the difference is significant. */
    REGRESSED("REGRESSED"),
    /** Within the noise threshold, or not significant at the chosen alpha. */
    NO_SIGNIFICANT_CHANGE("no significant change");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** How a table shows it: "improved", "REGRESSED" (in capitals, to stand out), "no significant change". */
    public String label() {
        return label;
    }

    /** How a sentence says it: "improved", "regressed", "no significant change". */
    public String words() {
        return label.toLowerCase(Locale.ROOT);
    }
}
