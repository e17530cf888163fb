package fanout.harness.chart;

import java.nio.file.Path;
import java.util.List;

/**
 * A chart written to disk.
 *
 * @param id the chart's stable id, the stem of both file names
 * @param title its title
 * @param svg the SVG file
 * @param png the PNG file
 * @param sentence one sentence on what it shows, from the analysis
 * @param provenance where and when its numbers were measured, the lines of its footnote from the analysis (date,
 *     JVMs, run id, suite version and commit; machine and heap), which a citation of the chart carries
 */
public record RenderedChart(String id, String title, Path svg, Path png, String sentence, List<String> provenance) {

    public RenderedChart {
        provenance = List.copyOf(provenance);
    }
}
