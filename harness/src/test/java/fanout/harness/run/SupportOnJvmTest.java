package fanout.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.analysis.cases.Cases;
import fanout.harness.model.JvmInfo;
import fanout.strategy.Strategy;
import fanout.strategy.StructuredScopes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each JDK of a run can measure, and the flags a case's fork gets: decided before any fork starts. */
class SupportOnJvmTest {

    private static JvmInfo jdk(int feature) {
        return new JvmInfo("jdk" + feature, "/opt/jdk" + feature + "/bin/java", feature + ".0.1", "Vendor", "VM",
                feature + ".0.1+1", List.of(), 1, 2);
    }

    private static Map<String, String> params(Strategy strategy) {
        return Map.of("strategy", strategy.name(), "limit", "64", "executor", "VIRTUAL", "n", "100");
    }

    /** Why the strategy of the case with {@link #params} cannot run on the JDK, as a run decides it (null: it can). */
    private static String unsupportedReason(Strategy strategy, JvmInfo jvm) {
        return Cases.parse("SimulatedIoBenchmark", params(strategy)).strategy().unsupportedReason(jvm.feature());
    }

    @Test
    void virtualThreadsNeedJdk21AndTheStructuredScopeNeedsJdk25() {
        assertNull(unsupportedReason(Strategy.SEQUENTIAL, jdk(17)));
        assertEquals("unsupported on JDK 17: VIRTUAL_SCOPE needs virtual threads (JDK 21+)",
                unsupportedReason(Strategy.VIRTUAL_SCOPE, jdk(17)));
        assertNull(unsupportedReason(Strategy.VIRTUAL_SCOPE, jdk(21)));
        for (int feature : List.of(17, 21, 24, 26)) {
            assertEquals("unsupported on JDK " + feature + ": STRUCTURED_SCOPE needs JDK 25 (StructuredTaskScope is a"
                    + " preview API)", unsupportedReason(Strategy.STRUCTURED_SCOPE, jdk(feature)));
        }
    }

    /**
     * The build compiles the structured/ module exactly when its JDK (the one these tests run on) is 25 and
     * {@code fanout.structured.skip} is off (surefire passes it on); on JDK 25 the strategy then runs, else its
     * records say it was not built.
     */
    @Test
    void onJdk25TheStructuredScopeRunsExactlyWhenTheBuildCompiledIt() {
        boolean expectedBuilt = Runtime.version().feature() == StructuredScopes.RELEASE
                && !Boolean.getBoolean("fanout.structured.skip");
        assertEquals(expectedBuilt, StructuredScopes.built());
        String reason = unsupportedReason(Strategy.STRUCTURED_SCOPE, jdk(25));
        if (expectedBuilt) {
            assertNull(reason);
        } else {
            assertTrue(reason.startsWith("unsupported on JDK 25: STRUCTURED_SCOPE is not built: its module,"), reason);
        }
    }

    @Test
    void onlyTheStructuredScopesForksRunWithPreviewFeatures() {
        for (Strategy strategy : Strategy.values()) {
            BenchmarkCase simulated = new BenchmarkCase(Cases.parse("SimulatedIoBenchmark", params(strategy)),
                    new Iterations(1, 0, Duration.ofMillis(100), 2, Duration.ofMillis(100)));
            List<String> args = JmhLauncher.forkArgs(simulated, null);
            assertEquals(strategy == Strategy.STRUCTURED_SCOPE ? List.of("--enable-preview") : List.of(), args,
                    strategy.name());
        }
    }
}
