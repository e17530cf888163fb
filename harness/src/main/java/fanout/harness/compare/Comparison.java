package fanout.harness.compare;

import java.util.List;
import java.util.Locale;

/**
 * The comparison of two sides: two results files, or two JVMs of one run.
 *
 * @param nameA how side A is called in tables, e.g. the file name or a JVM id
 * @param nameB how side B is called
 * @param threshold the noise threshold, a fraction (0.05 = 5%)
 * @param alpha the significance level
 * @param changes every benchmark measured on both sides, in the order of A
 * @param notComparable benchmarks on both sides that were not measured on at least one of them
 * @param missing benchmarks on one side only
 */
public record Comparison(String nameA, String nameB, double threshold, double alpha, List<Change> changes,
        List<Unmatched> notComparable, List<Unmatched> missing) {

    public Comparison {
        changes = List.copyOf(changes);
        notComparable = List.copyOf(notComparable);
        missing = List.copyOf(missing);
    }

    public long count(Verdict verdict) {
        return changes.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** E.g. {@code 6 compared: 0 improved, 1 regressed, 5 no significant change (threshold 5%, alpha 0.01)}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d compared: %d improved, %d regressed, %d no significant change"
                + " (threshold %s%%, alpha %s)", changes.size(), count(Verdict.IMPROVED), count(Verdict.REGRESSED),
                count(Verdict.NO_SIGNIFICANT_CHANGE), Format.number(threshold * 100), Format.number(alpha));
    }
}
