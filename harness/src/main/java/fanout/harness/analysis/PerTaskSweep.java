package fanout.harness.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A strategy's cost per task as N grows, beside its bare primitive's (SPEC §11: "the cost per task as N grows is
 * charted"): the {@linkplain OverheadPair overhead pairs} with both sides measured, at one latency (the one most
 * strategies were swept at, the shortest on a tie: 0 in every profile), grouped by JVM and strategy label, each
 * sorted by N with one pair per N (the first the run measured), keeping the groups measured at two or more N — the
 * strategies a profile sweeps (VIRTUAL_SCOPE, SEMAPHORE, BATCHED), not those it measures at one N only. Every JVM is
 * drawn; where the sweep has several, each line is named with its JVM. Charts 8 and 8b draw it.
 *
 * @param latencyMs the latency of every pair
 * @param lines per JVM and label, in run order, its pairs sorted by N
 */
record PerTaskSweep(double latencyMs, List<Line> lines) {

    /**
     * One strategy on one JVM at each N.
     *
     * @param name the label, with the JVM where the sweep has several ("SEMAPHORE(k=64) · JDK 25.0.1")
     * @param jvm the JVM id
     * @param pairs its pairs, sorted by N
     */
    record Line(String name, String jvm, List<OverheadPair> pairs) {}

    /** The sweep of a run's overhead pairs, if some strategy was measured at two or more N. */
    static Optional<PerTaskSweep> of(List<OverheadPair> pairs, JvmNames names) {
        record Key(String jvm, String label, double latencyMs) {}
        Map<Key, TreeMap<Integer, OverheadPair>> byKey = new LinkedHashMap<>();
        for (OverheadPair pair : pairs) {
            if (pair.strategy().isPresent() && pair.bare().isPresent()) {
                byKey.computeIfAbsent(new Key(pair.jvm(), pair.benchmarkCase().label(),
                        pair.benchmarkCase().latencyMs()), k -> new TreeMap<>())
                        .putIfAbsent(pair.benchmarkCase().n(), pair);
            }
        }
        List<Key> swept = byKey.entrySet().stream().filter(e -> e.getValue().size() >= 2).map(Map.Entry::getKey)
                .toList();
        if (swept.isEmpty()) {
            return Optional.empty();
        }
        double latency = FixedLatencySelection.mostCommon(swept, Key::latencyMs, Comparator.<Double>reverseOrder());
        List<Key> drawn = swept.stream().filter(k -> k.latencyMs() == latency).toList();
        boolean manyJvms = drawn.stream().map(Key::jvm).distinct().count() > 1;
        List<Line> lines = drawn.stream().map(k -> new Line(manyJvms ? k.label() + " · " + names.brief(k.jvm())
                : k.label(), k.jvm(), List.copyOf(byKey.get(k).values()))).toList();
        return Optional.of(new PerTaskSweep(latency, lines));
    }

    /** The JVMs drawn, in run order. */
    List<String> jvms() {
        return lines.stream().map(Line::jvm).distinct().toList();
    }

    private static int n(OverheadPair pair) {
        return pair.benchmarkCase().n();
    }

    /** Chart 8. */
    Figure.OverheadVsN figure(List<String> provenance) {
        List<Series> strategies = new ArrayList<>();
        List<Series> bare = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            Line line = lines.get(index);
            strategies.add(new Series(line.name(), index, line.pairs().stream()
                    .map(p -> Point.of(n(p), p.strategy().orElseThrow().nanosPerTask())).toList()));
            bare.add(new Series(line.name(), index, line.pairs().stream()
                    .map(p -> Point.of(n(p), p.bare().orElseThrow().nanosPerTask())).toList()));
        }
        return new Figure.OverheadVsN(latencyMs, strategies, bare, provenance, timeSentence(strategies, bare));
    }

    /** Chart 8b, if some pair of a line has allocation readings on both sides. */
    Optional<Figure.AllocationVsN> allocation(List<String> provenance) {
        List<Series> strategies = new ArrayList<>();
        List<Series> bare = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            Line line = lines.get(index);
            List<OverheadPair> withBytes = line.pairs().stream()
                    .filter(p -> bytes(p.strategy()).isPresent() && bytes(p.bare()).isPresent()).toList();
            if (!withBytes.isEmpty()) {
                strategies.add(new Series(line.name(), index, withBytes.stream()
                        .map(p -> Point.exact(n(p), bytes(p.strategy()).getAsDouble())).toList()));
                bare.add(new Series(line.name(), index, withBytes.stream()
                        .map(p -> Point.exact(n(p), bytes(p.bare()).getAsDouble())).toList()));
            }
        }
        return strategies.isEmpty() ? Optional.empty() : Optional.of(new Figure.AllocationVsN(latencyMs, strategies,
                bare, provenance, bytesSentence(strategies, bare)));
    }

    private static OptionalDouble bytes(Optional<OverheadPair.Side> side) {
        return side.map(OverheadPair.Side::bytesPerTask).orElse(OptionalDouble.empty());
    }

    /**
     * E.g. "From N = 1000 to 1 000 000, VIRTUAL_SCOPE took 427 → 610 ns per task (bare 427 → 600), its ratio to bare
     * between 0.98 and 1.03, every interval within [0.970, 1.040]; SEMAPHORE(k=64) took …": per line its first and
     * last point and those of its bare primitive, and the lowest and highest ratio of the pairs drawn, with the
     * widest reach of their intervals (the table's).
     */
    private String timeSentence(List<Series> strategies, List<Series> bare) {
        return sentence(strategies, bare, " took ", " ns per task", Numbers::value, (index, clause) -> {
            List<Ratio> ratios = lines.get(index).pairs().stream().map(p -> p.ratio().orElseThrow()).toList();
            double lowest = ratios.stream().mapToDouble(Ratio::value).min().orElseThrow();
            double highest = ratios.stream().mapToDouble(Ratio::value).max().orElseThrow();
            clause.append(Numbers.ratio(lowest).equals(Numbers.ratio(highest))
                    ? ", its ratio to bare " + Numbers.ratio(lowest) + " at every N"
                    : ", its ratio to bare between " + Numbers.ratio(lowest) + " and " + Numbers.ratio(highest));
            if (ratios.stream().allMatch(Ratio::byForks)) {
                clause.append(", every interval within ").append(Numbers.preciseInterval(
                        ratios.stream().mapToDouble(Ratio::lower).min().orElseThrow(),
                        ratios.stream().mapToDouble(Ratio::upper).max().orElseThrow()));
            } else {
                clause.append(" (too few forks for an interval)");
            }
        });
    }

    /**
     * E.g. "From N = 1000 to 1 000 000, VIRTUAL_SCOPE allocated 312 → 298 bytes per task (bare 296 → 290);
     * SEMAPHORE(k=64) allocated …".
     */
    private String bytesSentence(List<Series> strategies, List<Series> bare) {
        return sentence(strategies, bare, " allocated ", " bytes per task", Numbers::bytes, (index, clause) -> {});
    }

    /** What a line's clause adds after its values, given the line's index. */
    private interface ClauseEnd {
        void append(int index, StringBuilder clause);
    }

    /**
     * One clause per series: "name took first → last unit (bare first → last)", the N range said once before them
     * where every series spans the same, else in each clause; the latency where it is not 0.
     */
    private String sentence(List<Series> strategies, List<Series> bare, String verb, String unit,
            Function<Double, String> format, ClauseEnd end) {
        Map<String, List<Series>> byRange = strategies.stream()
                .collect(Collectors.groupingBy(PerTaskSweep::range, LinkedHashMap::new, Collectors.toList()));
        boolean oneRange = byRange.size() == 1;
        StringBuilder sentence = new StringBuilder();
        if (oneRange) {
            sentence.append(capitalised(range(strategies.get(0))));
        }
        if (latencyMs != 0) {
            sentence.append(oneRange ? " (latency " : "Latency ").append(Numbers.plain(latencyMs))
                    .append(oneRange ? " ms)" : " ms");
        }
        if (sentence.length() > 0) {
            sentence.append(", ");
        }
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < strategies.size(); i++) {
            Series strategy = strategies.get(i);
            StringBuilder clause = new StringBuilder(strategy.name()).append(verb).append(fromTo(strategy, format))
                    .append(unit);
            if (!oneRange) {
                clause.append(' ').append(range(strategy));
            }
            clause.append(" (bare ").append(fromTo(bare.get(i), format)).append(')');
            end.append(strategy.index(), clause);
            clauses.add(clause.toString());
        }
        return sentence.append(String.join("; ", clauses)).append('.').toString();
    }

    /** "from N = 1000 to 1 000 000", or "at N = 1000" for a single point. */
    private static String range(Series series) {
        List<Point> points = series.points();
        long first = (long) points.get(0).x();
        long last = (long) points.get(points.size() - 1).x();
        return first == last ? "at N = " + Numbers.count(first)
                : "from N = " + Numbers.count(first) + " to " + Numbers.count(last);
    }

    /** "427 → 610", the first point's value and the last's; one value for a single point. */
    private static String fromTo(Series series, Function<Double, String> format) {
        List<Point> points = series.points();
        String first = format.apply(points.get(0).y());
        return points.size() == 1 ? first : first + " → " + format.apply(points.get(points.size() - 1).y());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
