package fanout.harness.analysis.cases;

import fanout.harness.UsageException;
import fanout.jmh.GitBenchmark;
import fanout.jmh.LessonBenchmark;
import fanout.jmh.SimulatedIoBenchmark;
import fanout.jmh.StrategyOverheadBenchmark;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmarks the harness knows, and their parameters as the classes declare them ({@code @Param} fields):
 * names, types and defaults. Every value a user passes is checked here, so that a typo is one clear line
 * before anything runs, not a JMH error in a fork.
 */
public final class BenchmarkCatalog {

    private static final Map<String, Class<?>> BENCHMARKS = Map.of(
            Workload.SIMULATED_IO.benchmarkClass(), SimulatedIoBenchmark.class,
            Workload.OVERHEAD.benchmarkClass(), StrategyOverheadBenchmark.class,
            Workload.GIT.benchmarkClass(), GitBenchmark.class,
            Workload.LESSON.benchmarkClass(), LessonBenchmark.class);

    /** Parameters that count something and must be at least 1. */
    private static final Map<String, String> POSITIVE = Map.of(Param.N.jmhName(), "N (tasks per fan-out)",
            Param.LIMIT.jmhName(), "k (the concurrency limit)", Param.HEDGES.jmhName(),
            "hedges (copies of a hedged call)");

    /** The defaults of each benchmark, read once from its class. */
    private static final Map<String, Map<String, String>> DEFAULTS = new java.util.concurrent.ConcurrentHashMap<>();

    private BenchmarkCatalog() {}

    public static Class<?> benchmarkClass(String benchmark) {
        Class<?> type = BENCHMARKS.get(benchmark);
        if (type == null) {
            throw new UsageException("unknown benchmark '" + benchmark + "' (expected one of "
                    + String.join(", ", new TreeMap<>(BENCHMARKS).keySet()) + ")");
        }
        return type;
    }

    /** The fully qualified class name, for JMH's include pattern. */
    public static String className(String benchmark) {
        return benchmarkClass(benchmark).getName();
    }

    /** Every benchmark the harness knows, by simple name. */
    public static java.util.Set<String> names() {
        return new java.util.TreeSet<>(BENCHMARKS.keySet());
    }

    /** Every parameter of the benchmark with its default value, in declaration order. */
    public static Map<String, String> defaults(String benchmark) {
        return DEFAULTS.computeIfAbsent(benchmark, name -> {
            Map<String, String> defaults = new LinkedHashMap<>();
            for (Field field : benchmarkClass(name).getFields()) {
                org.openjdk.jmh.annotations.Param param = field.getAnnotation(org.openjdk.jmh.annotations.Param.class);
                if (param != null) {
                    defaults.put(field.getName(), param.value()[0]);
                }
            }
            return java.util.Collections.unmodifiableMap(defaults);
        });
    }

    /** {@code params} completed with the defaults of every parameter it does not set. */
    public static Map<String, String> complete(String benchmark, Map<String, String> params) {
        Map<String, String> all = new TreeMap<>(defaults(benchmark));
        all.putAll(params);
        return all;
    }

    /** Whether the benchmark has this parameter. */
    public static boolean hasParam(String benchmark, String name) {
        return defaults(benchmark).containsKey(name);
    }

    /**
     * Checks one value of one parameter against its declared type (enum constants, whole numbers, numbers)
     * and range.
     *
     * @throws UsageException naming the parameter, the value and what is expected
     */
    public static void validate(String benchmark, String name, String value) {
        Field field;
        try {
            field = benchmarkClass(benchmark).getField(name);
        } catch (NoSuchFieldException e) {
            throw new UsageException("unknown parameter '" + name + "' of " + benchmark + " (expected one of "
                    + String.join(", ", defaults(benchmark).keySet()) + ")");
        }
        Class<?> type = field.getType();
        if (type.isEnum()) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (!constants.contains(value)) {
                throw new UsageException("unknown " + name + " '" + value + "' (expected one of "
                        + String.join(", ", constants) + ")");
            }
        } else if (type == int.class || type == long.class) {
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new UsageException(name + " must be a whole number, was '" + value + "'");
            }
            if (POSITIVE.containsKey(name) && number <= 0) {
                throw new UsageException(POSITIVE.get(name) + " must be at least 1, was " + value);
            }
            if (type == int.class && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) {
                throw new UsageException(name + " is too large: " + value);
            }
            if (number < 0) {
                throw new UsageException(name + " must not be negative, was " + value);
            }
        } else if (type == double.class) {
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new UsageException(name + " must be a number, was '" + value + "'");
            }
            if (!Double.isFinite(number) || number < 0) {
                throw new UsageException(name + " must be a finite number >= 0, was " + value);
            }
        }
    }
}
