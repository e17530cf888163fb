package fanout.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.model.JvmInfo;
import fanout.harness.model.RecordStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code latest} moves only to a run that measured something: a run whose every case was unsupported on its JVM (the
 * virtual-thread strategies on a JDK 17, which starts no fork) keeps its records but leaves {@code latest} alone.
 */
class LatestTest {

    @TempDir
    Path results;

    @TempDir
    Path lockDir;

    @Test
    void aRunThatMeasuredNothingLeavesLatestAlone() throws Exception {
        JvmInfo jdk17 = new JvmInfo("jdk17", "/nowhere/jdk-17", "17.0.15", "test", "OpenJDK 64-Bit Server VM",
                "17.0.15", List.of(), 1, 2);
        RunPlan plan = new RunPlan(Profile.SMOKE, List.of("VIRTUAL_SCOPE"), null, "SimulatedIoBenchmark .*n=10 ",
                null);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        String before = System.getProperty(RunLock.DIR_PROPERTY);
        System.setProperty(RunLock.DIR_PROPERTY, lockDir.toString());
        BenchmarkRun.Summary summary;
        try {
            summary = new BenchmarkRun(plan, results, new PrintStream(console, true, StandardCharsets.UTF_8),
                    (document, directory) -> { }, List.of(), List.of(jdk17), List.of()).execute();
        } finally {
            if (before == null) {
                System.clearProperty(RunLock.DIR_PROPERTY);
            } else {
                System.setProperty(RunLock.DIR_PROPERTY, before);
            }
        }

        assertTrue(summary.count(RecordStatus.UNSUPPORTED) > 0);
        assertEquals(0, summary.count(RecordStatus.OK));
        assertTrue(Files.exists(summary.directory().file("results.json")), "its records are kept");
        assertFalse(Files.exists(results.resolve("latest"), java.nio.file.LinkOption.NOFOLLOW_LINKS),
                "latest was not pointed at a run that measured nothing");
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("nothing was measured"), console.toString());
    }
}
