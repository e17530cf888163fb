package fanout.harness.analysis.cases;

import fanout.jmh.GitBenchmark.LaunchMechanism;
import fanout.jmh.GitBenchmark.Layout;
import fanout.jmh.GitBenchmark.Operation;
import fanout.jmh.GitBenchmark.Runner;
import fanout.jmh.GitBenchmark.Source;
import fanout.jmh.LessonBenchmark.Lesson;
import fanout.jmh.StrategyOverheadBenchmark.Implementation;
import fanout.strategy.ExecutorKind;
import fanout.strategy.FailurePolicy;
import fanout.strategy.Strategy;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a benchmark's parameters ({@code name → value}, as JMH takes them and records hold them) into its typed
 * {@link Case}, and writes a case back as parameters: the one place in the harness that reads a case's or a record's
 * parameters by name (the command line's {@code -p NAME=...} overrides and {@link BenchmarkCatalog}'s checks handle
 * names generically). A value that does not parse is an {@link IllegalArgumentException} naming it. Enum constants are
 * read whatever their case ({@code vfork} is {@code VFORK}), as JMH's forks took them.
 */
public final class Cases {

    /** The parameters each workload's benchmark declares, in declaration order. */
    private static final Map<Workload, List<Param>> PARAMS = Map.of(
            Workload.SIMULATED_IO, List.of(Param.STRATEGY, Param.N, Param.LATENCY_MS, Param.DISTRIBUTION, Param.LIMIT,
                    Param.EXECUTOR, Param.FAULT, Param.FAILURE_RATE, Param.POLICY, Param.DEADLINE_MS, Param.SEED),
            Workload.OVERHEAD, List.of(Param.STRATEGY, Param.IMPLEMENTATION, Param.N, Param.LATENCY_MS, Param.LIMIT,
                    Param.EXECUTOR),
            Workload.GIT, List.of(Param.STRATEGY, Param.REPOS, Param.OPERATION, Param.LAYOUT, Param.LIMIT,
                    Param.EXECUTOR, Param.LAUNCH_MECHANISM, Param.SOURCE, Param.RUNNER),
            Workload.LESSON, List.of(Param.LESSON, Param.STRATEGY, Param.LIMIT, Param.EXECUTOR, Param.N,
                    Param.LATENCY_MS, Param.DISTRIBUTION, Param.SEED, Param.HEDGES, Param.FAILURE_RATE, Param.CPU_MS,
                    Param.CPU_TASKS));

    /** The parameters a label states ({@code SEMAPHORE(k=64)}); a case's settings are the others. */
    private static final Set<Param> IN_LABEL = EnumSet.of(Param.STRATEGY, Param.LIMIT, Param.EXECUTOR);

    private Cases() {}

    /** Each workload's case with every parameter at its default, parsed once. */
    private static final Map<Workload, Case> DEFAULTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A workload's case with every parameter at the default its benchmark class declares. */
    public static Case defaults(Workload workload) {
        return DEFAULTS.computeIfAbsent(workload, w -> parse(w.benchmarkClass(), Map.of()));
    }

    /** The parameters a workload's benchmark declares, in declaration order. */
    public static List<Param> params(Workload workload) {
        return PARAMS.get(workload);
    }

    /**
     * The case of a benchmark (named by class, {@code GitBenchmark}, or class and method) with these parameters. A
     * parameter they do not give has the default the benchmark class declares, as JMH would run it (a record written
     * before the benchmark had that parameter ran as its default does now).
     *
     * @throws IllegalArgumentException for an unknown benchmark or a value that does not parse
     */
    public static Case parse(String benchmark, Map<String, String> params) {
        Workload workload = Workload.of(benchmark).orElseThrow(() -> new IllegalArgumentException(
                "unknown benchmark '" + benchmark + "'"));
        Values values = new Values(workload, BenchmarkCatalog.complete(workload.benchmarkClass(), params));
        StrategyChoice strategy = new StrategyChoice(values.constant(Param.STRATEGY, Strategy.class),
                values.integer(Param.LIMIT), values.constant(Param.EXECUTOR, ExecutorKind.class));
        return switch (workload) {
            case SIMULATED_IO -> new SimulatedIoCase(strategy, values.integer(Param.N), values.number(Param.LATENCY_MS),
                    values.constant(Param.DISTRIBUTION, LatencyDistribution.class),
                    values.constant(Param.FAULT, Fault.class), values.number(Param.FAILURE_RATE),
                    values.constant(Param.POLICY, FailurePolicy.class), values.whole(Param.DEADLINE_MS),
                    values.whole(Param.SEED));
            case OVERHEAD -> new OverheadCase(strategy, values.constant(Param.IMPLEMENTATION, Implementation.class),
                    values.integer(Param.N), values.number(Param.LATENCY_MS));
            case GIT -> new GitCase(strategy, values.integer(Param.REPOS), values.constant(Param.OPERATION,
                    Operation.class), values.constant(Param.LAYOUT, Layout.class),
                    values.constant(Param.LAUNCH_MECHANISM, LaunchMechanism.class),
                    values.constant(Param.SOURCE, Source.class), values.constant(Param.RUNNER, Runner.class));
            case LESSON -> new LessonCase(strategy, values.constant(Param.LESSON, Lesson.class),
                    values.integer(Param.N), values.number(Param.LATENCY_MS),
                    values.constant(Param.DISTRIBUTION, LatencyDistribution.class), values.whole(Param.SEED),
                    values.integer(Param.HEDGES), values.number(Param.FAILURE_RATE), values.number(Param.CPU_MS),
                    values.integer(Param.CPU_TASKS));
        };
    }

    /** The case's parameters, by name, sorted. */
    static Map<String, String> params(Case c) {
        Map<String, String> params = new TreeMap<>();
        values(c).forEach((param, value) -> params.put(param.jmhName(), value));
        return params;
    }

    /** The case's parameters other than those its label states, in declaration order. */
    static List<Case.Setting> settings(Case c) {
        List<Case.Setting> settings = new ArrayList<>();
        values(c).forEach((param, value) -> {
            if (!IN_LABEL.contains(param)) {
                settings.add(new Case.Setting(param, value));
            }
        });
        return settings;
    }

    /** Every parameter of the case with its value as text, in the benchmark's declaration order. */
    private static Map<Param, String> values(Case c) {
        Map<Param, Object> typed = new LinkedHashMap<>();
        StrategyChoice strategy = c.strategy();
        typed.put(Param.STRATEGY, strategy.strategy());
        typed.put(Param.LIMIT, strategy.limit());
        typed.put(Param.EXECUTOR, strategy.executor());
        if (c instanceof SimulatedIoCase s) {
            typed.put(Param.N, s.n());
            typed.put(Param.LATENCY_MS, s.latencyMs());
            typed.put(Param.DISTRIBUTION, s.distribution());
            typed.put(Param.FAULT, s.fault());
            typed.put(Param.FAILURE_RATE, s.failureRate());
            typed.put(Param.POLICY, s.policy());
            typed.put(Param.DEADLINE_MS, s.deadlineMs());
            typed.put(Param.SEED, s.seed());
        } else if (c instanceof OverheadCase o) {
            typed.put(Param.IMPLEMENTATION, o.implementation());
            typed.put(Param.N, o.n());
            typed.put(Param.LATENCY_MS, o.latencyMs());
        } else if (c instanceof GitCase g) {
            typed.put(Param.REPOS, g.repos());
            typed.put(Param.OPERATION, g.operation());
            typed.put(Param.LAYOUT, g.layout());
            typed.put(Param.LAUNCH_MECHANISM, g.launchMechanism());
            typed.put(Param.SOURCE, g.source());
            typed.put(Param.RUNNER, g.runner());
        } else if (c instanceof LessonCase l) {
            typed.put(Param.LESSON, l.lesson());
            typed.put(Param.N, l.n());
            typed.put(Param.LATENCY_MS, l.latencyMs());
            typed.put(Param.DISTRIBUTION, l.distribution());
            typed.put(Param.SEED, l.seed());
            typed.put(Param.HEDGES, l.hedges());
            typed.put(Param.FAILURE_RATE, l.failureRate());
            typed.put(Param.CPU_MS, l.cpuMs());
            typed.put(Param.CPU_TASKS, l.cpuTasks());
        }
        Map<Param, String> values = new LinkedHashMap<>();
        for (Param param : params(c.workload())) {
            values.put(param, text(typed.get(param)));
        }
        return values;
    }

    /** A value as a parameter spells it: enum constants by name, whole numbers without ".0". */
    private static String text(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    /** The parameters of one benchmark, read by name with the name in every error. */
    private record Values(Workload workload, Map<String, String> params) {

        private String text(Param param) {
            String value = params.get(param.jmhName());
            if (value == null) {
                throw new IllegalArgumentException(workload.benchmarkClass() + " has no parameter " + param.jmhName());
            }
            return value;
        }

        <E extends Enum<E>> E constant(Param param, Class<E> type) {
            String value = text(param);
            try {
                return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(param.jmhName() + " '" + value + "' is not a "
                        + type.getSimpleName());
            }
        }

        int integer(Param param) {
            long value = whole(param);
            if (value != (int) value) {
                throw new IllegalArgumentException(param.jmhName() + " " + value + " is too large");
            }
            return (int) value;
        }

        long whole(Param param) {
            String value = text(param);
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(param.jmhName() + " '" + value + "' is not a whole number");
            }
        }

        double number(Param param) {
            String value = text(param);
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(param.jmhName() + " '" + value + "' is not a number");
            }
        }
    }
}
