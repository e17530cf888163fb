package fanout.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import fanout.harness.UsageException;
import fanout.harness.analysis.cases.BenchmarkCatalog;
import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.JmhResult;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultsJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import fanout.jmh.GitBenchmark.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one benchmark case through JMH's API in this process; JMH forks the measuring JVM. JMH's own log goes
 * to {@code log}, its JSON result to a file next to it, which is read back and returned.
 */
final class JmhLauncher {

    /**
     * The flags of every fork, set explicitly: otherwise JMH copies the harness's own flags into the forks, which can
     * break a fork on another JDK. The heap is fixed ({@code -Xms} = {@code -Xmx}), so that no JVM, machine or fork
     * sizes it differently: a heap sized from the machine's memory would be a confound of every comparison across
     * machines and JVMs. 4 GiB holds a fan-out of a million virtual threads.
     */
    static final List<String> FORK_JVM_ARGS = List.of("-Xms4g", "-Xmx4g", "-XX:+UseG1GC", "-Djava.awt.headless=true");

    /** How the JDK is told which subprocess launch mechanism to use; it reads it once, at start. */
    private static final String LAUNCH_MECHANISM_PROPERTY = "jdk.lang.Process.launchMechanism";

    private final PrintStream log;
    private final Path scratch;

    JmhLauncher(PrintStream log, Path scratch) {
        this.log = log;
        this.scratch = scratch;
    }

    /**
     * The JVM flags a case's fork needs beyond the run's own: {@code --enable-preview} for STRUCTURED_SCOPE (and
     * only there, so that no other measurement runs with preview features on); the subprocess launch mechanism of
     * the git benchmark, which the JDK reads when the JVM starts, so it is a flag, not a parameter set afterwards;
     * the user's repository list, as a file named by a system property.
     *
     * @param userRepos the file listing the user's repositories, or null
     * @throws UsageException for a case on the user's repositories without that file
     */
    static List<String> forkArgs(BenchmarkCase benchmarkCase, Path userRepos) {
        List<String> args = new ArrayList<>();
        Case c = benchmarkCase.benchmarkCase();
        if (c.strategy().strategy().needsPreview()) {
            args.add("--enable-preview");
        }
        if (c instanceof GitCase git) {
            String mechanism = git.launchMechanism().property();
            if (mechanism != null) {
                args.add("-D" + LAUNCH_MECHANISM_PROPERTY + "=" + mechanism);
            }
            if (git.source() == Source.USER) {
                if (userRepos == null) {
                    throw new UsageException("source=USER needs the repositories: give --repos or --repos-dir");
                }
                args.add("-D" + Source.REPOS_PROPERTY + "=" + userRepos.toAbsolutePath());
            }
        }
        return List.copyOf(args);
    }

    /**
     * Runs {@code benchmarkCase} on {@code jvm}, its fork started with the JVM's flags and {@code extraJvmArgs}.
     *
     * @throws CaseFailedException with the benchmark's own error as reason if it failed
     */
    CaseResult run(BenchmarkCase benchmarkCase, JvmInfo jvm, List<String> extraJvmArgs)
            throws CaseFailedException, InterruptedException {
        Path json = scratch.resolve("jmh-case.json");
        Iterations it = benchmarkCase.iterations();
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(BenchmarkCatalog.className(benchmarkCase.benchmark())) + "\\."
                        + Workload.METHOD + "$")
                .forks(it.forks())
                .warmupIterations(it.warmupIterations())
                .warmupTime(TimeValue.milliseconds(it.warmupTime().toMillis()))
                .measurementIterations(it.measurementIterations())
                .measurementTime(TimeValue.milliseconds(it.measurementTime().toMillis()))
                .jvm(jvm.path())
                .jvmArgs(java.util.stream.Stream.concat(jvm.jvmArgs().stream(), extraJvmArgs.stream())
                        .toArray(String[]::new))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .result(json.toString())
                .resultFormat(ResultFormatType.JSON);
        for (Map.Entry<String, String> param : benchmarkCase.params().entrySet()) {
            options.param(param.getKey(), param.getValue());
        }
        log.println("# fanout-bench case: " + benchmarkCase.id() + " on " + jvm.id());
        OutputFormat output = OutputFormatFactory.createFormatInstance(log, VerboseMode.EXTRA);
        try {
            Files.deleteIfExists(json);
            new Runner(options.build(), output).run();
            if (Thread.interrupted()) {
                throw new InterruptedException("run interrupted");
            }
            JsonNode raw = ResultsJson.mapper().readTree(json.toFile());
            List<JmhResult> results = List.of(ResultsJson.mapper().treeToValue(raw, JmhResult[].class));
            if (results.isEmpty()) {
                throw new CaseFailedException("JMH produced no result (is the benchmark compiled? see jmh.log)");
            }
            return new CaseResult(results, raw);
        } catch (RunnerException e) {
            throw new CaseFailedException(reason(e));
        } catch (IOException e) {
            throw new CaseFailedException("cannot read JMH's result: " + e.getMessage());
        } finally {
            log.flush();
        }
    }

    /**
     * The benchmark's own exception, found under JMH's wrappers (JMH attaches a fork's exceptions as
     * suppressed to the exception it throws); the whole story is in jmh.log.
     */
    static String reason(Throwable error) {
        Throwable deepest = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getSuppressed().length > 0) {
                return rootCause(t.getSuppressed()[0]).toString();
            }
            deepest = t;
        }
        return deepest.toString();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** What JMH measured for one case: parsed, and as JMH wrote it (kept in the run's jmh-result.json). */
    record CaseResult(List<JmhResult> results, JsonNode raw) {}

    /** A case that ran and failed; the message is the reason recorded in the results. */
    static final class CaseFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        CaseFailedException(String reason) {
            super(reason);
        }
    }
}
