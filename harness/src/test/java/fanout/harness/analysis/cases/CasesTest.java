package fanout.harness.analysis.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.model.ResultRecord;
import fanout.jmh.GitBenchmark.LaunchMechanism;
import fanout.jmh.StrategyOverheadBenchmark.Implementation;
import fanout.strategy.ExecutorKind;
import fanout.strategy.FailurePolicy;
import fanout.strategy.Strategy;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one parser of a record's parameters: names from the benchmark classes, typed values, and back. */
class CasesTest {

    @ParameterizedTest
    @EnumSource(Workload.class)
    void theParserKnowsExactlyTheParametersTheBenchmarkClassDeclares(Workload workload) {
        List<String> declared = List.copyOf(BenchmarkCatalog.defaults(workload.benchmarkClass()).keySet());

        assertEquals(declared, Cases.params(workload).stream().map(Param::jmhName).toList());
    }

    @ParameterizedTest
    @EnumSource(Workload.class)
    void theDefaultsParseAndWriteBackUnchanged(Workload workload) {
        Map<String, String> defaults = new TreeMap<>(BenchmarkCatalog.defaults(workload.benchmarkClass()));

        Case parsed = Cases.parse(workload.benchmarkClass(), defaults);

        assertEquals(workload, parsed.workload());
        assertEquals(defaults, parsed.params());
    }

    @Test
    void everyRecordOfTheSampleRunReadsBackToItsParameters() {
        for (ResultRecord record : SampleResults.load().records()) {
            Case parsed = Cases.parse(record.benchmark(), record.params());
            Map<String, String> completed = new TreeMap<>(BenchmarkCatalog.complete(
                    parsed.workload().benchmarkClass(), record.params()));

            assertEquals(completed, parsed.params(), record.toString());
            assertEquals(parsed, Cases.parse(record.benchmark(), parsed.params()));
        }
    }

    @Test
    void aSimulatedCaseHasEveryParameterTyped() {
        Map<String, String> params = new HashMap<>(Map.of("strategy", "SEMAPHORE", "n", "1000", "latencyMs", "2.5",
                "distribution", "PARETO", "limit", "16", "executor", "FIXED", "fault", "FAIL_LAST", "failureRate",
                "0.05", "policy", "FAIL_FAST", "deadlineMs", "500"));
        params.put("seed", "7");

        SimulatedIoCase c = assertInstanceOf(SimulatedIoCase.class,
                Cases.parse("SimulatedIoBenchmark.fanOut", params));

        assertEquals(new StrategyChoice(Strategy.SEMAPHORE, 16, ExecutorKind.FIXED), c.strategy());
        assertEquals(1000, c.n());
        assertEquals(2.5, c.latencyMs());
        assertEquals(LatencyDistribution.PARETO, c.distribution());
        assertEquals(Fault.FAIL_LAST, c.fault());
        assertEquals(0.05, c.failureRate());
        assertEquals(FailurePolicy.FAIL_FAST, c.policy());
        assertEquals(500, c.deadlineMs());
        assertEquals(7, c.seed());
        assertEquals("SEMAPHORE(k=16)", c.label());
        assertFalse(c.undisturbed());
        assertEquals("2.5", c.params().get("latencyMs"));
    }

    @Test
    void aMissingParameterHasTheBenchmarksDefault() {
        OverheadCase c = assertInstanceOf(OverheadCase.class, Cases.parse("StrategyOverheadBenchmark",
                Map.of("strategy", "VIRTUAL_SCOPE", "implementation", "BARE", "n", "1000")));

        assertEquals(0, c.latencyMs());
        assertEquals(Implementation.BARE, c.implementation());
        assertEquals("VIRTUAL_SCOPE", c.label(), "the label is the strategy's on both sides");
        assertTrue(c.settings().contains(new Case.Setting(Param.IMPLEMENTATION, "BARE")), c.settings().toString());
    }

    @Test
    void aGitCaseReadsItsLaunchMechanism() {
        GitCase c = assertInstanceOf(GitCase.class, Cases.parse("GitBenchmark",
                Map.of("strategy", "FIXED_POOL", "repos", "200", "launchMechanism", "VFORK")));

        assertEquals(LaunchMechanism.VFORK, c.launchMechanism());
        assertEquals("FIXED_POOL(k=8)", c.label());
        assertTrue(c.statusOfFixtureRepositories());
        assertEquals(c.withLaunchMechanism(LaunchMechanism.DEFAULT), Cases.parse("GitBenchmark",
                Map.of("strategy", "FIXED_POOL", "repos", "200")));
    }

    @Test
    void settingsAreWhatTheLabelDoesNotSay() {
        Case c = Cases.parse("SimulatedIoBenchmark", Map.of("strategy", "ALL_OF", "executor", "FIXED", "limit", "8"));

        assertEquals("ALL_OF(FIXED, k=8)", c.label());
        assertTrue(c.settings().stream().noneMatch(s -> s.param() == Param.STRATEGY || s.param() == Param.LIMIT
                || s.param() == Param.EXECUTOR), c.settings().toString());
        assertEquals(List.of("n", "latencyMs", "distribution", "fault", "failureRate", "policy", "deadlineMs",
                "seed"), c.settings().stream().map(s -> s.param().jmhName()).toList());
    }

    @Test
    void aValueThatDoesNotParseIsNamed() {
        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
                () -> Cases.parse("SimulatedIoBenchmark", Map.of("n", "many")));
        IllegalArgumentException notAConstant = assertThrows(IllegalArgumentException.class,
                () -> Cases.parse("GitBenchmark", Map.of("launchMechanism", "CLONE")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Cases.parse("NoSuchBenchmark.fanOut", Map.of()));

        assertEquals("n 'many' is not a whole number", notANumber.getMessage());
        assertEquals("launchMechanism 'CLONE' is not a LaunchMechanism", notAConstant.getMessage());
        assertTrue(unknown.getMessage().contains("NoSuchBenchmark"), unknown.getMessage());
    }

    @Test
    void canonicalTakesTheDefaultsOfWhatTheStrategyDoesNotRead() {
        StrategyChoice defaults = new StrategyChoice(Strategy.VIRTUAL_SCOPE, 64, ExecutorKind.VIRTUAL);

        assertEquals(new StrategyChoice(Strategy.SEQUENTIAL, 64, ExecutorKind.VIRTUAL),
                new StrategyChoice(Strategy.SEQUENTIAL, 8, ExecutorKind.CACHED).canonical(defaults));
        assertEquals(new StrategyChoice(Strategy.SEMAPHORE, 8, ExecutorKind.VIRTUAL),
                new StrategyChoice(Strategy.SEMAPHORE, 8, ExecutorKind.CACHED).canonical(defaults));
        assertEquals(new StrategyChoice(Strategy.ALL_OF, 64, ExecutorKind.CACHED),
                new StrategyChoice(Strategy.ALL_OF, 8, ExecutorKind.CACHED).canonical(defaults));
        assertEquals(new StrategyChoice(Strategy.ALL_OF, 8, ExecutorKind.FIXED),
                new StrategyChoice(Strategy.ALL_OF, 8, ExecutorKind.FIXED).canonical(defaults));
    }

    @Test
    void unsupportedReasonsNameTheJdk() {
        assertEquals("unsupported on JDK 17: VIRTUAL_SCOPE needs virtual threads (JDK 21+)",
                new StrategyChoice(Strategy.VIRTUAL_SCOPE, 64, ExecutorKind.VIRTUAL).unsupportedReason(17));
        assertEquals(null, new StrategyChoice(Strategy.VIRTUAL_SCOPE, 64, ExecutorKind.VIRTUAL)
                .unsupportedReason(21));
        assertEquals(null, new StrategyChoice(Strategy.ALL_OF, 64, ExecutorKind.FIXED).unsupportedReason(17));
        assertTrue(new StrategyChoice(Strategy.STRUCTURED_SCOPE, 64, ExecutorKind.VIRTUAL).unsupportedReason(21)
                .startsWith("unsupported on JDK 21: STRUCTURED_SCOPE needs JDK 25"));
    }
}
