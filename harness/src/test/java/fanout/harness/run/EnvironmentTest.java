package fanout.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The suite's commit is read in the checkout the harness was loaded from, not in the working directory: the
 * {@code fanout} script runs the harness in the user's folder, which may be another repository or none.
 */
class EnvironmentTest {

    @Test
    void theSuitesCommitIsReadWhereTheHarnessWasLoadedFrom() throws Exception {
        Path classes = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target/classes");
        assertEquals(classes.toRealPath(), Environment.suiteLocation().toRealPath());
    }
}
