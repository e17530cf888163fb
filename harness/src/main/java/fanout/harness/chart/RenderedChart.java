package fanout.harness.chart;

import java.nio.file.Path;

/**
 * A chart written to disk.
 *
 * @param id the chart's stable id, the stem of both file names
 * @param title its title
 * @param svg the SVG file
 * @param png the PNG file
 * @param sentence one sentence on what it shows, from the analysis
 */
public record RenderedChart(String id, String title, Path svg, Path png, String sentence) {}
