package fanout.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.model.ResultsJson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped by a real SIGTERM, in a JVM of its own ({@link StoppedRunChild}): the report of what finished is
 * written during the JVM's shutdown, marked incomplete, and the JVM exits with the signal's status. A shutdown refuses
 * new shutdown hooks, and the first PNG used to register one (ImageIO's file cache): "the report could not be
 * written: Shutdown in progress". No timing: the signal is sent once the child says it is ready.
 */
class StoppedBySignalTest {

    @TempDir
    Path results;

    @Test
    void sigtermWritesTheReportOfWhatFinishedAndExitsNonZero() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), StoppedRunChild.class.getName(), results.toString())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.equals("ready")) {
                    child.toHandle().destroy(); // SIGTERM; Process.destroy() would also close its output
                }
            }
        }
        int status = child.waitFor();
        String said = String.join("\n", output);

        assertEquals(143, status, said);
        assertTrue(said.contains("the report of them, marked incomplete"), said);
        assertTrue(said.contains("removed: false"), "the run's end, during the shutdown, takes the hook away quietly\n"
                + said);
        assertFalse(said.contains("Exception"), said);
        Path run;
        try (Stream<Path> runs = Files.list(results.resolve("runs"))) {
            run = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertEquals(3, ResultsJson.read(run.resolve("results.json")).records().size(), "the finished records");
        assertTrue(Files.readString(run.resolve("report.md")).contains("INCOMPLETE: 3 of "));
        assertTrue(Files.exists(run.resolve("report.html")));
        assertTrue(Files.exists(run.resolve("charts/makespan-vs-n.png")));
    }
}
