package fanout.harness.report;

import fanout.harness.chart.RenderedChart;
import java.util.List;

/** One piece of a {@link Report.Section}: a paragraph, a list, a table, a chart, or links to the run's files. */
public sealed interface Block permits Block.Paragraph, Block.Bullets, Block.Chart, Block.DataFiles, Table {

    /**
     * A paragraph of text.
     *
     * @param text the text, shown as it is (escaped by the renderers)
     * @param kind how it stands out
     */
    record Paragraph(String text, Kind kind) implements Block {
        /** How a paragraph stands out. */
        public enum Kind {
            /** Body text. */
            PLAIN,
            /** A summary that leads a section: bold in HTML. */
            SUMMARY,
            /** Something the reader must not miss, such as an incomplete run: boxed in HTML, quoted in Markdown. */
            WARNING
        }

        public static Paragraph of(String text) {
            return new Paragraph(text, Kind.PLAIN);
        }
    }

    /** A list of short items. */
    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A chart with its title and sentence, and links to its SVG and PNG files. */
    record Chart(RenderedChart chart) implements Block {}

    /**
     * Links to files of the run folder, each flagged where the run did not write it.
     *
     * @param names the files' names in the folder the report is written to
     */
    record DataFiles(List<String> names) implements Block {
        public DataFiles {
            names = List.copyOf(names);
        }
    }
}
