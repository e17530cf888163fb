package fanout.harness.run;

import fanout.harness.UsageException;
import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.Cases;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.LessonCase;
import fanout.harness.analysis.cases.OverheadCase;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.analysis.cases.StrategyChoice;
import fanout.harness.analysis.cases.Workload;
import fanout.jmh.GitBenchmark.LaunchMechanism;
import fanout.jmh.GitBenchmark.Runner;
import fanout.jmh.LessonBenchmark.Lesson;
import fanout.strategy.ExecutorKind;
import fanout.strategy.FailurePolicy;
import fanout.strategy.Strategy;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The named sets of benchmark cases. Defaults flow one way: the benchmark class's {@code @Param} defaults (every
 * case starts from them), then the profile's sweeps, then the command line's overrides.
 */
public enum Profile {
    /**
     * What {@code mvn verify} runs: a functional check of every strategy on simulated I/O (10 ms calls, N = 10, 100,
     * 1000), the bounded ones at three limits, each strategy's overhead over its bare primitive (paired, four forks;
     * chart 8's three strategies also at N = 10 000), every strategy on real git (status of 10 and 50 repositories; the
     * runner against a bare call, VFORK and the report pipeline for two strategies), every lesson once (11 cases),
     * chart 4's SEMAPHORE and BATCHED under four non-fixed distributions (8) and chart 5's failure policies and
     * deadlines on SEMAPHORE (8): 93 cases. Three forks a case of one warm-up and one measured iteration (the fork is
     * the sample): enough for a verdict on a large change (a JVM whose default async executor runs tasks one at a
     * time), not for a small one. Two forks would give an interval, but one whose Welch t quantile, on about one degree
     * of freedom and corrected for some 70 comparisons, runs into the hundreds. The lessons and charts 4 and 5 run in
     * two forks of one warm-up and one 200 ms iteration: a functional check, whose intervals say when they are too
     * wide. The SEQUENTIAL baseline stops at N = 100. A fresh clone's {@code mvn verify} took 5:45 on 2 cores (the
     * harness about 4:55). Four forks of paired overhead, after two warm-ups (one left the JIT cold), do not resolve
     * ±5% for every strategy: the table says "not resolved" there.
     */
    SMOKE(new Iterations(3, 1, Duration.ofMillis(250), 1, Duration.ofMillis(250)),
            new Iterations(3, 1, Duration.ofMillis(250), 1, Duration.ofMillis(250)),
            List.of(10, 100, 1000), List.of(16, 64, 256),
            new OverheadSweep(new Iterations(4, 2, Duration.ofMillis(250), 2, Duration.ofMillis(250)), List.of(1000),
                    List.of(1000, 10_000)),
            List.of(ExecutorKind.DEFAULT_ASYNC, ExecutorKind.VIRTUAL), false, 2_000, 100,
            List.of(10, 50), List.of(LaunchMechanism.VFORK), List.of(Strategy.SEQUENTIAL, Strategy.SEMAPHORE)),
    /**
     * For comparing runs, e.g. a build against a committed baseline in CI, and what {@code fanout calibrate} measures
     * by default: every strategy on simulated I/O at N = 100 and 1000, each strategy's overhead, and git status of 50
     * repositories, and every lesson once with VIRTUAL_SCOPE, in five forks a case, so that a verdict rests on the
     * run-to-run spread of the forks. No sweeps for charts. About five minutes on 2 cores with 34 cases (with 40,
     * before the overhead sides were paired: 5:58); 44 with the ten lessons, which took 1:23 of it (measured twice).
     */
    CI(new Iterations(5, 1, Duration.ofMillis(300), 3, Duration.ofMillis(300)),
            new Iterations(5, 1, Duration.ofMillis(300), 3, Duration.ofMillis(300)),
            List.of(100, 1000), List.of(),
            new OverheadSweep(new Iterations(5, 2, Duration.ofMillis(300), 3, Duration.ofMillis(300)), List.of(1000),
                    List.of()),
            List.of(ExecutorKind.DEFAULT_ASYNC, ExecutorKind.VIRTUAL), false, 2_000, 100,
            List.of(50), List.of(), List.of()),
    /**
     * Publication quality: five forks, longer iterations, N up to 10 000, limits from 4 to 1024, every latency
     * distribution and failure policy, all four ALL_OF executors; git over 10, 50 and 200 repositories with three
     * launch mechanisms and the runner against a bare call for every strategy; the overhead of every strategy in ten
     * paired forks, and chart 8's sweep to N = 1 000 000 (the 17 overhead cases: 12 min measured); chart 5 with
     * FIRST_ERROR_NO_CANCEL and a deadline for every concurrent strategy; the lessons for five strategies in ten
     * paired forks. 280 cases (189 before issue 11; 279 on a 64-core machine, where CPU_BOUND's FIXED_POOL at k =
     * cores is the k = 64 case). 38 of the added cases (the lessons with VIRTUAL_SCOPE, chart 4's SEMAPHORE and BATCHED,
     * chart 5 for VIRTUAL_SCOPE and SEMAPHORE) took 18:46, about 30 s a case, so the 91 added cases come to some 45
     * minutes more: two to three hours on 2 cores.
     */
    FULL(new Iterations(5, 2, Duration.ofSeconds(1), 3, Duration.ofSeconds(1)),
            new Iterations(5, 2, Duration.ofSeconds(1), 3, Duration.ofSeconds(1)),
            List.of(10, 100, 1000, 10000), List.of(4, 16, 64, 256, 1024),
            new OverheadSweep(new Iterations(10, 2, Duration.ofMillis(500), 3, Duration.ofMillis(500)), List.of(1000),
                    List.of(1000, 10_000, 100_000, 1_000_000)),
            Arrays.asList(ExecutorKind.values()), true, 30_000, 1000,
            List.of(10, 50, 200), List.of(LaunchMechanism.VFORK, LaunchMechanism.POSIX_SPAWN),
            Arrays.asList(Strategy.values()));

    /** The N at which the bounded strategies' k sweep (chart 3) runs, when the profile's N sweep has it. */
    static final int BOUNDED_N = 1000;
    /**
     * A fan-out at least this long is not warmed up and measured three times only: each iteration is one
     * fan-out of many tasks, and the JIT is warm after the first of them.
     */
    private static final double LONG_FAN_OUT_MILLIS = 2_000;

    private final Iterations makespan;
    /** Short iterations: git (whose score is what one fork sees, not a model's). */
    private final Iterations overhead;
    private final List<Integer> sweepN;
    private final List<Integer> limits;
    private final OverheadSweep overheadSweep;
    private final List<ExecutorKind> allOfExecutors;
    private final boolean distributionsAndFailures;
    private final double maxFanOutMillis;
    /** The SEQUENTIAL baseline is run up to this N whatever it takes: chart 2 divides by it. */
    private final int baselineN;
    private final List<Integer> gitRepos;
    private final List<LaunchMechanism> launchMechanisms;
    /** The strategies the git variants (launch mechanisms, the report pipeline) run with. */
    private final List<Strategy> gitVariantStrategies;

    Profile(Iterations makespan, Iterations overhead, List<Integer> sweepN, List<Integer> limits,
            OverheadSweep overheadSweep, List<ExecutorKind> allOfExecutors, boolean distributionsAndFailures,
            double maxFanOutMillis, int baselineN, List<Integer> gitRepos, List<LaunchMechanism> launchMechanisms,
            List<Strategy> gitVariantStrategies) {
        this.makespan = makespan;
        this.overhead = overhead;
        this.sweepN = sweepN;
        this.limits = limits;
        this.overheadSweep = overheadSweep;
        this.allOfExecutors = allOfExecutors;
        this.distributionsAndFailures = distributionsAndFailures;
        this.maxFanOutMillis = maxFanOutMillis;
        this.baselineN = baselineN;
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
        throw new UsageException("unknown profile '" + name + "' (expected one of smoke, ci, full)");
    }

    private static <C extends Case> C defaults(Workload workload, Class<C> type) {
        return type.cast(Cases.defaults(workload));
    }

    /** Every case of this profile, in the order they run. */
    public List<BenchmarkCase> cases() {
        SimulatedIoCase simulated = defaults(Workload.SIMULATED_IO, SimulatedIoCase.class);
        LinkedHashSet<BenchmarkCase> cases = new LinkedHashSet<>();
        // Chart 1 and 2: makespan vs N for every strategy, at the default latency and k.
        for (StrategyChoice strategy : strategies(simulated.strategy())) {
            for (int n : sweepN) {
                cases.add(new BenchmarkCase(simulated.withStrategy(strategy).withN(n), makespan));
            }
        }
        // Chart 3: makespan vs k for the bounded strategies, at the largest N every strategy reaches in the sweep.
        int boundedN = sweepN.contains(BOUNDED_N) ? BOUNDED_N : sweepN.get(sweepN.size() - 1);
        for (Strategy strategy : Strategy.values()) {
            if (strategy.bounded()) {
                for (int k : limits) {
                    cases.add(new BenchmarkCase(simulated.withStrategy(new StrategyChoice(strategy, k,
                            simulated.strategy().executor())).withN(boundedN), makespan));
                }
            }
        }
        if (distributionsAndFailures) {
            addDistributionsAndFailures(cases, simulated);
        }
        if (!distributionsAndFailures) {
            addTailsAndFailures(cases, simulated);
        }
        addLessons(cases);
        addGit(cases);
        // Each strategy's overhead over its bare primitive (calls that return at once), both timed in the same forks;
        // then chart 8's strategies as N grows.
        OverheadCase overheadCase = defaults(Workload.OVERHEAD, OverheadCase.class);
        for (int n : overheadSweep.n()) {
            for (Strategy strategy : Strategy.values()) {
                cases.add(overheadCase(overheadCase, strategy, n));
            }
        }
        for (Strategy strategy : OverheadSweep.CHART_STRATEGIES) {
            for (int n : overheadSweep.chartN()) {
                cases.add(overheadCase(overheadCase, strategy, n));
            }
        }
        return List.copyOf(cases);
    }

    private BenchmarkCase overheadCase(OverheadCase defaults, Strategy strategy, int n) {
        return new BenchmarkCase(defaults.withStrategy(new StrategyChoice(strategy, defaults.strategy().limit(),
                defaults.strategy().executor())).withN(n), overheadSweep.iterations());
    }

    /**
     * The overhead benchmark's cases: every strategy at each of {@code n}, and {@link #CHART_STRATEGIES} at each of
     * {@code chartN} (chart 8: the cost per task as N grows), in many short forks, since the ratio's interval is over
     * the forks.
     *
     * @param iterations forks and iterations of every overhead case, and of the git runner's paired cases
     * @param n the N at which every strategy is measured against its bare primitive
     * @param chartN the N of chart 8's sweep
     */
    record OverheadSweep(Iterations iterations, List<Integer> n, List<Integer> chartN) {
        /** The strategies chart 8 follows to large N (SPEC §11: N = 1 000 000 completes for these three). */
        static final List<Strategy> CHART_STRATEGIES = List.of(Strategy.VIRTUAL_SCOPE, Strategy.SEMAPHORE,
                Strategy.BATCHED);
    }

    private void addDistributionsAndFailures(LinkedHashSet<BenchmarkCase> cases, SimulatedIoCase simulated) {
        SimulatedIoCase atThousand = simulated.withN(BOUNDED_N);
        for (LatencyDistribution distribution : List.of(LatencyDistribution.UNIFORM, LatencyDistribution.EXPONENTIAL,
                LatencyDistribution.LOG_NORMAL, LatencyDistribution.PARETO)) {
            for (Strategy strategy : List.of(Strategy.VIRTUAL_SCOPE, Strategy.SEMAPHORE, Strategy.BATCHED,
                    Strategy.FIXED_POOL)) {
                cases.add(new BenchmarkCase(atThousand.withStrategy(new StrategyChoice(strategy,
                        simulated.strategy().limit(), simulated.strategy().executor()))
                        .withDistribution(distribution), makespan));
            }
        }
        for (StrategyChoice strategy : strategies(simulated.strategy())) {
            if (strategy.strategy() == Strategy.SEQUENTIAL) {
                continue;
            }
            for (Fault fault : List.of(Fault.FAIL_FIRST, Fault.FAIL_LAST)) {
                for (FailurePolicy policy : FailurePolicy.values()) {
                    cases.add(new BenchmarkCase(atThousand.withStrategy(strategy).withFault(fault, policy),
                            makespan));
                }
            }
            addDeadlines(cases, atThousand.withStrategy(strategy), makespan);
        }
    }

    /** Light iterations for smoke's lesson, chart 4 and chart 5 cases: two forks of one warm-up and one 200 ms. */
    private static final Iterations LIGHT = new Iterations(2, 1, Duration.ofMillis(200), 1, Duration.ofMillis(200));

    /**
     * Smoke's chart 4 and 5 cases (full has them in {@link #addDistributionsAndFailures}): SEMAPHORE and BATCHED under
     * each non-fixed distribution at N = 1000 (FIXED is chart 3's k sweep), and SEMAPHORE with a failure first and
     * last under COLLECT, FAIL_FAST and FIRST_ERROR_NO_CANCEL, plus a hang first and last under COLLECT with a deadline
     * of twice the latency (the full profile has every concurrent strategy). Only the smoke profile adds them; CI has no charts.
     */
    private void addTailsAndFailures(LinkedHashSet<BenchmarkCase> cases, SimulatedIoCase simulated) {
        if (this != SMOKE) {
            return;
        }
        SimulatedIoCase atThousand = simulated.withN(BOUNDED_N);
        for (LatencyDistribution distribution : List.of(LatencyDistribution.UNIFORM, LatencyDistribution.EXPONENTIAL,
                LatencyDistribution.LOG_NORMAL, LatencyDistribution.PARETO)) {
            for (Strategy strategy : List.of(Strategy.SEMAPHORE, Strategy.BATCHED)) {
                cases.add(new BenchmarkCase(atThousand.withStrategy(choice(simulated, strategy))
                        .withDistribution(distribution), LIGHT));
            }
        }
        // SEMAPHORE(k=64), where a fail-fast cancellation has rounds of tasks to spare
        SimulatedIoCase semaphore = atThousand.withStrategy(choice(simulated, Strategy.SEMAPHORE));
        for (Fault fault : List.of(Fault.FAIL_FIRST, Fault.FAIL_LAST)) {
            for (FailurePolicy policy : FailurePolicy.values()) {
                cases.add(new BenchmarkCase(semaphore.withFault(fault, policy), LIGHT));
            }
        }
        addDeadlines(cases, semaphore, LIGHT);
    }

    /** A hang first and a hang last under COLLECT with a deadline of twice the latency. */
    private static void addDeadlines(LinkedHashSet<BenchmarkCase> cases, SimulatedIoCase c, Iterations iterations) {
        for (Fault fault : List.of(Fault.HANG_FIRST, Fault.HANG_LAST)) {
            cases.add(new BenchmarkCase(c.withFault(fault, FailurePolicy.COLLECT)
                    .withDeadlineMs(Math.round(2 * c.latencyMs())), iterations));
        }
    }

    private static StrategyChoice choice(SimulatedIoCase simulated, Strategy strategy) {
        return new StrategyChoice(strategy, simulated.strategy().limit(), simulated.strategy().executor());
    }

    /**
     * The seeds' lessons ({@code LessonBenchmark}), each with the settings that show it: HEDGING under PARETO,
     * COMPLETION_ORDER under EXPONENTIAL, CPU_BOUND with 20 tasks of 5 ms. Smoke: every lesson once with VIRTUAL_SCOPE,
     * and CPU_NEIGHBOURS also on platform threads (ALL_OF(CACHED)), in
     * {@link #LIGHT} iterations. CI: every lesson once with VIRTUAL_SCOPE. Full: every lesson with VIRTUAL_SCOPE,
     * SEMAPHORE, FIXED_POOL, ALL_OF(VIRTUAL) and STRUCTURED_SCOPE (PINNING not with FIXED_POOL, whose platform threads
     * cannot pin), CPU_BOUND also FIXED_POOL at k = the cores, CPU_NEIGHBOURS also ALL_OF(CACHED), in the overhead
     * sweep's paired iterations (ten forks).
     */
    private void addLessons(LinkedHashSet<BenchmarkCase> cases) {
        LessonCase lesson = defaults(Workload.LESSON, LessonCase.class);
        StrategyChoice virtual = lesson.strategy();
        StrategyChoice cached = new StrategyChoice(Strategy.ALL_OF, virtual.limit(), ExecutorKind.CACHED);
        List<StrategyChoice> strategies = this == FULL ? List.of(virtual,
                new StrategyChoice(Strategy.SEMAPHORE, virtual.limit(), virtual.executor()),
                new StrategyChoice(Strategy.FIXED_POOL, virtual.limit(), virtual.executor()),
                new StrategyChoice(Strategy.ALL_OF, virtual.limit(), ExecutorKind.VIRTUAL),
                new StrategyChoice(Strategy.STRUCTURED_SCOPE, virtual.limit(), virtual.executor()))
                : List.of(virtual);
        Iterations iterations = this == SMOKE ? LIGHT : this == CI ? makespan : overheadSweep.iterations();
        for (Lesson each : Lesson.values()) {
            LessonCase c = lesson.withLesson(each);
            c = switch (each) {
                // a heavy tail is where a hedge pays
                case HEDGING -> c.withDistribution(LatencyDistribution.PARETO);
                // with fixed latencies every outcome arrives at once: spread them
                case COMPLETION_ORDER -> c.withDistribution(LatencyDistribution.EXPONENTIAL);
                // 20 tasks of 5 ms: 100 ms one after another, a short invocation yet many ticks of CPU time
                case CPU_BOUND -> c.withN(20).withCpuMs(5);
                default -> c;
            };
            for (StrategyChoice strategy : strategies) {
                if (each == Lesson.PINNING && strategy.strategy() == Strategy.FIXED_POOL) {
                    continue;
                }
                cases.add(new BenchmarkCase(c.withStrategy(strategy), iterations));
            }
            if (each == Lesson.CPU_NEIGHBOURS && this != CI) {
                cases.add(new BenchmarkCase(c.withStrategy(cached), iterations));
            }
            if (each == Lesson.CPU_BOUND && this == FULL) {
                cases.add(new BenchmarkCase(c.withStrategy(new StrategyChoice(Strategy.FIXED_POOL,
                        Runtime.getRuntime().availableProcessors(), virtual.executor())), iterations));
            }
        }
    }

    /**
     * Real git: {@code git status -s} in each of the fixture's repositories for every strategy and repository
     * count (chart 6); the largest count again with the suite's runner and a bare ProcessBuilder call taking turns,
     * and with each other subprocess launch mechanism; and the status report pipeline over linked worktrees.
     */
    private void addGit(LinkedHashSet<BenchmarkCase> cases) {
        GitCase git = defaults(Workload.GIT, GitCase.class);
        int largest = gitRepos.get(gitRepos.size() - 1);
        for (Strategy strategy : Strategy.values()) {
            for (int repos : gitRepos) {
                cases.add(new BenchmarkCase(gitCase(git, strategy).withRepos(repos), overhead));
            }
        }
        for (Strategy strategy : gitVariantStrategies) {
            // The suite's runner and a bare ProcessBuilder call, taking turns in the same forks (SPEC §11: ≤ 1.05×).
            cases.add(new BenchmarkCase(gitCase(git, strategy).withRepos(largest).withRunner(Runner.PAIRED),
                    overheadSweep.iterations()));
            for (LaunchMechanism mechanism : launchMechanisms) {
                cases.add(new BenchmarkCase(gitCase(git, strategy).withRepos(largest).withLaunchMechanism(mechanism),
                        overhead));
            }
            cases.add(new BenchmarkCase(gitCase(git, strategy).report(gitRepos.get(0)), overhead));
        }
    }

    /** Every strategy for git at the benchmark's default k (a few git processes per core) and executor. */
    private static GitCase gitCase(GitCase git, Strategy strategy) {
        return git.withStrategy(new StrategyChoice(strategy, git.strategy().limit(), git.strategy().executor()));
    }

    /** Every strategy, with every ALL_OF executor of this profile, at the limit of {@code defaults}. */
    private List<StrategyChoice> strategies(StrategyChoice defaults) {
        List<StrategyChoice> strategies = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            if (strategy == Strategy.ALL_OF) {
                for (ExecutorKind executor : allOfExecutors) {
                    strategies.add(new StrategyChoice(strategy, defaults.limit(), executor));
                }
            } else {
                strategies.add(new StrategyChoice(strategy, defaults.limit(), defaults.executor()));
            }
        }
        return strategies;
    }

    /**
     * Why a case whose one fan-out is expected to take {@code idealMillis} is too long for this profile, or
     * null if it is not. The SEQUENTIAL baseline is kept up to the profile's baseline N.
     */
    String tooLong(BenchmarkCase benchmarkCase, double idealMillis) {
        boolean baseline = benchmarkCase.benchmarkCase() instanceof SimulatedIoCase simulated
                && simulated.strategy().strategy() == Strategy.SEQUENTIAL && simulated.n() <= baselineN;
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
