package fanout.harness.chart;

import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.Figure;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.RunAnalysis;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;

/**
 * <b>How soon does a fan-out with a failure end, under each failure policy?</b> (SPEC §7, chart 5)
 *
 * <p>Time to outcome (the call's return or throw) per strategy, for a failure first and a failure last (a category
 * each, "first · VIRTUAL_SCOPE"), one bar per policy: COLLECT (every outcome), FAIL_FAST (first failure cancels the
 * rest), FIRST_ERROR_NO_CANCEL (first failure thrown, the rest left running), and a deadline (COLLECT with an overall
 * timeout, on a call that hangs first or last); whiskers: the interval. What FIRST_ERROR_NO_CANCEL left running (how
 * many tasks, for how long) is in the chart's footnote and in the sentences of the lessons section.
 */
public final class FailuresChart implements FanoutChart<Figure.Failures> {
    /** The file name of chart 5. */
    public static final String ID = "failures";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Failures: time to outcome";
    }

    @Override
    public Optional<Figure.Failures> figure(RunAnalysis analysis) {
        return analysis.failures();
    }

    @Override
    public CategoryChart getChart(Figure.Failures figure) {
        return Bars.draw(title() + ": simulated I/O, N = " + Numbers.count(figure.n()) + ", latency "
                        + Numbers.plain(figure.latencyMs()) + " ms",
                "where the failure is · strategy", "time to outcome", figure.unit(), figure.categories(),
                figure.bars(), figure.provenance(),
                "Bars: time until the call returned or threw (the geometric mean of the fork means), whiskers: its "
                        + Numbers.confidence(Estimate.SHOWN) + " interval. first / last: the first or the last call"
                        + " (input order) fails, or, for the deadline, hangs until cancelled. FIRST_ERROR_NO_CANCEL"
                        + " returns while other calls still run; a missing bar was not measured."
                        + (figure.orphans().isEmpty() ? "" : " Orphans: " + String.join(" ", figure.orphans())));
    }
}
