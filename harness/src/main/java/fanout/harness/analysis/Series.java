package fanout.harness.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

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

    /** A measured line: each record's time at its x, with the interval the reports show. */
    static <R extends CaseResult<?>> Series measured(String name, int index, List<R> records,
            ToDoubleFunction<R> x) {
        return new Series(name, index, records.stream().map(r -> Point.of(x.applyAsDouble(r), r.estimate())).toList());
    }

    /**
     * A reference line: what each record carries besides its time (its lower bound, its model) at its x, without an
     * interval; records that carry none are left out.
     */
    static <R extends CaseResult<?>> Series reference(String name, int index, List<R> records,
            ToDoubleFunction<R> x, Function<R, Optional<Double>> value) {
        return new Series(name, index, records.stream()
                .flatMap(r -> value.apply(r).map(v -> Point.exact(x.applyAsDouble(r), v)).stream()).toList());
    }
}
