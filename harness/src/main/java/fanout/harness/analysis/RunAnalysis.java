package fanout.harness.analysis;

import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.LessonCase;
import fanout.harness.analysis.cases.OverheadCase;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.RunInfo;
import fanout.jmh.LessonBenchmark.Lesson;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Everything a report of one results document shows that is computed, computed once: each record read into its
 * typed case, the sweeps each chart draws with their sentences, the speedups, the overhead pairs and their sweep over
 * N, the git CPU-bound limits, the comparison of the run's JVMs, and the run's summary in words. Charts and both
 * report formats only present what this holds (STYLE practice 13: analyse once, present many times).
 */
public final class RunAnalysis {
    /** The lessons that show a pitfall, whose sentences the answer repeats. */
    private static final Set<Lesson> PITFALL_LESSONS = EnumSet.of(Lesson.UNCANCELLABLE_FAIL_FAST,
            Lesson.UNCANCELLABLE_DEADLINE, Lesson.CPU_NEIGHBOURS, Lesson.PINNING, Lesson.RETRY_PERMANENT);

    private final ResultDocument document;
    private final JvmNames names;
    private final List<CaseResult<?>> results;
    private final List<CaseResult<SimulatedIoCase>> simulated;
    private final List<CaseResult<OverheadCase>> overhead;
    private final List<CaseResult<GitCase>> git;
    private final Optional<Figure.MakespanVsN> makespanVsN;
    private final Optional<Figure.SpeedupVsN> speedupVsN;
    private final Optional<Figure.BoundedVsK> boundedVsK;
    private final Optional<Figure.GitScaling> gitScaling;
    private final Optional<JvmComparisons> jvmComparisons;
    private final Optional<Figure.JvmBars> jvmBars;
    private final List<OverheadPair> overheadPairs;
    private final Optional<Figure.OverheadVsN> overheadVsN;
    private final Optional<Figure.AllocationVsN> allocationVsN;
    private final List<GitRunnerPair> gitRunnerPairs;
    private final CpuBoundLimits cpuBoundLimits;
    private final Optional<Figure.HeavyTail> heavyTail;
    private final Optional<Figure.Failures> failures;
    private final List<LessonPair> lessonPairs;
    private final List<String> lessonSentences;
    private final Answer answer;

    private RunAnalysis(ResultDocument document, Comparer comparer) {
        this.document = document;
        RunInfo run = document.run();
        this.names = new JvmNames(run);
        this.results = CaseResult.all(document, "run " + run.id());
        this.simulated = typed(SimulatedIoCase.class);
        this.overhead = typed(OverheadCase.class);
        this.git = typed(GitCase.class);
        ToIntFunction<String> feature = id -> names.jvm(id).filter(j -> j.version() != null).map(JvmInfo::feature)
                .orElse(0);

        Optional<NSweep> nSweep = FixedLatencySelection.of(simulated, r -> true, feature).flatMap(NSweep::of);
        this.makespanVsN = nSweep.map(sweep -> sweep.makespan(provenance(sweep.selection().jvm())));
        this.speedupVsN = nSweep.flatMap(sweep -> sweep.speedup(provenance(sweep.selection().jvm())));
        this.boundedVsK = FixedLatencySelection.of(simulated, LimitSweep::bounded, feature).flatMap(LimitSweep::of)
                .map(sweep -> sweep.figure(provenance(sweep.selection().jvm())));
        this.gitScaling = GitSweep.of(git, feature).map(sweep -> sweep.figure(provenance(sweep.jvm())));

        List<JvmInfo> jvms = run.jvms();
        this.jvmComparisons = jvms.size() < 2 ? Optional.empty()
                : Optional.of(JvmComparisons.of(run, results, comparer, names));
        this.jvmBars = jvmComparisons.flatMap(comparisons -> JvmSlice.of(jvms, simulated).map(slice -> slice.figure(
                comparisons, names, Provenance.lines(run, names, jvms.stream().map(JvmInfo::id).toList()))));
        this.overheadPairs = OverheadPair.of(overhead);
        Optional<PerTaskSweep> perTask = PerTaskSweep.of(overheadPairs, names);
        this.overheadVsN = perTask.map(sweep -> sweep.figure(Provenance.lines(run, names, sweep.jvms())));
        this.allocationVsN = perTask.flatMap(sweep -> sweep.allocation(Provenance.lines(run, names, sweep.jvms())));
        this.gitRunnerPairs = GitRunnerPair.of(git);
        this.cpuBoundLimits = CpuBoundLimits.of(git);
        Optional<HeavyTailSweep> heavyTailSweep = HeavyTailSweep.of(simulated, feature);
        Optional<FailureSweep> failureSweep = FailureSweep.of(simulated, feature);
        this.heavyTail = heavyTailSweep.map(sweep -> sweep.figure(provenance(sweep.jvm())));
        this.failures = failureSweep.map(sweep -> sweep.figure(provenance(sweep.jvm())));
        this.lessonPairs = LessonPair.of(typed(LessonCase.class), jvm -> CpuBoundLimits.cores(run, jvm));
        this.lessonSentences = LessonSentences.of(lessonPairs, names);
        // the pitfalls the numbers show: each decided from its reading, not from whether it was measured
        List<String> pitfalls = new ArrayList<>();
        heavyTail.filter(figure -> heavyTailSweep.orElseThrow().stragglersHoldBatches())
                .ifPresent(figure -> pitfalls.add("Heavy tails" + onWhich(heavyTailSweep.orElseThrow().jvm()) + ": "
                        + figure.sentence()));
        failureSweep.ifPresent(sweep -> sweep.orphansLeftRunning().stream().findFirst()
                .ifPresent(orphans -> pitfalls.add("gather without return_exceptions" + onWhich(sweep.jvm()) + ": "
                        + orphans)));
        // a lesson is a pitfall where its variant is clearly slower by more than the noise threshold θ: a cost of a
        // few tenths of a percent (the reference run's pinning on JDK 25, 1.0043×) is measurable but no pitfall
        List<LessonPair> shown = lessonPairs.stream().filter(pair -> PITFALL_LESSONS.contains(pair.lesson())
                && pair.reading().filter(reading -> reading == LessonPair.Reading.HIGHER).isPresent()
                && pair.ratio().filter(ratio -> ratio.above(1 + Thresholds.UNCALIBRATED)).isPresent()).toList();
        pitfalls.addAll(LessonSentences.of(shown, names));
        List<CaseResult<? extends Case>> compared = new ArrayList<>(simulated);
        compared.addAll(git);
        this.answer = Answer.of(compared, names, pitfalls);
    }

    /** " on JDK 25.0.3" where the run measured several JVMs (a sweep is drawn on one of them), else nothing. */
    private String onWhich(String jvmId) {
        return document.run().jvms().size() > 1 ? " on " + names.brief(jvmId) : "";
    }

    /** The analysis of a results document, its JVMs compared with the default threshold and alpha. */
    public static RunAnalysis of(ResultDocument document) {
        return of(document, new Comparer());
    }

    /** The analysis of a results document, its JVMs compared by {@code comparer}. */
    public static RunAnalysis of(ResultDocument document, Comparer comparer) {
        return new RunAnalysis(document, comparer);
    }

    private <C extends Case> List<CaseResult<C>> typed(Class<C> type) {
        return results.stream().flatMap(r -> r.as(type).stream()).toList();
    }

    private List<String> provenance(String jvmId) {
        return Provenance.lines(document.run(), names, List.of(jvmId));
    }

    public ResultDocument document() {
        return document;
    }

    public RunInfo run() {
        return document.run();
    }

    /** How this document names its JVMs. */
    public JvmNames names() {
        return names;
    }

    /** Every record with its case, in document order. */
    public List<CaseResult<?>> results() {
        return results;
    }

    public List<CaseResult<SimulatedIoCase>> simulated() {
        return simulated;
    }

    public List<CaseResult<GitCase>> git() {
        return git;
    }

    /** Chart 1, if undisturbed simulated-I/O records were measured at two or more N. */
    public Optional<Figure.MakespanVsN> makespanVsN() {
        return makespanVsN;
    }

    /** Chart 2, if SEQUENTIAL was measured beside other strategies at two or more N. */
    public Optional<Figure.SpeedupVsN> speedupVsN() {
        return speedupVsN;
    }

    /** Chart 3, if a bounded strategy was measured undisturbed at two or more k. */
    public Optional<Figure.BoundedVsK> boundedVsK() {
        return boundedVsK;
    }

    /** Chart 6, if git status of fixture repositories was measured at two or more repository counts. */
    public Optional<Figure.GitScaling> gitScaling() {
        return gitScaling;
    }

    /** Every JVM of the run against the first; empty for a run on one JVM. */
    public Optional<JvmComparisons> jvmComparisons() {
        return jvmComparisons;
    }

    /** Chart 7, if the run has two or more JVMs and an undisturbed simulated-I/O record measured on two of them. */
    public Optional<Figure.JvmBars> jvmBars() {
        return jvmBars;
    }

    /** Every strategy beside its bare primitive, per JVM and parameters, in run order. */
    public List<OverheadPair> overheadPairs() {
        return overheadPairs;
    }

    /** Chart 8, if a strategy was measured beside its bare primitive at two or more N. */
    public Optional<Figure.OverheadVsN> overheadVsN() {
        return overheadVsN;
    }

    /** Chart 8b, if chart 8 is drawn and some of its pairs have allocation readings (JDK 21+). */
    public Optional<Figure.AllocationVsN> allocationVsN() {
        return allocationVsN;
    }

    /** The suite's git runner beside the bare ProcessBuilder call, where the run measured both. */
    public List<GitRunnerPair> gitRunnerPairs() {
        return gitRunnerPairs;
    }

    /** The git records' least CPU per situation, from which each one's extra CPU is read. */
    public CpuBoundLimits cpuBoundLimits() {
        return cpuBoundLimits;
    }

    /** Chart 4, if SEMAPHORE and BATCHED were measured at one k under two or more latency distributions. */
    public Optional<Figure.HeavyTail> heavyTail() {
        return heavyTail;
    }

    /** Chart 5, if concurrent strategies were measured with a failure first or last under two or more policies. */
    public Optional<Figure.Failures> failures() {
        return failures;
    }

    /** Every lesson record, variant beside reference, in document order; unmeasured ones with their reason. */
    public List<LessonPair> lessonPairs() {
        return lessonPairs;
    }

    /** The run's answer: per situation the strategy to use and its margin, and the pitfalls found. */
    public Answer answer() {
        return answer;
    }

    /** One sentence per lesson measured, from its records, in the order of the lessons. */
    public List<String> lessonSentences() {
        return lessonSentences;
    }

    /** "full profile · 2025-06-02 09:14:05 UTC · JDK 25.0.1 Eclipse Adoptium · 54 records: …". */
    public String summary() {
        RunInfo run = document.run();
        return run.profile() + " profile · " + Numbers.time(run.startedAt()) + " · " + names.all() + " · "
                + RecordCounts.of(document).summary();
    }

    /** "yes", or "INCOMPLETE: …" saying how many of the planned records were written. */
    public String completeness() {
        return document.run().complete() ? "yes" : "INCOMPLETE: " + document.records().size() + " of "
                + document.run().planned() + " planned records were written; the run was interrupted or is still"
                + " running";
    }

    /**
     * What a smoke run says before anything else: that it is a functional check, how it was sampled, and that its
     * verdicts hold only where its forks carry them; empty for other profiles.
     */
    public Optional<String> functionalCheck() {
        if (!"smoke".equals(document.run().profile())) {
            return Optional.empty();
        }
        String sampling = results.stream().filter(CaseResult::measured).map(r -> r.measurement().sampling())
                .filter(java.util.Objects::nonNull).map(Object::toString)
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse("few forks and short iterations");
        return Optional.of("A functional check: " + sampling + " per case. It shows that every strategy runs and"
                + " roughly how they compare; its intervals are wide, and its verdicts hold only where the evidence"
                + " carries them (a large change between JVMs). Measure with the ci or full profile to cite numbers.");
    }

    /** What a run on one JVM says instead of a JVM comparison. */
    public String oneJvm() {
        List<JvmInfo> jvms = document.run().jvms();
        return "This run measured on " + (jvms.isEmpty() ? "no listed JVM" : "one JVM, "
                + JvmNames.describe(jvms.get(0))) + ", so there is nothing to compare; run with -Djvms=auto (or a list"
                + " of JDK homes) to compare JVMs.";
    }

    /** What the report says in place of chart 7 when a run on several JVMs has no record it could draw. */
    public String noJvmBars() {
        return "No undisturbed simulated-I/O record was measured on two JVMs of this run, so chart 7 was not drawn.";
    }
}
