package fanout.harness.analysis;

import java.util.Locale;

/**
 * What became of one case between A and B, decided by the ratio B/A's interval alone against the noise threshold θ
 * (SPEC §9). Lower is better: every score is a time.
 */
public enum Verdict {
    /** The whole interval lies below 1 / (1 + θ): B is faster by more than the noise. */
    IMPROVED("improved"),
    /** The whole interval lies above 1 + θ: B is slower by more than the noise. */
    REGRESSED("REGRESSED"),
    /** The whole interval lies within [1 / (1 + θ), 1 + θ]: any difference is within the noise. */
    EQUIVALENT("equivalent"),
    /** The interval reaches across 1 + θ or 1 / (1 + θ): the data cannot tell. */
    INCONCLUSIVE("inconclusive"),
    /** A side has fewer than two forks (or a file predates samples by fork): no interval over forks, no verdict. */
    TOO_FEW_FORKS("too few forks");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** How a table shows it: "improved", "REGRESSED" (in capitals, to stand out), "equivalent", …. */
    public String label() {
        return label;
    }

    /** How a sentence says it: "improved", "regressed", "equivalent", "inconclusive", "too few forks". */
    public String words() {
        return label.toLowerCase(Locale.ROOT);
    }

    /** Whether it says that something changed. */
    public boolean change() {
        return this == IMPROVED || this == REGRESSED;
    }
}
