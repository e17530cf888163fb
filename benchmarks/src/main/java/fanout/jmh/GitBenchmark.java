package fanout.jmh;

import fanout.gitreport.StatusReport;
import fanout.strategy.ExecutorKind;
import fanout.strategy.FanOut;
import fanout.strategy.FanOutException;
import fanout.strategy.Outcome;
import fanout.strategy.Policy;
import fanout.strategy.Strategy;
import fanout.strategy.StrategyConfig;
import fanout.workload.git.CpuTime;
import fanout.workload.git.Git;
import fanout.workload.git.GitCalls;
import fanout.workload.git.GitException;
import fanout.workload.git.GitFixture;
import fanout.workload.git.GitOperation;
import fanout.workload.git.Worktree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * <b>The question.</b> I must run {@code git status -s} (or the seed's whole status report) over {@code repos}
 * repositories or worktrees; how long does one fan-out take under each strategy, and how close is it to the
 * CPU-bound limit of the machine? And, with {@code runner}: what does the suite's careful subprocess call
 * ({@link Git}: timeout, interruption, process-tree cleanup, drain threads) cost over the bare
 * {@link ProcessBuilder} loop body most code writes ({@link BareGitCall})? The strategy that runs the calls is the
 * same for both runners, so SUITE / BARE is the runner's own cost. With {@code runner=PAIRED} both run in the
 * same forks, taking turns fan-out by fan-out, each side's time and CPU counted on its own ({@link Sides}); the
 * harness divides them per fork and takes the interval over the forks, as for the strategy overhead.
 *
 * <p><b>The CPU-bound limit.</b> Unlike a sleep, a git call burns CPU: forking the JVM's child, exec, git
 * reading the index and stat-ing every file. Each fan-out also reports the secondary metric
 * {@code cpuMsPerOp} (ms/op): the CPU time of the whole process per fan-out, JVM threads plus every reaped git child
 * ({@code utime + stime + cutime + cstime} of {@code /proc/self/stat}, read before and after each
 * invocation). No strategy can finish a fan-out faster than its own {@code cpuMsPerOp / cores}. The harness takes
 * the least {@code cpuMsPerOp} of the strategies measured with the same repositories, operation, layout, launch
 * mechanism and JVM, divided by the cores, as the CPU-bound limit of them all (so a strategy that wastes CPU does not
 * raise its own limit), and divides each score by it. Where there is no {@code /proc}
 * (not Linux), {@code cpuMsPerOp} is NaN.
 *
 * <p><b>What could mislead.</b>
 * <ul>
 *   <li>The fixture's repositories are small (20 files) and, after the first iteration, in the page cache:
 *       this measures process start and git's fixed cost more than disk I/O. Point {@code source=USER} at real
 *       repositories for disk-bound numbers.</li>
 *   <li>How the JVM starts a process ({@code jdk.lang.Process.launchMechanism}: {@code POSIX_SPAWN},
 *       {@code VFORK} on JDK 17, {@code FORK}) moves the CPU cost of each call, and with it the limit; it must
 *       be set on the forked JVM, which {@code @Setup} checks.</li>
 *   <li>CPU time is counted in clock ticks (10 ms at 100 Hz) and includes the JIT and GC threads of the JVM;
 *       it is meaningful summed over an iteration, not per call. The two reads of {@code /proc/self/stat} per
 *       fan-out (some microseconds) are inside the measured time.</li>
 *   <li>Every git child is waited for by the JDK's reaper. With {@code runner=SUITE} its output is read by two
 *       pooled platform threads of {@link Git} while the strategy's thread waits; with {@code runner=BARE} the
 *       strategy's own thread reads it, blocked in a pipe read (a virtual thread then holds its carrier, and
 *       the scheduler adds a carrier to make up for it). Either way a strategy's own threads are only part of
 *       the threads involved, and the two runners load the scheduler differently.</li>
 *   <li>{@code runner=BARE} is a baseline, not a safe alternative: no timeout, no reaction to an interrupt
 *       until git exits, no cleanup of the process tree (see {@link BareGitCall}). A fail-fast or deadline
 *       policy, which cancels by interrupting, would not stop it; this benchmark runs {@code COLLECT} without
 *       a deadline, so it never asks to. It runs {@code operation=STATUS} only.</li>
 *   <li>The fixture is built once at trial setup in {@code java.io.tmpdir/fanout-bench-git-fixture-<repos>}
 *       and <b>never deleted by the benchmark</b>: later trials and runs reuse it (see {@link GitFixture}),
 *       so that building 200 repositories does not dominate a run. Delete the directory to reclaim the
 *       space.</li>
 * </ul>
 *
 * <p><b>How to run.</b> Through the harness, or directly:
 * {@code java -cp ... org.openjdk.jmh.Main GitBenchmark -p strategy=SEMAPHORE,VIRTUAL_SCOPE -p repos=200
 * -p limit=2,4,8}; for another launch mechanism add {@code -jvmArgsAppend
 * -Djdk.lang.Process.launchMechanism=FORK -p launchMechanism=FORK}; for your own repositories
 * {@code -p source=USER -jvmArgsAppend -Dfanout.git.repos=/path/to/list.txt} (one repository per line); for the
 * runner's cost {@code -p runner=PAIRED} (with {@code operation=STATUS}, the default) and divide
 * {@code fanOut:suiteNanos} by {@code fanOut:bareNanos} (and the CPU counters) per fork. Every call is validated
 * once in {@code @Setup}, outside the measurement: a path that is not a repository fails the trial with one line,
 * under any runner.
 *
 * <p><b>A result</b> (2026-11-21, Temurin 25, 2 cores of an AMD EPYC VM, a short direct run: 1 fork,
 * 2 + 3 iterations of 2 s, so the errors are wide; 200 fixture repositories, {@code git status -s}, default
 * launch mechanism; limit = the least cpuMsPerOp of the six, 635 ms, / 2 cores = 318 ms):
 * <pre>
 *                       score (ms)     cpuMsPerOp   score / limit
 *   SEQUENTIAL           637 ± 128      668 ±  92        2.01
 *   SEMAPHORE(k=2)       394 ± 418      734 ± 830        1.24
 *   SEMAPHORE(k=8)       356 ±  88      676 ± 262        1.12
 *   FIXED_POOL(k=2)      342 ± 388      636 ± 759        1.08
 *   FIXED_POOL(k=8)      346 ± 351      673 ± 687        1.09
 *   VIRTUAL_SCOPE        333 ± 121      635 ± 303        1.05
 * </pre>
 * A git status costs about 3 ms of CPU (JVM and child together), so on 2 cores any strategy with k ≥ 2 is
 * already near the CPU-bound limit: concurrency beyond the core count buys nothing here, as seed 001 warns.
 *
 * <p><b>The runner's cost</b> (2026-11-29, the full profile's paired cases: {@code runner=PAIRED}, 200 fixture
 * repositories, default launch mechanism, 10 forks × (2 + 3 iterations of 500 ms); SUITE / BARE with its 95%
 * interval over the forks, makespan then CPU): SEQUENTIAL 1.012 [1.003, 1.021] / 1.027 [1.013, 1.042];
 * VIRTUAL_SCOPE 1.029 [1.008, 1.050] / 1.021; ALL_OF(VIRTUAL) 1.027 / 1.020; STRUCTURED_SCOPE 1.020 / 1.020; but
 * the strategies bounded at k = 8 pay more: SEMAPHORE 1.083 [1.059, 1.107] / 1.060, BATCHED 1.056 / 1.044,
 * FIXED_POOL 1.047 / 1.053, BOUNDED_SCOPE 1.048 / 1.030. Drains on virtual threads instead of pooled platform
 * threads changed nothing measurable (SEMAPHORE 1.063 [1.048, 1.078] against 1.068 [1.047, 1.089] in the same
 * session), and standard error to a file instead of a drain was worse (1.110 [1.095, 1.125]).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class GitBenchmark {

    /** What one fan-out does. */
    public enum Operation {
        /** {@code git status -s} in each repository of the layout: one fan-out of {@code repos} calls. */
        STATUS,
        /**
         * The status report pipeline ({@link StatusReport}) over a repository with linked worktrees: one
         * {@code git worktree list}, a fan-out of status + branch + last commit per worktree, a fan-out of
         * {@code git diff} over the dirty ones. Needs {@code layout=WORKTREES}.
         */
        REPORT
    }

    /** Which directories the calls run in. */
    public enum Layout {
        /** Independent repositories, each with its own object store and index. */
        REPOSITORIES,
        /** Linked worktrees of one repository: one object store, an index per worktree. */
        WORKTREES
    }

    /** What runs each git call; the strategy that fans the calls out is the same for both. */
    public enum Runner {
        /**
         * The suite's {@link Git}, as {@link GitCalls#of} builds the calls: a timeout per command, the process
         * tree killed and awaited on a timeout or an interrupt, both pipes read by pooled drain threads while the
         * calling thread waits interruptibly.
         */
        SUITE,
        /**
         * {@link BareGitCall}: {@code ProcessBuilder.start()}, stdout then stderr read to the end on the calling
         * thread, {@code waitFor()}; no timeout, no drain threads, no tree cleanup. {@code operation=STATUS}
         * only.
         */
        BARE,
        /**
         * Both, taking turns in every invocation (the order swapped each time), each side's fan-out timed on its own
         * with its CPU time: what the ratio SUITE / BARE comes from, per fork, as in the overhead benchmark. The
         * counters {@link Sides} hold each side's sums. {@code operation=STATUS} only.
         */
        PAIRED
    }

    /** Where the repositories come from. */
    public enum Source {
        /** The deterministic {@link GitFixture} of {@code repos} repositories and worktrees. */
        FIXTURE,
        /**
         * The repositories listed in the file named by system property {@value #REPOS_PROPERTY}, one path per
         * line (UTF-8, spaces allowed, blank lines ignored, relative paths against the file's directory); the
         * first {@code repos} of them, or all if {@code repos} is 0. With {@code layout=WORKTREES} the
         * worktrees of the first listed repository are used instead.
         */
        USER;

        public static final String REPOS_PROPERTY = "fanout.git.repos";
    }

    /**
     * How the forked JVM starts a subprocess: the value of {@code -Djdk.lang.Process.launchMechanism} it was started
     * with. The JDK reads the property once, when the JVM starts, so the harness passes it as a JVM flag; the
     * parameter only records it and {@code @Setup} checks that the two agree.
     */
    public enum LaunchMechanism {
        /** The property is not set: the JDK's own default ({@code POSIX_SPAWN} on Linux). */
        DEFAULT,
        /** {@code vfork(2)}: the child borrows the parent's memory until it execs. */
        VFORK,
        /** {@code posix_spawn(3)} through the JDK's {@code jspawnhelper}. */
        POSIX_SPAWN,
        /** {@code fork(2)}: the child gets a copy-on-write copy of the whole JVM. */
        FORK;

        /** The value of {@code -Djdk.lang.Process.launchMechanism}, or null for {@link #DEFAULT}. */
        public String property() {
            return this == DEFAULT ? null : name();
        }
    }

    /** The strategy that runs the fan-out. */
    @Param("SEMAPHORE")
    public Strategy strategy;

    /** How many repositories (or worktrees); with {@code source=USER}, 0 means all listed. */
    @Param("50")
    public int repos;

    /** One status fan-out, or the whole report pipeline. */
    @Param("STATUS")
    public Operation operation;

    /** Independent repositories or linked worktrees. */
    @Param("REPOSITORIES")
    public Layout layout;

    /** The concurrency limit k of bounded strategies (and of ALL_OF's FIXED executor). */
    @Param("8")
    public int limit;

    /** The executor of ALL_OF (ignored by the others). */
    @Param("VIRTUAL")
    public ExecutorKind executor;

    /**
     * The value of {@code -Djdk.lang.Process.launchMechanism} the fork was started with ({@code DEFAULT}: not
     * set). Only recorded and checked: the harness passes the JVM flag.
     */
    @Param("DEFAULT")
    public LaunchMechanism launchMechanism;

    /** The fixture, or the user's repositories. */
    @Param("FIXTURE")
    public Source source;

    /** The suite's {@link Git} or the bare {@link ProcessBuilder} call, for each git call of the fan-out. */
    @Param("SUITE")
    public Runner runner;

    private static final boolean CPU_MEASURED = CpuTime.available();

    static final String LAUNCH_PROPERTY = "jdk.lang.Process.launchMechanism";

    private Git git;
    private FanOut fanOut;
    private List<Callable<String>> calls;
    /** The bare calls of {@link Runner#PAIRED}, beside the suite's in {@code calls}; null otherwise. */
    private List<Callable<String>> bareCalls;
    private Path mainRepository;

    @Setup(Level.Trial)
    public void setUp() throws GitException, InterruptedException {
        checkLaunchMechanism(launchMechanism, System.getProperty(LAUNCH_PROPERTY));
        checkOperation(operation, layout, runner);
        if (repos < 0 || (repos == 0 && source == Source.FIXTURE)) {
            throw new IllegalArgumentException("repos must be at least 1 (0 means all, with source=USER only), was "
                    + repos);
        }
        git = Git.onPath(Duration.ofMinutes(1));
        List<Path> targets;
        if (source == Source.FIXTURE) {
            Path scratch = Path.of(System.getProperty("java.io.tmpdir"), "fanout-bench-git-fixture-" + repos);
            GitFixture fixture = GitFixture.build(scratch, repos, git);
            mainRepository = fixture.mainRepository();
            targets = layout == Layout.REPOSITORIES ? fixture.repositories() : fixture.worktrees();
        } else {
            List<Path> listed = userRepositories(repos);
            mainRepository = listed.get(0);
            targets = layout == Layout.REPOSITORIES ? listed
                    : git.worktrees(mainRepository).stream().filter(w -> !w.bare()).map(Worktree::path).toList();
        }
        List<Callable<String>> suiteCalls = GitCalls.of(git, targets, GitOperation.STATUS);
        List<Callable<String>> bareCalls = targets.stream().<Callable<String>>map(BareGitCall::new).toList();
        calls = runner == Runner.BARE ? bareCalls : suiteCalls;
        this.bareCalls = runner == Runner.PAIRED ? bareCalls : null;
        fanOut = strategy.create(new StrategyConfig(limit, executor));
        validate();
    }

    /** Runs every call once, outside the measurement: a failing one fails the trial with its own line. */
    private void validate() throws InterruptedException {
        if (operation == Operation.REPORT) {
            return; // the report records failures per worktree; listing the worktrees was checked in setUp
        }
        for (List<Callable<String>> side : bareCalls == null ? List.of(calls) : List.of(calls, bareCalls)) {
            for (Outcome<String> outcome : runStatus(side)) {
                if (outcome instanceof Outcome.Failure<String> failure) {
                    throw new IllegalStateException(failure.error().getMessage(), failure.error());
                }
            }
        }
    }

    /** Refuses the combinations this benchmark cannot run, each with one line saying what to pass instead. */
    static void checkOperation(Operation operation, Layout layout, Runner runner) {
        if (operation == Operation.REPORT && layout != Layout.WORKTREES) {
            throw new IllegalArgumentException("operation REPORT runs over linked worktrees: use -p layout=WORKTREES");
        }
        if (operation == Operation.REPORT && runner != Runner.SUITE) {
            throw new IllegalArgumentException("runner=" + runner + " runs git status only: use -p operation=STATUS,"
                    + " or -p runner=SUITE for the report");
        }
    }

    static void checkLaunchMechanism(LaunchMechanism expected, String actual) {
        boolean matches = expected == LaunchMechanism.DEFAULT ? actual == null : expected.name().equalsIgnoreCase(actual);
        if (!matches) {
            throw new IllegalStateException(expected == LaunchMechanism.DEFAULT
                    ? "launchMechanism=DEFAULT, but this JVM has -D" + LAUNCH_PROPERTY + "=" + actual
                            + ": remove it from the fork's JVM flags"
                    : "launchMechanism=" + expected + " must be passed to the fork as -D" + LAUNCH_PROPERTY + "="
                            + expected + " (this JVM has " + (actual == null ? "none" : actual) + ")");
        }
    }

    static List<Path> userRepositories(int count) {
        String listFile = System.getProperty(Source.REPOS_PROPERTY);
        if (listFile == null || listFile.isBlank()) {
            throw new IllegalStateException("source=USER needs -D" + Source.REPOS_PROPERTY
                    + "=<file listing one repository path per line>");
        }
        Path file = Path.of(listFile).toAbsolutePath();
        List<Path> paths = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    paths.add(file.getParent().resolve(line).normalize());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the repository list " + file + ": " + e.getMessage(), e);
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException("the repository list " + file + " names no repository");
        }
        return count == 0 ? List.copyOf(paths) : List.copyOf(paths.subList(0, Math.min(count, paths.size())));
    }

    private List<Outcome<String>> runStatus(List<Callable<String>> side) throws InterruptedException {
        try {
            return fanOut.run(side, Policy.collect());
        } catch (FanOutException e) {
            throw new IllegalStateException("a COLLECT fan-out without a deadline threw: " + e.getMessage(), e);
        }
    }

    /**
     * CPU time per fan-out, reported by JMH as the secondary result {@code fanOut:cpuMsPerOp} in ms/op.
     *
     * <p>Why {@link AuxCounters.Type#OPERATIONS} and an odd-looking return value: JMH aggregates an
     * {@code EVENTS} counter over iterations by <em>summing</em> (a per-iteration ratio would come out
     * multiplied by the iteration count), while in {@code AverageTime} mode it turns an {@code OPERATIONS}
     * counter c into {@code iterationTime / c} with the same statistics as the primary score. So
     * {@link #cpuMsPerOp()} returns the "operations" that make that quotient the CPU time per fan-out:
     * {@code ops × wall / cpu}, where wall is the summed time of the invocations (what JMH measures, give or
     * take its loop overhead) and cpu their summed CPU time. Reset at each iteration's setup; only the public
     * method is a counter.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Cpu {
        private long cpuNanos;
        private long wallNanos;
        private long ops;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            wallNanos = 0;
            ops = 0;
        }

        void add(long wall, long cpu) {
            wallNanos += wall;
            cpuNanos += cpu;
            ops++;
        }

        /**
         * The count JMH divides the iteration time by to report CPU ms per fan-out (see the class comment):
         * NaN without {@code /proc}, infinite (reported as 0) if no clock tick was counted.
         */
        public double cpuMsPerOp() {
            if (!CPU_MEASURED || ops == 0) {
                return Double.NaN;
            }
            return cpuNanos == 0 ? Double.POSITIVE_INFINITY : (double) ops * wallNanos / cpuNanos;
        }
    }

    /**
     * With {@link Runner#PAIRED}: each side's wall and CPU nanoseconds, summed over an iteration's invocations,
     * reported by JMH as the secondary results {@code fanOut:suiteNanos}, {@code fanOut:bareNanos},
     * {@code fanOut:suiteCpuNanos}, {@code fanOut:bareCpuNanos} and {@code fanOut:pairs}, one value per iteration
     * (JMH resets them at each iteration). CPU time is counted in clock ticks (see the class comment): a side's CPU is
     * meaningful summed over a fork, not per fan-out. Zero with the other runners.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Sides {
        public long suiteNanos;
        public long bareNanos;
        public long suiteCpuNanos;
        public long bareCpuNanos;
        public long pairs;
        private boolean suiteFirst = true;
    }

    /**
     * One fan-out (or one report); with {@link Runner#PAIRED}, one of each runner, in turns. Its outcomes are returned
     * so that nothing is dead code.
     */
    @Benchmark
    public Object fanOut(Cpu cpu, Sides sides) throws InterruptedException, GitException {
        long cpuStart = CPU_MEASURED ? CpuTime.processAndChildrenNanos() : 0;
        long wallStart = System.nanoTime();
        Object result;
        if (operation == Operation.REPORT) {
            result = StatusReport.collect(git, mainRepository, fanOut, Policy.collect());
        } else if (runner != Runner.PAIRED) {
            result = runStatus(calls);
        } else {
            boolean suiteFirst = sides.suiteFirst;
            Object first = side(sides, suiteFirst);
            Object second = side(sides, !suiteFirst);
            sides.suiteFirst = !suiteFirst;
            sides.pairs++;
            result = List.of(first, second);
        }
        long wall = System.nanoTime() - wallStart;
        cpu.add(wall, CPU_MEASURED ? CpuTime.processAndChildrenNanos() - cpuStart : 0);
        return result;
    }

    /** One fan-out of the suite's calls or the bare ones, its time and CPU added to that side's counters. */
    private Object side(Sides sides, boolean suite) throws InterruptedException {
        long cpuStart = CPU_MEASURED ? CpuTime.processAndChildrenNanos() : 0;
        long start = System.nanoTime();
        Object result = runStatus(suite ? calls : bareCalls);
        long nanos = System.nanoTime() - start;
        long cpuNanos = CPU_MEASURED ? CpuTime.processAndChildrenNanos() - cpuStart : 0;
        if (suite) {
            sides.suiteNanos += nanos;
            sides.suiteCpuNanos += cpuNanos;
        } else {
            sides.bareNanos += nanos;
            sides.bareCpuNanos += cpuNanos;
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (fanOut != null) {
            fanOut.close();
        }
    }
}
