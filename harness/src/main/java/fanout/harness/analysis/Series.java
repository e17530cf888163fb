package fanout.harness.analysis;

import java.util.List;

/**
 * One line or one set of bars of a chart, as the analysis prepared it.
 *
 * @param name the legend's name (a strategy label, a JVM, "CPU-bound limit …")
 * @param index the position that picks its colour and marker, the same for a label in every chart of a run; -1 for a
 *     line every series shares (a limit)
 * @param points its points in x order; for bars, one per category, NaN where the category has no bar
 */
public record Series(String name, int index, List<Point> points) {

    public Series {
        points = List.copyOf(points);
    }
}
