package fanout.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import fanout.harness.UsageException;
import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.Cases;
import fanout.harness.model.HostInfo;
import fanout.harness.model.JmhResult;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.ResultsJson;
import fanout.harness.model.RunInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One run of the suite: plans the cases, creates the run's directory, runs every case through JMH, sets the git
 * records' CPU-bound limits as their records come in ({@link RecordFactory#withCpuBoundLimits}), and after each case
 * rewrites {@code results.json} (marked incomplete until the end, so a killed run keeps what it finished) and
 * {@code jmh-result.json}; at the end hands the document to the reporter and points {@code latest} at the run.
 */
public final class BenchmarkRun {

    /** Writes the reports of a finished run (charts, HTML, Markdown, index). */
    @FunctionalInterface
    public interface Reporter {
        void write(ResultDocument document, RunDirectory directory) throws IOException;
    }

    /**
     * A run stopped before its end, to go on with: its folder, its records so far and JMH's entries for them. The cases
     * it has a record of are not measured again.
     */
    public record Resume(RunDirectory directory) {}

    /**
     * The run's records as last written, shared by the loop and the shutdown hook: once the hook has taken them, the
     * loop writes nothing more (a case that Ctrl-C cut short would otherwise be recorded as FAILED after the report of
     * the stopped run was written).
     */
    static final class Written {
        private final RunDirectory directory;
        private ResultDocument document;
        private boolean stopped;

        Written(RunDirectory directory, ResultDocument document) {
            this.directory = directory;
            this.document = document;
        }

        /** Writes JMH's entries, then the records; false (and nothing written) once the run is stopping. */
        synchronized boolean write(ResultDocument next, ArrayNode jmhEntries) throws IOException {
            if (stopped) {
                return false;
            }
            directory.writeAtomically(JMH_RESULT, ResultsJson.mapper().writeValueAsString(jmhEntries) + "\n");
            directory.writeAtomically(RESULTS, ResultsJson.write(next));
            document = next;
            return true;
        }

        /** The records last written; the loop writes no more. */
        synchronized ResultDocument stop() {
            stopped = true;
            return document;
        }
    }

    /**
     * Ctrl-C or SIGTERM: the JVM runs its shutdown hooks and exits non-zero (130, 143). This one writes the report of
     * the records finished so far, which says it is incomplete ({@link #reportStopped}), and stops the loop from
     * writing more.
     */
    static final class StopHook {
        private final Thread thread;

        private StopHook(Thread thread) {
            this.thread = thread;
        }

        static StopHook install(Written written, Reporter reporter, PrintStream console) {
            Thread thread = new Thread(() -> reportStopped(written.stop(), written.directory, reporter, console),
                    "fanout-stopped-run-report");
            Runtime.getRuntime().addShutdownHook(thread);
            return new StopHook(thread);
        }

        /**
         * Takes the hook away at the run's end; false when the JVM is already shutting down, so that the hook has
         * written, or is writing, the report of the stopped run and the run must write nothing more.
         */
        boolean remove() {
            try {
                return Runtime.getRuntime().removeShutdownHook(thread);
            } catch (IllegalStateException shuttingDown) {
                return false;
            }
        }
    }

    /** What a run produced. */
    public record Summary(RunDirectory directory, ResultDocument document) {
        public long count(RecordStatus status) {
            return document.records().stream().filter(r -> r.status() == status).count();
        }
    }

    private final RunPlan plan;
    private final Path resultsRoot;
    private final PrintStream console;
    private final Reporter reporter;
    private final List<Path> userRepositories;
    private final List<JvmInfo> jvms;
    private final List<String> jvmNotes;
    private final RunRequest request;
    private final Resume resume;

    /** The run's records, and JMH's own entries for them, in the run's folder. */
    static final String RESULTS = "results.json";
    static final String JMH_RESULT = "jmh-result.json";

    /** One case on one JVM: the unit the run measures and reports progress on. */
    record Planned(BenchmarkCase benchmarkCase, JvmInfo jvm) {}

    /**
     * @param userRepositories the user's repositories for the git cases (the plan says how many), or empty
     *     for the fixture
     * @param jvms the JVMs to measure every case on ({@link Jvms#resolve})
     * @param jvmNotes what JVM discovery left out, and why
     */
    public BenchmarkRun(RunPlan plan, Path resultsRoot, PrintStream console, Reporter reporter,
            List<Path> userRepositories, List<JvmInfo> jvms, List<String> jvmNotes) {
        this(plan, resultsRoot, console, reporter, userRepositories, jvms, jvmNotes, null, null);
    }

    /**
     * @param request the options the plan was made from, kept in a new run's folder for {@code --resume}; or null
     * @param resume the stopped run to go on with instead of starting a new one; or null
     */
    public BenchmarkRun(RunPlan plan, Path resultsRoot, PrintStream console, Reporter reporter,
            List<Path> userRepositories, List<JvmInfo> jvms, List<String> jvmNotes, RunRequest request,
            Resume resume) {
        this.request = request;
        this.resume = resume;
        this.plan = plan;
        this.resultsRoot = resultsRoot;
        this.console = console;
        this.reporter = reporter;
        this.userRepositories = List.copyOf(userRepositories);
        this.jvms = List.copyOf(jvms);
        this.jvmNotes = List.copyOf(jvmNotes);
    }

    public Summary execute() throws IOException, InterruptedException {
        List<BenchmarkCase> planned = plan.cases();
        HostInfo host = Environment.host();
        List<Planned> cases = new ArrayList<>();
        List<String> notes = new ArrayList<>(jvmNotes);
        Duration estimatedTotal = Duration.ZERO;
        for (BenchmarkCase benchmarkCase : planned) {
            for (JvmInfo jvm : jvms) {
                double expected = RecordFactory.expectedMillis(benchmarkCase, jvm);
                String tooLong = plan.profile().tooLong(benchmarkCase, expected);
                if (tooLong != null) {
                    notes.add(benchmarkCase.benchmarkCase().label() + " " + benchmarkCase.id() + " on "
                            + jvm.id() + ": " + tooLong);
                    continue;
                }
                BenchmarkCase sized = benchmarkCase.withIterations(
                        plan.profile().iterationsFor(benchmarkCase, expected));
                cases.add(new Planned(sized, jvm));
                estimatedTotal = estimatedTotal.plus(estimate(sized, jvm));
            }
        }

        Instant start = Instant.now();
        String thisRun = "fanout run --profile " + plan.profile().id() + " into " + resultsRoot.toAbsolutePath()
                + ", pid " + ProcessHandle.current().pid() + ", since " + start;
        try (RunLock lock = RunLock.acquire(RunLock.directory(), thisRun)) {
            return measure(cases, notes, estimatedTotal, host, start);
        }
    }

    /** The run itself, under the run lock: its folder, every case, the records after each, the report, latest. */
    private Summary measure(List<Planned> cases, List<String> notes, Duration estimatedTotal, HostInfo host,
            Instant start) throws IOException, InterruptedException {
        RunDirectory directory;
        ResultDocument document;
        ArrayNode jmhEntries;
        List<Planned> todo;
        Duration estimatedTodo;
        if (resume == null) {
            directory = RunDirectory.create(resultsRoot, start, plan.profile().id());
            List<JvmInfo> placed = jvms.stream().map(jvm -> jvm.measuredIn(host, directory.id())).toList();
            RunInfo run = new RunInfo(directory.id(), plan.profile().id(), start, null, false, cases.size(),
                    Environment.suiteVersion(), Environment.suiteCommit(), host, placed, notes);
            document = ResultDocument.of(run, List.of());
            jmhEntries = ResultsJson.mapper().createArrayNode();
            if (request != null) {
                directory.writeAtomically(RunRequest.FILE, request.json());
            }
            todo = cases;
            estimatedTodo = estimatedTotal;
            console.printf("fanout-bench: %d cases of profile %s on %s, estimated %s%n", cases.size(),
                    plan.profile().id(), jvmList(), Progress.format(estimatedTotal));
        } else {
            directory = resume.directory();
            // read under the run lock: the run to resume cannot be writing them now
            document = resumed(ResultsJson.read(directory.file(RESULTS)), cases, jvms, start);
            Path jmhResult = directory.file(JMH_RESULT);
            jmhEntries = Files.exists(jmhResult)
                    ? (ArrayNode) ResultsJson.mapper().readTree(Files.readString(jmhResult))
                    : ResultsJson.mapper().createArrayNode();
            Set<Key> done = new HashSet<>();
            document.records().forEach(record -> done.add(Key.of(record)));
            todo = cases.stream().filter(planned -> !done.contains(Key.of(planned))).toList();
            estimatedTodo = todo.stream().map(p -> estimate(p.benchmarkCase(), p.jvm()))
                    .reduce(Duration.ZERO, Duration::plus);
            console.printf("fanout-bench: resuming run %s: %d of its %d cases left (profile %s on %s), estimated %s%n",
                    directory.id(), todo.size(), cases.size(), plan.profile().id(), jvmList(),
                    Progress.format(estimatedTodo));
        }
        console.println("fanout-bench: results in " + directory.dir() + " (JMH log: jmh.log)");
        notes.forEach(note -> console.println("fanout-bench: " + note));
        Written written = new Written(directory, document);
        written.write(document, jmhEntries);
        StopHook whenStopped = StopHook.install(written, reporter, console);
        Path userRepos = null;
        if (!userRepositories.isEmpty()) {
            userRepos = directory.file("git-repos.txt");
            UserRepositories.write(userRepositories, userRepos);
            console.println("fanout-bench: git cases run on your " + userRepositories.size()
                    + " repositories (listed in git-repos.txt)");
        }

        Progress progress = new Progress(console, todo.size(), estimatedTodo);
        try (PrintStream log = new PrintStream(Files.newOutputStream(directory.file("jmh.log"),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true, StandardCharsets.UTF_8)) {
            JmhLauncher launcher = new JmhLauncher(log, directory.dir());
            for (int i = 0; i < todo.size(); i++) {
                BenchmarkCase benchmarkCase = todo.get(i).benchmarkCase();
                JvmInfo jvm = todo.get(i).jvm();
                progress.starting(i + 1, benchmarkCase.id() + (jvms.size() > 1 ? " on " + jvm.id() : ""));
                String unsupported = benchmarkCase.benchmarkCase().strategy().unsupportedReason(jvm.feature());
                if (unsupported != null) {
                    document = document.with(RecordFactory.notMeasured(benchmarkCase, jvm, RecordStatus.UNSUPPORTED,
                            unsupported));
                    // recorded at once: estimate() gives it no time either
                    progress.finished(unsupported, Duration.ZERO);
                } else {
                    try {
                        JmhLauncher.CaseResult result = launcher.run(benchmarkCase, jvm,
                                JmhLauncher.forkArgs(benchmarkCase, userRepos));
                        for (JsonNode entry : result.raw()) {
                            jmhEntries.add(entry);
                        }
                        Duration expected = estimate(benchmarkCase, jvm);
                        for (JmhResult measured : result.results()) {
                            // a git record's CPU-bound limit comes from every record of its situation so far
                            document = RecordFactory.withCpuBoundLimits(
                                    document.with(RecordFactory.measured(measured, jvm)));
                            progress.finished(describe(document.records().get(document.records().size() - 1)),
                                    expected);
                            expected = Duration.ZERO; // the case's estimate counted once, whatever JMH returns
                        }
                    } catch (JmhLauncher.CaseFailedException e) {
                        document = document.with(RecordFactory.notMeasured(benchmarkCase, jvm, RecordStatus.FAILED,
                                e.getMessage()));
                        progress.finished("FAILED: " + e.getMessage() + " (see jmh.log)", estimate(benchmarkCase, jvm));
                    }
                }
                if (!written.write(document, jmhEntries)) {
                    break; // stopping: the shutdown hook has written the report of what finished before this case
                }
            }
        } finally {
            Files.deleteIfExists(directory.file("jmh-case.json"));
        }

        if (!whenStopped.remove()) {
            return new Summary(directory, written.stop()); // the JVM is stopping: its hook reports what finished
        }
        document = document.withRun(document.run().finished(Instant.now()));
        directory.writeAtomically(RESULTS, ResultsJson.write(document));
        reporter.write(document, directory);
        if (document.records().stream().anyMatch(r -> r.status() == RecordStatus.OK)) {
            if (!directory.markLatestUnlessNewer()) {
                console.println("fanout-bench: latest stays at the newer run it points at");
            }
        } else {
            console.println("fanout-bench: nothing was measured, so latest still points at the run it pointed at");
        }
        console.println("fanout-bench: done in " + Progress.format(progress.elapsed()));
        return new Summary(directory, document);
    }

    private String jvmList() {
        return jvms.stream().map(jvm -> jvm.id() + " (" + jvm.path() + ")").collect(Collectors.joining(", "));
    }

    /**
     * The stopped run's document, to go on with: refused (in one line) unless it is unfinished, was measured by this
     * build on these JVMs, and planned these very cases; its run info then says when it was resumed.
     */
    static ResultDocument resumed(ResultDocument stopped, List<Planned> cases, List<JvmInfo> jvms, Instant now) {
        RunInfo run = stopped.run();
        String which = "run " + run.id();
        if (run.finishedAt() != null) {
            throw new UsageException(which + " finished; there is nothing to resume");
        }
        String commit = Environment.suiteCommit();
        if (!commit.equals(run.suiteCommit())) {
            throw new UsageException(which + " was measured by commit " + run.suiteCommit() + " and this is "
                    + commit + ": resume it with the build that started it");
        }
        List<String> planned = jvms.stream().map(jvm -> jvm.id() + " " + jvm.path()).sorted().toList();
        List<String> had = run.jvms().stream().map(jvm -> jvm.id() + " " + jvm.path()).sorted().toList();
        if (!planned.equals(had)) {
            throw new UsageException(which + " measured on " + had + ", but the JVMs found now are " + planned);
        }
        Set<Key> plannedKeys = new HashSet<>();
        cases.forEach(p -> plannedKeys.add(Key.of(p)));
        if (run.planned() != cases.size()
                || !stopped.records().stream().allMatch(record -> plannedKeys.contains(Key.of(record)))) {
            throw new UsageException(which + " planned " + run.planned() + " cases, and its request plans "
                    + cases.size() + " that do not cover its records: the profile or the parameters changed");
        }
        // a case that failed is measured again (a run stopped mid-case may have recorded it so)
        List<ResultRecord> kept = stopped.records().stream().filter(r -> r.status() != RecordStatus.FAILED).toList();
        List<String> notes = new ArrayList<>(run.notes());
        int failed = stopped.records().size() - kept.size();
        notes.add("resumed at " + now + " after " + kept.size() + " of " + run.planned() + " records"
                + (failed == 0 ? "" : "; the " + failed + " that had failed are measured again"));
        ResultDocument before = stopped.withRecords(kept);
        return before.withRun(new RunInfo(run.id(), run.profile(), run.startedAt(), null, false, run.planned(),
                run.suiteVersion(), run.suiteCommit(), run.host(), run.jvms(), notes));
    }

    /** A planned case and the record of it have the same key: the typed case (a record's as its parameters read). */
    private record Key(Case benchmarkCase, String jvm) {
        static Key of(Planned planned) {
            return new Key(planned.benchmarkCase().benchmarkCase(), planned.jvm().id());
        }

        static Key of(ResultRecord record) {
            return new Key(Cases.parse(record.benchmark(), record.params()), record.jvm());
        }
    }

    /**
     * What a run stopped before its end (Ctrl-C, SIGTERM) leaves: its records so far in {@code results.json} (the run
     * not marked finished, so every reader says it is incomplete) and the report of them, which says so too.
     * {@code latest} is not moved: it keeps pointing at the last complete run.
     */
    static void reportStopped(ResultDocument sofar, RunDirectory directory, Reporter reporter, PrintStream console) {
        try {
            Files.deleteIfExists(directory.file("jmh-case.json")); // the running case's scratch file, left by JMH
            directory.writeAtomically(RESULTS, ResultsJson.write(sofar));
            reporter.write(sofar, directory);
            console.println("fanout-bench: stopped after " + sofar.records().size() + " of " + sofar.run().planned()
                    + " records; the report of them, marked incomplete: " + directory.file("report.html"));
        } catch (IOException | RuntimeException e) {
            console.println("fanout-bench: stopped after " + sofar.records().size() + " records, kept in "
                    + directory.file("results.json") + "; the report could not be written: " + e.getMessage());
        }
    }

    /** How long a case should take: nothing on a JVM that cannot run its strategy (recorded unsupported at once). */
    private static Duration estimate(BenchmarkCase benchmarkCase, JvmInfo jvm) {
        if (benchmarkCase.benchmarkCase().strategy().unsupportedReason(jvm.feature()) != null) {
            return Duration.ZERO;
        }
        return benchmarkCase.iterations().estimate(RecordFactory.expectedMillis(benchmarkCase, jvm));
    }

    private static String describe(ResultRecord record) {
        String score = String.format(java.util.Locale.ROOT, "%.3f ± %.3f %s", record.measurement().score(),
                record.measurement().halfWidth(), record.measurement().unit());
        String model = record.model() == null ? ""
                : String.format(java.util.Locale.ROOT, ", model %.3f", record.model());
        return record.efficiency() == null ? score + model
                : score + String.format(java.util.Locale.ROOT, ", lower bound %.3f, efficiency %.3f",
                        record.lowerBound(), record.efficiency()) + model;
    }
}
