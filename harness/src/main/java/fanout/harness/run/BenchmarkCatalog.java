package fanout.harness.run;

import fanout.jmh.GitBenchmark;
import fanout.jmh.SimulatedIoBenchmark;
import fanout.jmh.StrategyOverheadBenchmark;
import fanout.strategy.Strategy;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.annotations.Param;

/**
 * The benchmarks the harness knows, and their parameters as the classes declare them ({@code @Param} fields):
 * names, types and defaults. Every value a user passes is checked here, so that a typo is one clear line
 * before anything runs, not a JMH error in a fork.
 */
public final class BenchmarkCatalog {

    /** The method every benchmark class measures. */
    public static final String METHOD = "fanOut";

    private static final Map<String, Class<?>> BENCHMARKS = Map.of(
            "SimulatedIoBenchmark", SimulatedIoBenchmark.class,
            "StrategyOverheadBenchmark", StrategyOverheadBenchmark.class,
            "GitBenchmark", GitBenchmark.class);

    /** The system property through which the git benchmark's fork reads the user's repository list. */
    public static final String USER_REPOS_PROPERTY = "fanout.git.repos";

    /** Parameters that count something and must be at least 1. */
    private static final Map<String, String> POSITIVE = Map.of("n", "N (tasks per fan-out)", "limit",
            "k (the concurrency limit)");

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

    /**
     * The JVM flags a case's fork needs beyond the run's own: {@code --enable-preview} for STRUCTURED_SCOPE (and
     * only there, so that no other measurement runs with preview features on); the subprocess launch mechanism of
     * the git benchmark, which the JDK reads when the JVM starts, so it is a flag, not a parameter set afterwards;
     * the user's repository list, as a file named by a system property.
     *
     * @param userRepos the file listing the user's repositories, or null
     */
    public static List<String> forkArgs(BenchmarkCase benchmarkCase, Path userRepos) {
        List<String> args = new java.util.ArrayList<>();
        String strategy = benchmarkCase.params().get("strategy");
        if (strategy != null && Strategy.valueOf(strategy).needsPreview()) {
            args.add("--enable-preview");
        }
        String mechanism = benchmarkCase.params().get("launchMechanism");
        if (mechanism != null && !mechanism.equals("DEFAULT")) {
            args.add("-Djdk.lang.Process.launchMechanism=" + mechanism);
        }
        if ("USER".equals(benchmarkCase.params().get("source"))) {
            if (userRepos == null) {
                throw new UsageException("source=USER needs the repositories: give --repos or --repos-dir");
            }
            args.add("-D" + USER_REPOS_PROPERTY + "=" + userRepos.toAbsolutePath());
        }
        return List.copyOf(args);
    }

    /** Every parameter of the benchmark with its default value, in declaration order. */
    public static Map<String, String> defaults(String benchmark) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Field field : benchmarkClass(benchmark).getFields()) {
            Param param = field.getAnnotation(Param.class);
            if (param != null) {
                defaults.put(field.getName(), param.value()[0]);
            }
        }
        return defaults;
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
