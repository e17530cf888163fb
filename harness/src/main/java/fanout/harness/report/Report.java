package fanout.harness.report;

import java.util.List;

/**
 * A report as a list of sections, before it is written: what the HTML and the Markdown renderers
 * ({@link HtmlRenderer}, {@link MarkdownRenderer}) both show, so that the two formats cannot drift apart (STYLE
 * practice 15).
 *
 * @param title the page's title and first heading
 * @param lead what stands under the title, before the sections (a summary, a warning)
 * @param sections the sections in order
 */
public record Report(String title, List<Block> lead, List<Section> sections) {

    public Report {
        lead = List.copyOf(lead);
        sections = List.copyOf(sections);
    }

    /**
     * One section: a second-level heading and what it holds.
     *
     * @param id the HTML anchor ({@code #jvms}), stable because pages link to it
     * @param heading the heading
     * @param blocks its content, in order
     */
    public record Section(String id, String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }
}
