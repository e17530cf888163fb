package fanout.harness.chart;

import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.Figure;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.RunAnalysis;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;

/**
 * <b>What do stragglers do to a bounded fan-out?</b> (SPEC §7, chart 4)
 *
 * <p>Makespan per latency distribution, the tail growing from left to right (FIXED, UNIFORM, EXPONENTIAL, LOG_NORMAL,
 * PARETO; same mean), one bar per strategy: BATCHED against SEMAPHORE at the same k (a batch waits for its slowest
 * call, a semaphore starts the next call as soon as one ends), FIXED_POOL and VIRTUAL_SCOPE where measured; whiskers:
 * the interval; beside each, a bar in a lighter shade: the strategy's lower bound. Simulated I/O at one N with no fault.
 */
public final class HeavyTailChart implements FanoutChart<Figure.HeavyTail> {
    /** The file name of chart 4. */
    public static final String ID = "heavy-tail";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Heavy-tailed latency";
    }

    @Override
    public Optional<Figure.HeavyTail> figure(RunAnalysis analysis) {
        return analysis.heavyTail();
    }

    @Override
    public CategoryChart getChart(Figure.HeavyTail figure) {
        return Bars.draw(title() + ": simulated I/O, N = " + Numbers.count(figure.n()) + ", mean latency "
                        + Numbers.plain(figure.latencyMs()) + " ms",
                "latency distribution (the tail grows to the right)", "makespan per fan-out", figure.unit(),
                figure.categories(), figure.bars(), figure.lowerBounds(), figure.provenance(),
                "Bars: makespan (the geometric mean of the fork means), whiskers: its "
                        + Numbers.confidence(Estimate.SHOWN) + " interval. Every distribution has the same mean;"
                        + " BATCHED waits for a chunk's slowest call before it starts the next chunk, SEMAPHORE starts"
                        + " a call as soon as one ends. Lighter bar beside each: that strategy's lower bound (SEMAPHORE: the larger of"
                        + " the longest call and Σ latency / k; BATCHED: Σ over chunks of the chunk's longest call).");
    }
}
