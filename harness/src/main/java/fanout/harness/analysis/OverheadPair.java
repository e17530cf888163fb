package fanout.harness.analysis;

import fanout.harness.analysis.cases.OverheadCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strategy's code beside the bare JDK primitive it wraps (SPEC §11: at most 5% slower), on one JVM with the same
 * parameters: the STRATEGY and BARE records of the overhead benchmark, and their ratio.
 *
 * @param jvm the JVM id
 * @param benchmarkCase the STRATEGY side's case
 * @param strategy the STRATEGY record, if the run has it
 * @param bare the BARE record, if the run has it
 */
public record OverheadPair(String jvm, OverheadCase benchmarkCase, Optional<CaseResult<OverheadCase>> strategy,
        Optional<CaseResult<OverheadCase>> bare) {

    /** SPEC §11: strategy code adds at most 5% over its bare primitive. */
    public static final double TARGET = 1.05;

    /** Whether the target is met, as far as the interval of the ratio says. */
    public enum TargetMet {
        /** The whole ratio interval is at or below the target. */
        YES,
        /** The whole interval is above the target. */
        NO,
        /** The interval straddles the target. */
        UNCLEAR,
        /** A side has fewer than two forks: its interval is one JVM's iterations, on which no verdict rests. */
        TOO_FEW_FORKS;

        /** How a table says it: "yes", "no", "unclear", "too few forks". */
        public String words() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** Every pair of the overhead records, in the order their first record was run. */
    public static List<OverheadPair> of(List<CaseResult<OverheadCase>> overhead) {
        record Key(String jvm, OverheadCase strategyCase) {}
        Map<Key, List<CaseResult<OverheadCase>>> sides = new LinkedHashMap<>();
        for (CaseResult<OverheadCase> record : overhead) {
            OverheadCase c = record.benchmarkCase();
            OverheadCase strategyCase = c.bare() ? c.twin() : c;
            sides.computeIfAbsent(new Key(record.jvm(), strategyCase), k -> new ArrayList<>()).add(record);
        }
        List<OverheadPair> pairs = new ArrayList<>();
        sides.forEach((key, records) -> pairs.add(new OverheadPair(key.jvm(), key.strategyCase(),
                records.stream().filter(r -> !r.benchmarkCase().bare()).findFirst(),
                records.stream().filter(r -> r.benchmarkCase().bare()).findFirst())));
        return pairs;
    }

    /** STRATEGY / BARE with its interval, where both sides were measured. */
    public Optional<Ratio> ratio() {
        return strategy.filter(CaseResult::measured).flatMap(s -> bare.filter(CaseResult::measured)
                .map(b -> Ratio.of(s.measurement(), b.measurement())));
    }

    /** Whether the ratio's interval shows the target met, where both sides were measured. */
    public Optional<TargetMet> targetMet() {
        return ratio().map(r -> !r.byForks() ? TargetMet.TOO_FEW_FORKS : r.atMost(TARGET) ? TargetMet.YES
                : r.above(TARGET) ? TargetMet.NO : TargetMet.UNCLEAR);
    }
}
