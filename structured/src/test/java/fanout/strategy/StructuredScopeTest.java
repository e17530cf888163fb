package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import org.junit.jupiter.api.Test;

/**
 * What only this module can check: that it runs where it must (so the contract tests it runs from the benchmarks
 * module really test STRUCTURED_SCOPE), and the bare primitive of the overhead benchmark.
 */
class StructuredScopeTest {

    @Test
    void theStrategyIsAvailableHereAndCompiledForThisRelease() {
        assertNull(StructuredScopes.unavailableReason(), "the module's tests run on JDK 25 with --enable-preview");
        assertEquals(StructuredScopes.RELEASE, Runtime.version().feature());
        try (FanOut fanOut = Strategy.STRUCTURED_SCOPE.create(StrategyConfig.defaults())) {
            assertInstanceOf(StructuredScope.class, fanOut);
        }
    }

    @Test
    void theContractTestsRunOnStructuredScopeOnly() {
        assertEquals(List.of(Strategy.STRUCTURED_SCOPE), StrategyCase.strategies().toList());
    }

    @Test
    void theBarePrimitiveReturnsValuesInInputOrder() throws Exception {
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> 2, () -> 3);
        assertEquals(List.of(1, 2, 3), StructuredScopes.bare().run(tasks));
    }

    @Test
    void theBarePrimitiveThrowsTheFirstFailureAsTheScopeDoes() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
            throw boom;
        });
        StructuredTaskScope.FailedException failed =
                assertThrows(StructuredTaskScope.FailedException.class, () -> StructuredScopes.bare().run(tasks));
        assertSame(boom, failed.getCause());
    }
}
