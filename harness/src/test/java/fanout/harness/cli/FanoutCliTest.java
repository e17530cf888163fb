package fanout.harness.cli;

import static fanout.harness.cli.CliOutcome.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on the command line: one clear line on stderr naming the problem, exit status 2, no stack
 * trace, nothing written (in particular no run directory, so no earlier run is touched). None of these
 * cases runs a benchmark: every check happens before JMH is started.
 */
class FanoutCliTest {

    @TempDir
    Path results;

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("run", "--strategies", "TURBO"), "unknown strategy 'TURBO'"),
                Arguments.of(List.of("run", "--profile", "huge"), "unknown profile 'huge'"),
                Arguments.of(List.of("run", "--n", "0"), "N (tasks per fan-out) must be at least 1, was 0"),
                Arguments.of(List.of("run", "--n", "-5"), "N (tasks per fan-out) must be at least 1, was -5"),
                Arguments.of(List.of("run", "--n", "ten"), "n must be a whole number, was 'ten'"),
                Arguments.of(List.of("run", "--k", "0"), "k (the concurrency limit) must be at least 1, was 0"),
                Arguments.of(List.of("run", "-p", "distribution=ZIPF"), "unknown distribution 'ZIPF'"),
                Arguments.of(List.of("run", "-p", "colour=blue"), "unknown parameter 'colour'"),
                Arguments.of(List.of("run", "--include", "(["), "is not a valid regular expression"),
                Arguments.of(List.of("run", "--include", "no-such-case"), "no benchmark case of profile smoke matches"),
                Arguments.of(List.of("run", "--bogus"), "Unknown option: '--bogus'"),
                Arguments.of(List.of("frobnicate"), "Unmatched argument"));
    }

    /**
     * Every enum parameter of every benchmark the harness knows, read from the classes' {@code @Param} fields (so a
     * parameter added later is covered without touching this test), with a value none of them has.
     */
    static Stream<Arguments> everyEnumParameter() {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (String benchmark : fanout.harness.analysis.cases.BenchmarkCatalog.names()) {
            for (java.lang.reflect.Field field : fanout.harness.analysis.cases.BenchmarkCatalog.benchmarkClass(benchmark)
                    .getFields()) {
                if (field.isAnnotationPresent(org.openjdk.jmh.annotations.Param.class) && field.getType().isEnum()) {
                    seen.add(field.getName());
                }
            }
        }
        return seen.stream().map(name -> Arguments.of(List.of("run", "-p", name + "=BOGUS"),
                "unknown " + name + " 'BOGUS' (expected one of "));
    }

    /** Every command's help prints cleanly: no picocli warning (an unescaped % in a description makes one). */
    @ParameterizedTest(name = "{0} --help")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"run", "calibrate", "report", "index", "compare",
            "merge"})
    void everyCommandsHelpPrintsWithoutAWarning(String command) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream picocli = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(picocli, true, java.nio.charset.StandardCharsets.UTF_8));
        int status;
        try {
            status = FanoutCli.execute(new String[] {command, "--help"}, new java.io.PrintWriter(out, true),
                    new java.io.PrintWriter(err, true));
        } finally {
            System.setErr(stderr);
        }
        assertEquals(0, status);
        String warnings = err + picocli.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("", warnings, "warnings printing " + command + " --help");
        assertTrue(out.toString().contains("Usage:"), out.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEnumParameter")
    void aBadValueOfAnyEnumParameterIsRefusedBeforeAnythingRuns(List<String> args, String expected)
            throws IOException {
        badInputIsOneClearLineAndExitStatus2(args, expected);
    }

    @Test
    void aRunWhileAnotherRunsIsRefusedBeforeWritingAnything(@TempDir Path lockDir) throws Exception {
        String before = System.getProperty(fanout.harness.run.RunLock.DIR_PROPERTY);
        System.setProperty(fanout.harness.run.RunLock.DIR_PROPERTY, lockDir.toString());
        try (fanout.harness.run.RunLock running = fanout.harness.run.RunLock.acquire(lockDir,
                "fanout run --profile full into /elsewhere/results, pid 4242, since 2026-11-29T12:00:00Z")) {
            badInputIsOneClearLineAndExitStatus2(List.of("run", "--include", "strategy=SEMAPHORE"),
                    "another benchmark run is in progress: fanout run --profile full into /elsewhere/results, pid 4242");
        } finally {
            if (before == null) {
                System.clearProperty(fanout.harness.run.RunLock.DIR_PROPERTY);
            } else {
                System.setProperty(fanout.harness.run.RunLock.DIR_PROPERTY, before);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsOneClearLineAndExitStatus2(List<String> args, String expected) throws IOException {
        String[] withResults = Stream.concat(args.stream(), args.get(0).equals("run")
                ? Stream.of("--results", results.toString()) : Stream.empty()).toArray(String[]::new);

        CliOutcome outcome = run(withResults);

        assertEquals(FanoutCli.EXIT_USAGE, outcome.status(), outcome.err());
        String err = outcome.err().strip();
        assertTrue(err.contains(expected), () -> "stderr should say '" + expected + "' but was: " + err);
        assertEquals(1, err.lines().count(), () -> "one line expected, got: " + err);
        assertTrue(err.startsWith("fanout: "), err);
        assertFalse(err.contains("Exception"), () -> "no stack trace or exception name expected: " + err);
        try (Stream<Path> written = Files.list(results)) {
            assertEquals(0, written.count(), "bad input must not create anything in the results folder");
        }
    }

    @Test
    void repositoriesThatAreNotRepositoriesAreOneClearLineEach() throws IOException {
        Path plain = Files.createDirectories(results.resolve("inputs").resolve("not a repo $(x) ü"));
        Path empty = Files.createDirectories(results.resolve("inputs").resolve("empty"));

        CliOutcome notARepo = run("run", "--results", results.resolve("out").toString(), "--repos", plain.toString());
        CliOutcome missing = run("run", "--results", results.resolve("out").toString(), "--repos",
                plain.resolve("missing").toString());
        CliOutcome noneInDir = run("run", "--results", results.resolve("out").toString(), "--repos-dir",
                empty.toString());
        CliOutcome userWithout = run("run", "--results", results.resolve("out").toString(), "-p", "source=USER");

        assertTrue(notARepo.err().contains("is not a git repository"), notARepo.err());
        assertTrue(notARepo.err().contains("not a repo $(x) ü"), notARepo.err());
        assertTrue(missing.err().contains("no such folder"), missing.err());
        assertTrue(noneInDir.err().contains("no git repository in it"), noneInDir.err());
        assertTrue(userWithout.err().contains("source=USER needs your repositories"), userWithout.err());
        for (CliOutcome outcome : List.of(notARepo, missing, noneInDir, userWithout)) {
            assertEquals(FanoutCli.EXIT_USAGE, outcome.status(), outcome.err());
            assertEquals(1, outcome.err().strip().lines().count(), outcome.err());
        }
        assertFalse(Files.exists(results.resolve("out")), "nothing may be written on bad input");
    }

    @Test
    void aJdkPathThatIsNotAJdkOrTooOldIsOneClearLine() throws IOException {
        Path notAJdk = Files.createDirectories(results.resolve("inputs").resolve("not a jdk"));
        // A "JDK" whose java answers the suite's probe as JDK 11 would.
        Path old = Files.createDirectories(results.resolve("inputs").resolve("jdk-11").resolve("bin"));
        Path java = old.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho java.version=11.0.2\necho feature=11\n");
        java.toFile().setExecutable(true);

        CliOutcome ofNotAJdk = run("run", "--results", results.resolve("out").toString(), "--jvms", notAJdk.toString());
        CliOutcome ofOld = run("run", "--results", results.resolve("out").toString(), "--jvms",
                old.getParent().toString());

        assertEquals(FanoutCli.EXIT_USAGE, ofNotAJdk.status(), ofNotAJdk.err());
        assertTrue(ofNotAJdk.err().contains("is not a JDK (no executable bin/java in it)"), ofNotAJdk.err());
        assertEquals(FanoutCli.EXIT_USAGE, ofOld.status(), ofOld.err());
        assertTrue(ofOld.err().contains("is JDK 11; fanout-bench needs JDK 17 or newer"), ofOld.err());
        for (CliOutcome outcome : List.of(ofNotAJdk, ofOld)) {
            assertEquals(1, outcome.err().strip().lines().count(), outcome.err());
        }
        assertFalse(Files.exists(results.resolve("out")), "nothing may be written on bad input");
    }

    @Test
    void resultsFolderThatIsAFileIsRejectedAndLeftAlone() throws IOException {
        Path file = results.resolve("not-a-folder");
        Files.writeString(file, "an earlier file");

        CliOutcome outcome = run("run", "--results", file.toString(), "--strategies", "SEQUENTIAL", "--n", "1");

        assertEquals(FanoutCli.EXIT_USAGE, outcome.status(), outcome.err());
        assertTrue(outcome.err().contains("is a file, not a directory"), outcome.err());
        assertEquals(1, outcome.err().strip().lines().count(), outcome.err());
        assertEquals("an earlier file", Files.readString(file));
    }

    @Test
    void unwritableResultsFolderIsOneClearLine() {
        // /proc cannot hold new folders, even for root (who ignores permission bits).
        CliOutcome outcome = run("run", "--results", "/proc/fanout-results", "--strategies", "SEQUENTIAL", "--n", "1");

        assertEquals(FanoutCli.EXIT_USAGE, outcome.status(), outcome.err());
        assertTrue(outcome.err().startsWith("fanout: cannot write to results directory /proc/fanout-results"),
                outcome.err());
        assertEquals(1, outcome.err().strip().lines().count(), outcome.err());
    }

    @Test
    void reportOfAFileThatIsNotResultsIsOneClearLine() throws IOException {
        Path foreign = results.resolve("package.json");
        Files.writeString(foreign, "{\"name\": \"something else\"}");
        Path truncated = results.resolve("truncated.json");
        Files.writeString(truncated, "{\"format\": \"fanout-bench-results\", \"schemaVersion\": 1, \"run\": {");

        CliOutcome ofForeign = run("report", foreign.toString());
        CliOutcome ofTruncated = run("report", truncated.toString());
        CliOutcome ofMissing = run("report", results.resolve("missing.json").toString());

        assertEquals(FanoutCli.EXIT_USAGE, ofForeign.status());
        assertTrue(ofForeign.err().contains("not a fanout-bench results file"), ofForeign.err());
        assertEquals(FanoutCli.EXIT_USAGE, ofTruncated.status());
        assertTrue(ofTruncated.err().contains("not valid JSON (truncated or corrupt?)"), ofTruncated.err());
        assertEquals(FanoutCli.EXIT_USAGE, ofMissing.status());
        assertTrue(ofMissing.err().contains("no such file"), ofMissing.err());
        for (CliOutcome outcome : List.of(ofForeign, ofTruncated, ofMissing)) {
            assertEquals(1, outcome.err().strip().lines().count(), outcome.err());
        }
    }
}
