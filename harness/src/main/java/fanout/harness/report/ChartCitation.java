package fanout.harness.report;

import fanout.harness.chart.RenderedChart;

/**
 * The Markdown a reader pastes into their own docs to cite a chart: an image link to its SVG, the chart's title as
 * the alt text, then a one-line caption with where and when its numbers were measured (the chart's footnote lines:
 * date, JVMs, run id, profile, suite version and commit, machine, heap). Both renderers show this same text under
 * each chart, the HTML page in a {@code <details>} and the Markdown report in a collapsible block with a fenced code
 * block, and {@link #NOTE} once, before the first chart.
 *
 * <p>The image's path is relative to the run folder ({@code charts/<id>.svg}), whichever page shows the snippet, so
 * that it stays right for docs that keep a copy of the run's {@code charts/} folder beside them.
 */
final class ChartCitation {
    /** The label of the collapsed snippet. */
    static final String SUMMARY = "Markdown to cite this chart";

    /** Said once per report, before its first chart. */
    static final String NOTE = "Under each chart, \"" + SUMMARY + "\" holds an image link and a caption that says"
            + " where and when it was measured, to paste into your own docs. The link is relative to the run folder:"
            + " the charts are in this run's charts/ folder, so copy that folder beside your document.";

    private ChartCitation() {}

    /** The path of the chart's SVG relative to the run folder, percent-encoded: {@code charts/makespan-vs-n.svg}. */
    static String svgPath(RenderedChart chart) {
        return "charts/" + Links.segment(chart.svg().getFileName().toString());
    }

    /**
     * The snippet, two paragraphs without a line break at the end:
     * "{@code ![Makespan vs N](charts/makespan-vs-n.svg)}", a blank line, and "{@code *Makespan vs N. Measured
     * 2025-06-02 on JDK 25.0.1 … · run … · fanout-bench 0.1.0 (341f20d) · Machine: … · Heap: -Xms2g -Xmx2g*}". Text
     * from the run is escaped, so it reads as the text it is wherever the snippet is pasted.
     */
    static String markdown(RenderedChart chart) {
        String caption = chart.provenance().isEmpty() ? chart.title()
                : chart.title() + ". " + String.join(" · ", chart.provenance());
        return "![" + MarkdownRenderer.escape(chart.title()) + "](" + svgPath(chart) + ")\n\n"
                + "*" + MarkdownRenderer.escape(caption) + "*";
    }
}
