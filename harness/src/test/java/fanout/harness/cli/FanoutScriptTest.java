package fanout.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The top-level {@code fanout} script, as a user runs it: from another folder, on files in folders whose names hold a
 * space, quotes, {@code $} and a non-ASCII letter, given as paths relative to that folder. It needs what the build
 * writes at process-classes (harness/target/fanout-launch), so it runs in {@code mvn test}. No benchmark runs here.
 */
class FanoutScriptTest {
    /** The checkout: surefire runs the tests in harness/. */
    static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
    static final Path SCRIPT = ROOT.resolve("fanout");
    static final Path GOLDEN = ROOT.resolve("harness/src/test/resources/golden/results.json");
    static final Path OTHER_MACHINE = ROOT.resolve("harness/src/test/resources/merge/bench-b.json");

    /** A folder name no shell would leave alone unquoted: a space, both quotes, {@code $HOME}, {@code $(…)}, ü. */
    static final String AWKWARD = "a b'c\"$HOME $(echo x) ü";

    @TempDir
    Path cwd;

    /** What one run of the script gave. */
    record Outcome(int status, String out, String err) {
        String all() {
            return "exit " + status + "\nstdout: " + out + "\nstderr: " + err;
        }
    }

    /** Runs the script with {@code args}, exactly these strings, in {@link #cwd}. */
    Outcome fanout(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(SCRIPT.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("fanout-out", ".txt");
        Path err = Files.createTempFile("fanout-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("FANOUT_JAVA"); // the JDK the build chose
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("fanout " + String.join(" ", args) + " did not end within 120 s");
            }
            return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void helpFromAnotherFolderNamesTheCheckoutsResultsAsTheDefault() throws Exception {
        Outcome help = fanout("--help");
        assertEquals(0, help.status(), help.all());
        assertTrue(help.out().startsWith("Usage: fanout"), help.all());

        Outcome runHelp = fanout("run", "--help");
        assertEquals(0, runHelp.status(), runHelp.all());
        String expected = "Default: " + ROOT.toRealPath().resolve("results") + ".";
        // picocli wraps the help text (and breaks a word longer than its column), so compare without white space
        assertTrue(runHelp.out().replaceAll("\\s+", "").contains(expected.replaceAll("\\s+", "")), runHelp.all());
    }

    @Test
    void reportsAFileGivenRelativeToTheCallersFolderWhateverItsName() throws Exception {
        Path dir = Files.createDirectories(cwd.resolve(AWKWARD));
        Files.copy(GOLDEN, dir.resolve("results.json"));

        Outcome report = fanout("report", AWKWARD + "/results.json");

        assertEquals(0, report.status(), report.all());
        assertTrue(Files.size(dir.resolve("report.html")) > 0, report.all());
        assertTrue(Files.size(dir.resolve("report.md")) > 0, report.all());
        assertTrue(report.out().contains(dir.toRealPath().resolve("report.html").toString()), report.all());
    }

    @Test
    void mergesIntoAResultsFolderRelativeToTheCallersFolder() throws Exception {
        Path a = Files.createDirectories(cwd.resolve(AWKWARD + " A"));
        Path b = Files.createDirectories(cwd.resolve(AWKWARD + " B"));
        Files.copy(GOLDEN, a.resolve("results.json"));
        Files.copy(OTHER_MACHINE, b.resolve("results.json"));

        Outcome merge = fanout("merge", AWKWARD + " A/results.json", AWKWARD + " B/results.json",
                "--results", AWKWARD + " results");

        assertEquals(0, merge.status(), merge.all());
        Path results = cwd.resolve(AWKWARD + " results");
        assertTrue(Files.size(results.resolve("latest/report.html")) > 0, merge.all());
        assertTrue(Files.size(results.resolve("index.html")) > 0, merge.all());
    }

    @Test
    void passesTheHarnesssExitStatusAndItsOneLineThrough() throws Exception {
        Outcome missing = fanout("report", AWKWARD + "/missing.json");

        assertEquals(FanoutCli.EXIT_USAGE, missing.status(), missing.all());
        assertEquals("fanout: " + AWKWARD + "/missing.json: no such file", missing.err().strip(), missing.all());
    }
}
