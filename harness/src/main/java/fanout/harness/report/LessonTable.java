package fanout.harness.report;

import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.LessonPair;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.Ratio;
import fanout.harness.analysis.RunAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The seeds' lessons: per lesson record its variant and reference per invocation, their ratio with the interval over
 * the forks, and the lesson's own readings; a record that was not measured says why.
 */
final class LessonTable {
    private LessonTable() {}

    /** The table, or empty when the run has no lesson records. */
    static Optional<Table> of(RunAnalysis analysis) {
        List<LessonPair> pairs = analysis.lessonPairs();
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        List<Table.Row> rows = new ArrayList<>();
        for (LessonPair pair : pairs) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(pair.lesson().name()));
            cells.add(Cell.text(pair.benchmarkCase().label()));
            cells.add(Cell.text(analysis.names().brief(pair.jvm())));
            if (pair.notMeasured().isPresent()) {
                cells.add(Cell.text(pair.notMeasured().get()));
                cells.add(Cell.missing());
                cells.add(Cell.missing());
                cells.add(Cell.missing());
            } else {
                cells.add(time(pair.variant().orElseThrow()));
                cells.add(time(pair.reference().orElseThrow()));
                Ratio ratio = pair.ratio().orElseThrow();
                cells.add(Cell.number(Numbers.precise(ratio.value()) + " "
                        + Numbers.preciseInterval(ratio.lower(), ratio.upper())));
                cells.add(Cell.text(extras(pair)));
            }
            rows.add(Table.Row.of(cells));
        }
        return Optional.of(new Table("Lessons from the seeds: variant against reference", List.of("lesson",
                "strategy", "JVM", "variant", "reference", "variant / reference [interval]", "lesson's readings"),
                rows, "Variant and reference ran in the same forks, taking turns invocation by invocation (see each"
                        + " lesson in LessonBenchmark's Javadoc). Per side: its summed time / the invocations of each"
                        + " fork, with its " + Numbers.confidence(Estimate.SHOWN) + " interval over the forks; the"
                        + " ratio is the geometric mean of each fork's quotient of summed times, with its Student-t"
                        + " interval (the fork is the sample). CPU_BOUND's bound is the variant's CPU time / the"
                        + " fork's cores; efficiency = bound / variant."));
    }

    private static Cell time(Estimate e) {
        return Cell.quantity(Numbers.inInterval(e.center(), e.lower(), e.upper()) + " "
                + Numbers.interval(e.lower(), e.upper()), "ms");
    }

    /** "median / all 0.52", "failed per fan-out 0.4 vs 20, 1.25 attempts per call", "bound 2.6 ms, efficiency 0.97". */
    private static String extras(LessonPair pair) {
        LessonPair.Extras e = pair.extras();
        return switch (pair.lesson()) {
            case COMPLETION_ORDER -> e.medianRatio().map(m -> "median / all " + Numbers.precise(m.value()) + " "
                    + Numbers.preciseInterval(m.lower(), m.upper())).orElse("");
            case RETRY_TRANSIENT, RETRY_PERMANENT -> "failed calls per fan-out "
                    + Numbers.value(e.variantFailuresPerFanOut().orElse(Double.NaN)) + " vs "
                    + Numbers.value(e.referenceFailuresPerFanOut().orElse(Double.NaN)) + ", "
                    + Numbers.value(e.attemptsPerCall().orElse(Double.NaN)) + " attempts per call";
            case CPU_BOUND -> e.cpuBoundMs().isEmpty() ? "no CPU time measured" : "bound "
                    + Numbers.value(e.cpuBoundMs().getAsDouble()) + " ms on " + e.cores() + " cores, efficiency "
                    + Numbers.ratio(pair.efficiency().orElse(Double.NaN))
                    + (pair.belowLowerBound() ? " — BELOW the bound: a bug in the bound or the benchmark" : "");
            case PINNING -> e.noPinningEvent() ? "no JFR event on this JVM"
                    : e.pinnedPerInvocation().isPresent() ? Numbers.value(e.pinnedPerInvocation().getAsDouble())
                            + " pinned events per fan-out" : "";
            default -> "";
        };
    }
}
