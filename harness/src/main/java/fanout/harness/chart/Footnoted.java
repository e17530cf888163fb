package fanout.harness.chart;

import java.util.List;

/** A chart that carries a {@link Footnote}: where and when it was measured, and how to read it. */
interface Footnoted {

    /** The footnote's lines, before wrapping. */
    List<String> footnote();
}
