package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The door to STRUCTURED_SCOPE, where the strategy cannot run: this module has neither its classes nor
 * {@code --enable-preview}, so it must say why in one sentence and never fail to load.
 */
class StructuredScopesTest {

    @Test
    void withoutTheStructuredModuleTheStrategySaysWhyItCannotRun() {
        String reason = StructuredScopes.unavailableReason();
        assertNotNull(reason);
        assertFalse(StructuredScopes.built(), "the benchmarks module's tests run without the structured/ module");
        assertTrue(reason.contains("JDK " + StructuredScopes.RELEASE), reason);

        UnsupportedOperationException thrown = assertThrows(UnsupportedOperationException.class,
                () -> Strategy.STRUCTURED_SCOPE.create(StrategyConfig.defaults()));
        assertTrue(thrown.getMessage().startsWith("STRUCTURED_SCOPE " + reason), thrown.getMessage());
        assertThrows(UnsupportedOperationException.class, StructuredScopes::bare);
    }

    @Test
    void onlyTheStructuredScopeNeedsThePreview() {
        for (Strategy strategy : Strategy.values()) {
            assertTrue(strategy.needsPreview() == (strategy == Strategy.STRUCTURED_SCOPE), strategy.name());
        }
    }
}
