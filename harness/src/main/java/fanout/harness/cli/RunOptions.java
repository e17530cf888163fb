package fanout.harness.cli;

import fanout.harness.analysis.cases.Param;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RecordStatus;
import fanout.harness.run.BenchmarkRun;
import fanout.harness.run.Jvms;
import fanout.harness.run.Profile;
import fanout.harness.run.RunDirectory;
import fanout.harness.run.RunPlan;
import fanout.harness.run.RunRequest;
import fanout.harness.run.UserRepositories;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * What a run measures and where, as {@code fanout run} and {@code fanout calibrate} both take it: the results folder,
 * the case filters, parameter overrides, the user's repositories and the JVMs.
 */
final class RunOptions {
    @Option(names = "--results", defaultValue = FanoutCli.RESULTS_DEFAULT, paramLabel = "DIR",
            description = "Results folder; each run gets its own subfolder runs/<id>. Default: ${DEFAULT-VALUE}.")
    Path results;

    @Option(names = "--include", paramLabel = "REGEX",
            description = "Only cases whose id matches, e.g. 'strategy=SEMAPHORE' or 'n=1000 '.")
    String include;

    @Option(names = "--exclude", paramLabel = "REGEX", description = "Drop cases whose id matches.")
    String exclude;

    @Option(names = "--strategies", split = ",", paramLabel = "LIST",
            description = "Only these strategies, e.g. VIRTUAL_SCOPE,SEMAPHORE.")
    List<String> strategies;

    @Option(names = "--n", split = ",", paramLabel = "LIST", description = "Replace the profile's N values, e.g. 100,1000.")
    List<String> n;

    @Option(names = "--k", split = ",", paramLabel = "LIST",
            description = "Replace the profile's limits k of bounded strategies, e.g. 16,64.")
    List<String> k;

    @Option(names = "--repos", split = ",", paramLabel = "PATH",
            description = "Run the git benchmark on these repositories instead of the fixture (repeatable,"
                    + " or comma-separated).")
    List<Path> repos;

    @Option(names = "--repos-dir", paramLabel = "DIR",
            description = "Run the git benchmark on every repository in DIR (DIR itself and its immediate"
                    + " subfolders).")
    Path reposDir;

    @Option(names = "--jvms", defaultValue = "current", paramLabel = "current|auto|HOME,...",
            description = "The JDKs to measure on: the running one (default), every one installed (auto:"
                    + " JAVA_HOME, JAVA<N>_HOME, /usr/lib/jvm), or a list of JDK homes.")
    String jvms;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=V1,V2",
            description = "Replace a benchmark parameter's values in every case that has it, e.g. -p latencyMs=1,10.")
    Map<String, String> params = new LinkedHashMap<>();

    /**
     * Plans the profile's cases with these options, checking every parameter before any JDK is started, finds the
     * JVMs, and runs the cases; prints what came of it.
     */
    BenchmarkRun.Summary execute(Profile profile, BenchmarkRun.Reporter reporter) throws Exception {
        Map<String, List<String>> overrides = new LinkedHashMap<>();
        params.forEach((name, values) -> overrides.put(name, List.of(values.split(",", -1))));
        if (n != null) {
            overrides.put(Param.N.jmhName(), n);
        }
        if (k != null) {
            overrides.put(Param.LIMIT.jmhName(), k);
        }
        List<Path> userRepositories = UserRepositories.resolve(repos, reposDir);
        RunRequest request = new RunRequest(profile.id(), include, exclude, strategies, overrides,
                userRepositories.stream().map(Path::toString).toList(), jvms);
        return run(request, results, reporter, null);
    }

    /**
     * Goes on with the stopped run in {@code runDir}: the cases it has no record of, planned from the options it was
     * started with, measured into its own folder.
     */
    static BenchmarkRun.Summary resume(Path runDir, BenchmarkRun.Reporter reporter) throws Exception {
        RunDirectory directory = RunDirectory.existing(runDir);
        return run(RunRequest.of(directory.dir()), directory.root(), reporter, new BenchmarkRun.Resume(directory));
    }

    private static BenchmarkRun.Summary run(RunRequest request, Path results, BenchmarkRun.Reporter reporter,
            BenchmarkRun.Resume resume) throws Exception {
        RunPlan plan = request.plan();
        plan.cases(); // bad parameters are reported before any JDK is started
        List<String> jvmNotes = new ArrayList<>();
        List<JvmInfo> measuredOn = Jvms.resolve(request.jvms(), jvmNotes);
        BenchmarkRun.Summary summary = new BenchmarkRun(plan, results, System.out, reporter,
                request.repositories(), measuredOn, jvmNotes, request, resume).execute();
        System.out.printf("fanout-bench: %d ok, %d unsupported, %d failed%n", summary.count(RecordStatus.OK),
                summary.count(RecordStatus.UNSUPPORTED), summary.count(RecordStatus.FAILED));
        System.out.println("fanout-bench: report " + summary.directory().file("report.html"));
        System.out.println("fanout-bench: latest run " + results.resolve("latest"));
        return summary;
    }
}
