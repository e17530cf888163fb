package fanout.harness.run;

import fanout.strategy.ExecutorKind;
import fanout.strategy.Strategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The named sets of benchmark cases. Defaults flow one way: the benchmark class's {@code @Param} defaults,
 * then the profile's sweeps, then the command line's overrides.
 */
public enum Profile {
    /**
     * What {@code mvn verify} runs: every strategy on simulated I/O (10 ms calls, N = 10, 100, 1000), the
     * bounded ones at three limits, each strategy's overhead over its bare primitive, and every strategy on
     * real git (status of 10 and 50 repositories; VFORK and the report pipeline for two strategies). A few
     * minutes on 2 cores; error bars are wide, ratios within the run are what it is good for.
     */
    SMOKE(new Iterations(1, 3, Duration.ofMillis(400), 4, Duration.ofMillis(400)),
            new Iterations(1, 3, Duration.ofMillis(300), 4, Duration.ofMillis(300)),
            List.of("10", "100", "1000"), List.of("16", "64", "256"), List.of("1000"),
            List.of(ExecutorKind.DEFAULT_ASYNC, ExecutorKind.VIRTUAL), false, 2_000,
            List.of("10", "50"), List.of("VFORK"), List.of("SEQUENTIAL", "SEMAPHORE")),
    /**
     * Publication quality: two forks, longer iterations, N up to 10 000, limits from 4 to 1024, every
     * latency distribution and failure policy, all four ALL_OF executors; git over 10, 50 and 200
     * repositories with three launch mechanisms. About an hour on 2 cores.
     */
    FULL(new Iterations(2, 3, Duration.ofSeconds(1), 5, Duration.ofSeconds(1)),
            new Iterations(2, 3, Duration.ofSeconds(1), 5, Duration.ofSeconds(1)),
            List.of("10", "100", "1000", "10000"), List.of("4", "16", "64", "256", "1024"), List.of("100", "1000", "10000"),
            Arrays.asList(ExecutorKind.values()), true, 30_000,
            List.of("10", "50", "200"), List.of("VFORK", "POSIX_SPAWN"), null);

    /** The limit k of the N sweep (chart 1) and the latency of every simulated case. */
    static final String SWEEP_LIMIT = "64";
    static final String LATENCY_MS = "10";
    /** The limit k of the git cases. */
    static final String GIT_LIMIT = "8";
    /** The SEQUENTIAL baseline is run up to this N whatever it takes: chart 2 divides by it. */
    static final int BASELINE_N = 1000;
    /**
     * A fan-out at least this long is not warmed up and measured three times only: each iteration is one
     * fan-out of many tasks, and the JIT is warm after the first of them.
     */
    private static final double LONG_FAN_OUT_MILLIS = 2_000;

    private final Iterations makespan;
    /** Short iterations: the overhead benchmark and git (whose score is what one fork sees, not a model's). */
    private final Iterations overhead;
    private final List<String> sweepN;
    private final List<String> limits;
    private final List<String> overheadN;
    private final List<ExecutorKind> allOfExecutors;
    private final boolean distributionsAndFailures;
    private final double maxFanOutMillis;
    private final List<String> gitRepos;
    private final List<String> launchMechanisms;
    /** The strategies the git variants (launch mechanisms, the report pipeline) run with; null: all. */
    private final List<String> gitVariantStrategies;

    Profile(Iterations makespan, Iterations overhead, List<String> sweepN, List<String> limits, List<String> overheadN,
            List<ExecutorKind> allOfExecutors, boolean distributionsAndFailures, double maxFanOutMillis,
            List<String> gitRepos, List<String> launchMechanisms, List<String> gitVariantStrategies) {
        this.makespan = makespan;
        this.overhead = overhead;
        this.sweepN = sweepN;
        this.limits = limits;
        this.overheadN = overheadN;
        this.allOfExecutors = allOfExecutors;
        this.distributionsAndFailures = distributionsAndFailures;
        this.maxFanOutMillis = maxFanOutMillis;
        this.gitRepos = gitRepos;
        this.launchMechanisms = launchMechanisms;
        this.gitVariantStrategies = gitVariantStrategies;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Profile parse(String name) {
        for (Profile profile : values()) {
            if (profile.id().equalsIgnoreCase(name)) {
                return profile;
            }
        }
        throw new UsageException("unknown profile '" + name + "' (expected one of smoke, full)");
    }

    /** Every case of this profile, in the order they run. */
    public List<BenchmarkCase> cases() {
        LinkedHashSet<BenchmarkCase> cases = new LinkedHashSet<>();
        // Chart 1 and 2: makespan vs N for every strategy.
        for (Map<String, String> strategy : strategies(SWEEP_LIMIT)) {
            for (String n : sweepN) {
                cases.add(simulated(strategy, Map.of("n", n)));
            }
        }
        // Chart 3: makespan vs k for the bounded strategies, at the largest N every strategy reaches in the sweep.
        String boundedN = sweepN.contains("1000") ? "1000" : sweepN.get(sweepN.size() - 1);
        for (Strategy strategy : Strategy.values()) {
            if (strategy.bounded()) {
                for (String k : limits) {
                    cases.add(simulated(Map.of("strategy", strategy.name(), "limit", k), Map.of("n", boundedN)));
                }
            }
        }
        if (distributionsAndFailures) {
            addDistributionsAndFailures(cases);
        }
        addGit(cases);
        // Each strategy's overhead over its bare primitive (calls that return at once).
        for (String n : overheadN) {
            for (Strategy strategy : Strategy.values()) {
                for (String implementation : List.of("STRATEGY", "BARE")) {
                    cases.add(new BenchmarkCase("StrategyOverheadBenchmark", Map.of("strategy", strategy.name(),
                            "implementation", implementation, "n", n, "limit", SWEEP_LIMIT, "executor", "VIRTUAL"),
                            overhead));
                }
            }
        }
        return List.copyOf(cases);
    }

    private void addDistributionsAndFailures(LinkedHashSet<BenchmarkCase> cases) {
        for (String distribution : List.of("UNIFORM", "EXPONENTIAL", "LOG_NORMAL", "PARETO")) {
            for (String strategy : List.of("VIRTUAL_SCOPE", "SEMAPHORE", "BATCHED", "FIXED_POOL")) {
                cases.add(simulated(Map.of("strategy", strategy, "limit", SWEEP_LIMIT),
                        Map.of("n", "1000", "distribution", distribution)));
            }
        }
        for (Map<String, String> strategy : strategies(SWEEP_LIMIT)) {
            for (String fault : List.of("FAIL_FIRST", "FAIL_LAST")) {
                for (String policy : List.of("COLLECT", "FAIL_FAST")) {
                    if (!strategy.get("strategy").equals("SEQUENTIAL")) {
                        cases.add(simulated(strategy, Map.of("n", "1000", "fault", fault, "policy", policy)));
                    }
                }
            }
        }
    }

    /**
     * Real git: {@code git status -s} in each of the fixture's repositories for every strategy and repository
     * count (chart 6); the largest count again with each other subprocess launch mechanism; and the status
     * report pipeline over linked worktrees.
     */
    private void addGit(LinkedHashSet<BenchmarkCase> cases) {
        String largest = gitRepos.get(gitRepos.size() - 1);
        for (Map<String, String> strategy : gitStrategies()) {
            for (String repos : gitRepos) {
                cases.add(git(strategy, Map.of("repos", repos)));
            }
        }
        for (Map<String, String> strategy : gitStrategies()) {
            if (gitVariantStrategies == null || gitVariantStrategies.contains(strategy.get("strategy"))) {
                for (String mechanism : launchMechanisms) {
                    cases.add(git(strategy, Map.of("repos", largest, "launchMechanism", mechanism)));
                }
                cases.add(git(strategy, Map.of("repos", gitRepos.get(0), "operation", "REPORT", "layout",
                        "WORKTREES")));
            }
        }
    }

    /** Every strategy for git, bounded ones at k = 8 (a few git processes per core); ALL_OF on virtual threads. */
    private static List<Map<String, String>> gitStrategies() {
        List<Map<String, String>> strategies = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            strategies.add(Map.of("strategy", strategy.name(), "limit", GIT_LIMIT, "executor", "VIRTUAL"));
        }
        return strategies;
    }

    private BenchmarkCase git(Map<String, String> strategy, Map<String, String> more) {
        Map<String, String> params = new LinkedHashMap<>(strategy);
        params.putAll(more);
        return new BenchmarkCase("GitBenchmark", params, overhead);
    }

    /** Every strategy, with every ALL_OF executor of this profile, as parameter maps. */
    private List<Map<String, String>> strategies(String limit) {
        List<Map<String, String>> strategies = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            if (strategy == Strategy.ALL_OF) {
                for (ExecutorKind executor : allOfExecutors) {
                    strategies.add(Map.of("strategy", strategy.name(), "executor", executor.name(), "limit", limit));
                }
            } else {
                strategies.add(Map.of("strategy", strategy.name(), "limit", limit));
            }
        }
        return strategies;
    }

    private BenchmarkCase simulated(Map<String, String> strategy, Map<String, String> more) {
        Map<String, String> params = new LinkedHashMap<>(strategy);
        params.put("latencyMs", LATENCY_MS);
        params.putAll(more);
        return new BenchmarkCase("SimulatedIoBenchmark", params, makespan);
    }

    /**
     * Why a case whose one fan-out is expected to take {@code idealMillis} is too long for this profile, or
     * null if it is not. The SEQUENTIAL baseline is kept up to N = 1000.
     */
    String tooLong(BenchmarkCase benchmarkCase, double idealMillis) {
        boolean baseline = benchmarkCase.benchmark().equals("SimulatedIoBenchmark")
                && "SEQUENTIAL".equals(benchmarkCase.params().get("strategy"))
                && Integer.parseInt(benchmarkCase.params().get("n")) <= BASELINE_N;
        if (idealMillis <= maxFanOutMillis || baseline) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "not run: one fan-out would take at least %.1f s, over the %s"
                + " profile's limit of %.1f s", idealMillis / 1000, id(), maxFanOutMillis / 1000);
    }

    /** The iterations of a case whose one fan-out is expected to take {@code idealMillis}. */
    Iterations iterationsFor(BenchmarkCase benchmarkCase, double idealMillis) {
        Iterations base = benchmarkCase.iterations();
        if (idealMillis < LONG_FAN_OUT_MILLIS) {
            return base;
        }
        return new Iterations(base.forks(), 0, base.warmupTime(), Math.min(3, base.measurementIterations()),
                base.measurementTime());
    }
}
