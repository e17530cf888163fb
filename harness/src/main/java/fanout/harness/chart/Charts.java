package fanout.harness.chart;

import fanout.harness.analysis.Figure;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Every chart of a run, in report order, and how they are written: {@code <id>.svg} and {@code <id>.png}. */
public final class Charts {
    private static final List<FanoutChart<?>> ALL = List.of(
            new MakespanVsNChart(), new SpeedupChart(), new BoundedLimitChart(), new HeavyTailChart(),
            new FailuresChart(), new GitScalingChart(),
            new JvmComparisonChart(), new OverheadVsNChart(), new AllocationVsNChart());

    private Charts() {}

    /** Every chart the suite draws, in the order the report shows them. */
    public static List<FanoutChart<?>> all() {
        return ALL;
    }

    /**
     * Writes {@code <id>.svg} and {@code <id>.png} into {@code chartsDir} (created if needed) for every chart the
     * analysis prepared a figure for, skipping the others. Each file is written to a temporary file and moved into
     * place, so an existing chart is never left half-written. Works headless.
     *
     * @return the charts written, in report order
     * @throws UncheckedIOException if a file cannot be written
     */
    public static List<RenderedChart> renderAll(RunAnalysis analysis, Path chartsDir) {
        List<RenderedChart> rendered = new ArrayList<>();
        for (FanoutChart<?> chart : ALL) {
            renderIfDrawn(chart, analysis, chartsDir).ifPresent(rendered::add);
        }
        return rendered;
    }

    private static <F extends Figure> java.util.Optional<RenderedChart> renderIfDrawn(FanoutChart<F> chart,
            RunAnalysis analysis, Path chartsDir) {
        return chart.figure(analysis).map(figure -> render(chart, figure, chartsDir));
    }

    /** Writes one chart's SVG and PNG into {@code chartsDir}. */
    public static <F extends Figure> RenderedChart render(FanoutChart<F> chart, F figure, Path chartsDir) {
        Chart<?, ?> drawn = chart.getChart(figure);
        Path svg = chartsDir.resolve(chart.id() + ".svg");
        Path png = chartsDir.resolve(chart.id() + ".png");
        try {
            Files.createDirectories(chartsDir);
            AtomicFiles.write(svg, TextSvg.of(drawn));
            AtomicFiles.write(png, png(drawn));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + chart.id() + " to " + chartsDir + ": "
                    + e.getMessage(), e);
        }
        return new RenderedChart(chart.id(), chart.title(), svg, png, figure.sentence(), figure.provenance());
    }

    /**
     * The chart as PNG, encoded in memory. XChart's {@code BitmapEncoder.getBitmapBytes} goes through ImageIO's file
     * cache, whose first use registers a shutdown hook; a JVM already shutting down refuses that, and the report of a
     * run stopped by Ctrl-C or SIGTERM is written in one.
     */
    static byte[] png(Chart<?, ?> drawn) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(BitmapEncoder.getBufferedImage(drawn), "png", out)) {
                throw new IOException("this JVM has no PNG writer");
            }
        }
        return bytes.toByteArray();
    }
}
