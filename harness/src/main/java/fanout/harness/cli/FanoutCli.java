package fanout.harness.cli;

import fanout.harness.UsageException;
import fanout.harness.analysis.Calibrator;
import fanout.harness.analysis.Comparer;
import fanout.harness.analysis.Comparison;
import fanout.harness.analysis.Thresholds;
import fanout.harness.analysis.Verdict;
import fanout.harness.analysis.cases.Param;
import fanout.harness.compare.CompareReport;
import fanout.harness.merge.MergeSource;
import fanout.harness.merge.MergedJmhJson;
import fanout.harness.merge.ResultsMerger;
import fanout.harness.model.Calibration;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultsJson;
import fanout.harness.report.Reports;
import fanout.harness.report.RunIndex;
import fanout.harness.run.BenchmarkRun;
import fanout.harness.run.Jvms;
import fanout.harness.run.Profile;
import fanout.harness.run.RunDirectory;
import fanout.harness.run.RunPlan;
import fanout.harness.run.UserRepositories;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line of the harness: {@code run} measures and reports, {@code report} redraws the report of a
 * results file, {@code index} rewrites the index of runs, {@code compare} compares two runs or two JVMs,
 * {@code merge} makes one run of several machines' results. Exit status: 0 done, 1 a benchmark failed,
 * 2 bad input (one line on stderr, no stack trace).
 */
@Command(name = "fanout", mixinStandardHelpOptions = true, versionProvider = FanoutCli.Version.class,
        description = "fanout-bench: which strategy runs N blocking I/O calls best, measured with JMH.",
        subcommands = {FanoutCli.Run.class, FanoutCli.Report.class, FanoutCli.Index.class, FanoutCli.Compare.class,
            FanoutCli.Merge.class, FanoutCli.Calibrate.class})
public final class FanoutCli implements Callable<Integer> {

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    /**
     * The system property that names the default results folder. The {@code fanout} script sets it to the checkout's
     * {@code results/}, so that a run started from any folder lands there; without it (under {@code mvn verify}, which
     * runs the harness in the project root) the default is {@code results} in the working directory.
     */
    public static final String RESULTS_PROPERTY = "fanout.results";

    /** The default of every {@code --results}: picocli reads the property when it parses the command line. */
    static final String RESULTS_DEFAULT = "${sys:" + RESULTS_PROPERTY + ":-results}";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is needed: run, report, index, compare, merge or calibrate");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new FanoutCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("fanout: " + e.getMessage() + " (see 'fanout " + commandPath(e.getCommandLine()) + "--help')");
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageException || e instanceof ResultsJson.InvalidResultsException) {
                err.println("fanout: " + e.getMessage());
                return EXIT_USAGE;
            }
            throw e;
        });
        return commandLine.execute(args);
    }

    private static String commandPath(CommandLine commandLine) {
        String name = commandLine.getCommandName();
        return commandLine.getParent() == null ? "" : name + " ";
    }

    /** {@code fanout run}: measure a profile and write results and reports. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Runs a profile of benchmarks, writes results.json, jmh-result.json, charts and reports"
                    + " into a new folder under <results>/runs/ (or, with --resume, into the stopped run's own), and points"
                    + " <results>/latest at it.")
    static final class Run implements Callable<Integer> {
        @Option(names = "--profile", defaultValue = "smoke", paramLabel = "NAME",
                description = "smoke (what mvn verify runs, a few minutes), ci (for comparing runs, e.g. against a"
                        + " baseline) or full (publication quality, 3 to 4 hours with --jvms auto)."
                        + " Default: ${DEFAULT-VALUE}.")
        String profile;

        @CommandLine.Mixin
        RunOptions options;

        @Option(names = "--resume", paramLabel = "RUN_FOLDER",
                description = "Go on with a run that stopped before its end (Ctrl-C, SIGTERM, a reboot), e.g."
                        + " results/runs/<id>: measure the cases it has no record of, planned from the options it"
                        + " was started with, into its own folder. Only with the build and JVMs that started it;"
                        + " takes no other option.")
        Path resume;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            BenchmarkRun.Summary summary;
            if (resume != null) {
                List<String> others = spec.commandLine().getParseResult().matchedOptions().stream()
                        .map(CommandLine.Model.OptionSpec::longestName).filter(name -> !name.equals("--resume"))
                        .toList();
                if (!others.isEmpty()) {
                    throw new UsageException("--resume takes no other option (" + String.join(", ", others)
                            + "): the run goes on with the options it was started with");
                }
                summary = RunOptions.resume(resume, FanoutCli::writeReports);
            } else {
                summary = options.execute(Profile.parse(profile), FanoutCli::writeReports);
            }
            return summary.count(RecordStatus.FAILED) > 0 ? EXIT_FAILED : 0;
        }
    }

    /** {@code fanout calibrate}: the same build measured in separate runs, and θ per family from their spread. */
    @Command(name = "calibrate", mixinStandardHelpOptions = true,
            description = {"Measures a profile in separate runs (each its own folder under <results>/runs/), or reads"
                    + " the results files given with --from, compares every two of them (A/A pairs: the same build,"
                    + " so every difference is noise, the machine's drift between runs included), and writes"
                    + " <results>/calibration.json with θ per benchmark family: the largest ratio between any two"
                    + " runs, rounded up to the next 0.5%% and at least 1%%. fanout compare of two runs takes θ"
                    + " from it. Refresh it when the machine, the JDKs, the profile or the benchmarks change."})
    static final class Calibrate implements Callable<Integer> {
        @Option(names = "--profile", defaultValue = "ci", paramLabel = "NAME",
                description = "The profile measured. Default: ${DEFAULT-VALUE}.")
        String profile;

        @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
                description = "How many runs to measure, at least 2; more runs see more of the drift."
                        + " Default: ${DEFAULT-VALUE}.")
        int runs;

        @Option(names = "--from", arity = "2..*", paramLabel = "RESULTS_JSON",
                description = "Measure nothing: calibrate from these results files of one build and profile.")
        List<Path> from;

        @CommandLine.Mixin
        RunOptions options;

        @Override
        public Integer call() throws Exception {
            List<ResultDocument> measured = new java.util.ArrayList<>();
            if (from != null) {
                for (Path file : from) {
                    measured.add(ResultsJson.read(file));
                }
            } else {
                if (runs < 2) {
                    throw new UsageException("--runs must be at least 2 (a calibration compares runs), was " + runs);
                }
                Profile chosen = Profile.parse(profile);
                for (int i = 1; i <= runs; i++) {
                    System.out.println("fanout-bench: calibration run " + i + " of " + runs);
                    BenchmarkRun.Summary summary = options.execute(chosen, FanoutCli::writeReports);
                    if (summary.count(RecordStatus.FAILED) > 0) {
                        System.err.println("fanout: calibration run " + i + " had failed cases; no calibration"
                                + " written");
                        return EXIT_FAILED;
                    }
                    measured.add(summary.document());
                }
            }
            Calibration calibration = Calibrator.calibrate(measured, java.time.Instant.now());
            List<String> builds = measured.stream().map(run -> run.run().suiteCommit()).distinct().toList();
            if (builds.size() > 1) {
                System.out.println("fanout-bench: note: the runs measured suite commits " + String.join(", ", builds)
                        + "; θ holds only if the benchmarks did not change between them");
            }
            Path file = options.results.resolve(Calibration.FILE);
            fanout.harness.io.AtomicFiles.write(file, ResultsJson.write(calibration));
            calibration.theta().forEach((family, theta) -> System.out.printf(java.util.Locale.ROOT,
                    "fanout-bench: θ %s = %s (largest ratio between two runs: %s)%n", family,
                    Thresholds.percent(theta), fanout.harness.analysis.Numbers.precise(
                            Math.exp(calibration.spread().get(family)))));
            System.out.println("fanout-bench: calibration " + file);
            return 0;
        }
    }

    /** {@code fanout report}: redraw the charts and reports of a results file. */
    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Redraws charts, report.html and report.md of a results.json, in the folder that holds it.")
    static final class Report implements Callable<Integer> {
        @Parameters(paramLabel = "RESULTS_JSON", description = "A results.json written by 'fanout run'.")
        Path file;

        @Override
        public Integer call() throws Exception {
            ResultDocument document = ResultsJson.read(file);
            Path dir = file.toAbsolutePath().getParent();
            try {
                Reports.writeAll(document, dir);
            } catch (ResultsJson.InvalidResultsException e) {
                throw new ResultsJson.InvalidResultsException(file + ": " + e.getMessage());
            }
            System.out.println("fanout-bench: report " + dir.resolve("report.html"));
            return 0;
        }
    }

    /** {@code fanout index}: rewrite the index of runs. */
    @Command(name = "index", mixinStandardHelpOptions = true,
            description = "Rewrites index.html and index.md of a results folder, listing every run.")
    static final class Index implements Callable<Integer> {
        @Option(names = "--results", defaultValue = RESULTS_DEFAULT, paramLabel = "DIR",
                description = "Default: ${DEFAULT-VALUE}.")
        Path results;

        @Override
        public Integer call() throws Exception {
            RunIndex.write(results);
            System.out.println("fanout-bench: index " + results.resolve("index.html"));
            return 0;
        }
    }

    /** {@code fanout compare}: two results files, or two JVMs of one run, benchmark by benchmark. */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"Compares two results files (A.json B.json), or two JVMs of one run (RUN.json --jvms A,B):"
                    + " for every benchmark measured on both sides, the ratio B/A of the geometric means of the fork"
                    + " means, its interval over the forks (Welch on the log fork means; simultaneous: Bonferroni over"
                    + " every benchmark compared) and the verdict that interval gives against the noise threshold θ"
                    + " of the benchmark's family: REGRESSED, improved, equivalent, inconclusive, or too few forks."
                    + " Lower is better."})
    static final class Compare implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..2", paramLabel = "RESULTS_JSON",
                description = "A.json B.json, or one RUN.json with --jvms.")
        List<Path> files;

        @Option(names = "--jvms", split = ",", paramLabel = "A,B", hideParamSyntax = true,
                description = "Compare two JVMs of one run, e.g. jdk17,jdk25 (B against A).")
        List<String> jvms;

        @Option(names = "--threshold", paramLabel = "FRACTION",
                description = "θ for every family, instead of the calibration's (0.05 = 5%%; 1.5 = a ratio of 2.5).")
        Double threshold;

        @Option(names = "--calibration", defaultValue = RESULTS_DEFAULT + "/" + Calibration.FILE, paramLabel = "FILE",
                description = "Where θ per family comes from (written by fanout calibrate); without it θ is 5%%."
                        + " Not used by --jvms (JVMs of one run have no drift between runs to cover)."
                        + " Default: ${DEFAULT-VALUE}.")
        Path calibration;

        @Option(names = "--alpha", defaultValue = "0.05", paramLabel = "P",
                description = "Family-wise error rate: all intervals hold together with probability 1 - P."
                        + " Default: ${DEFAULT-VALUE}.")
        double alpha;

        @Option(names = "--strict",
                description = "Refuse to compare sides whose profiles, machines, JVM builds or flags differ, or"
                        + " whose calibration was made with another profile or on another machine.")
        boolean strict;

        @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the comparison as Markdown.")
        Path markdown;

        @Option(names = "--fail-on-regression",
                description = "Exit with status 1 when any benchmark regressed (for CI).")
        boolean failOnRegression;

        @Override
        public Integer call() throws Exception {
            Thresholds thresholds = threshold != null
                    ? Thresholds.everywhere(threshold, "--threshold " + threshold)
                    : jvms != null ? Thresholds.withinRun()
                    : Files.isRegularFile(calibration) ? Thresholds.of(ResultsJson.readCalibration(calibration))
                    : Thresholds.uncalibrated();
            Comparer comparer = new Comparer(thresholds, alpha);
            Comparison comparison;
            if (jvms != null) {
                if (files.size() != 1) {
                    throw new UsageException("--jvms compares two JVMs of one run: give one results file, not "
                            + files.size());
                }
                if (jvms.size() != 2) {
                    throw new UsageException("--jvms needs exactly two JVM ids, e.g. --jvms jdk17,jdk25; got "
                            + String.join(",", jvms));
                }
                Path file = files.get(0);
                comparison = comparer.compareJvms(file.toString(), ResultsJson.read(file), jvms.get(0), jvms.get(1));
            } else {
                if (files.size() != 2) {
                    throw new UsageException("compare needs two results files (A.json B.json), or one with"
                            + " --jvms A,B");
                }
                Path a = files.get(0);
                Path b = files.get(1);
                comparison = comparer.compareFiles(a.toString(), ResultsJson.read(a), b.toString(), ResultsJson.read(b));
            }
            if (strict && !comparison.differences().isEmpty()) {
                throw new UsageException("--strict: the sides are not alike: "
                        + String.join("; ", comparison.differences()));
            }
            CompareReport report = new CompareReport(comparison);
            PrintWriter out = spec.commandLine().getOut();
            out.print(report.console());
            if (markdown != null) {
                try {
                    fanout.harness.io.AtomicFiles.write(markdown,
                            report.markdown(markdown.toAbsolutePath().getParent()));
                } catch (java.io.IOException e) {
                    throw new UsageException("cannot write " + markdown + ": " + e.getMessage());
                }
                out.println("fanout-bench: comparison " + markdown);
            }
            out.flush();
            return failOnRegression && comparison.count(Verdict.REGRESSED) > 0
                    ? EXIT_FAILED : 0;
        }
    }

    /** {@code fanout merge}: several results files, e.g. from several machines, as one new run with one report. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Merges two or more results files (from several machines, or several runs of one) into a"
                    + " new folder <results>/runs/<time>-merged/ with one results.json, charts and report, and points"
                    + " <results>/latest at it. Every JVM keeps its id where that is unique and is labelled with its"
                    + " machine (host-jdk25), then its run, where not; the report names each JVM's machine."})
    static final class Merge implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "RESULTS_JSON",
                description = "Two or more results.json files written by 'fanout run' (or 'fanout merge').")
        List<Path> files;

        @Option(names = "--results", defaultValue = RESULTS_DEFAULT, paramLabel = "DIR",
                description = "Results folder; the merged run gets its own subfolder runs/<id>. Default: ${DEFAULT-VALUE}.")
        Path results;

        @Override
        public Integer call() throws Exception {
            if (files.size() < 2) {
                throw new UsageException("merge needs two or more results files (A.json B.json ...); got "
                        + files.size());
            }
            List<MergeSource> sources = files.stream()
                    .map(file -> new MergeSource(file.toString(), ResultsJson.read(file)))
                    .toList();
            ResultsMerger merger = new ResultsMerger(sources);
            MergedJmhJson jmh = MergedJmhJson.beside(files);

            RunDirectory directory = RunDirectory.create(results, java.time.Instant.now(),
                    ResultsMerger.PROFILE);
            ResultDocument merged = merger.document(directory.id());
            directory.writeAtomically("results.json", ResultsJson.write(merged));
            directory.writeAtomically("jmh-result.json", jmh.json());
            writeReports(merged, directory);
            directory.markLatest();

            PrintWriter out = spec.commandLine().getOut();
            out.printf("fanout-bench: merged %d records of %d JVMs from %d runs on %s: %s%n", merged.records().size(),
                    merged.run().jvms().size(), files.size(), merger.machinesSummary(),
                    merged.run().jvms().stream().map(JvmInfo::id)
                            .collect(java.util.stream.Collectors.joining(", ")));
            jmh.missing().forEach(file -> out.println("fanout-bench: no readable jmh-result.json beside " + file
                    + "; the merged jmh-result.json leaves that run out"));
            out.println("fanout-bench: report " + directory.file("report.html"));
            out.println("fanout-bench: latest run " + results.resolve("latest"));
            out.flush();
            return 0;
        }
    }

    private static void writeReports(ResultDocument document, RunDirectory directory) throws java.io.IOException {
        Reports.writeAll(document, directory.dir());
        RunIndex.write(directory.root());
    }

    /** The suite's version for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"fanout-bench " + fanout.harness.run.Environment.suiteVersion()};
        }
    }
}
