package fanout.harness.chart;

import fanout.harness.analysis.Figure;
import fanout.harness.analysis.RunAnalysis;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * <b>Running {@code git status -s} in many repositories at once, how close does each strategy come to what the CPU
 * allows?</b>
 *
 * <p>Makespan against the repository count on log-log axes, one series per strategy label with the interval
 * as error bars, and one dashed black line, the CPU-bound limit (SPEC §2, §11): at each repository count the least
 * CPU time (JVM and git processes) any strategy needed per fan-out, divided by the cores the fork may use (the lower
 * bound the records carry, {@link fanout.harness.analysis.CpuBoundLimits}). Spawning processes costs CPU, so no
 * strategy can finish below it. Only {@code git status -s} over independent fixture repositories with
 * the default launch mechanism is drawn; the sentence compares the other launch mechanisms with it.
 */
public final class GitScalingChart implements FanoutChart<Figure.GitScaling> {
    /** The id of this chart, which the report shows in its git section rather than among the other charts. */
    public static final String ID = "git-scaling";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Git: makespan vs repository count";
    }

    @Override
    public Optional<Figure.GitScaling> figure(RunAnalysis analysis) {
        return analysis.gitScaling();
    }

    @Override
    public XYChart getChart(Figure.GitScaling figure) {
        PlotLines lines = new PlotLines();
        lines.limit(figure.limit());
        figure.measured().forEach(lines::measured);

        // Create Chart
        XYChart chart = ChartStyle.newChart(
                title() + ": git status -s, default launch",
                "fixture repositories per fan-out, one git status -s each (log scale)",
                "makespan per fan-out (" + figure.unit() + ", log scale)", true, true, figure.provenance(),
                PlotLines.limitNote("the CPU-bound limit: at each repository count the least CPU time (JVM and git"
                        + " processes) any strategy needed per fan-out, divided by the cores the fork may use; no"
                        + " strategy can be faster"));

        // Series
        lines.addTo(chart);

        // Customize Chart (after the series: which ticks to label depends on their range)
        ChartStyle.labelLogTicks(chart);
        return chart;
    }
}
