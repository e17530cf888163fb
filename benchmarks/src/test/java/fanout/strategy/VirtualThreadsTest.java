package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Virtual threads are found exactly where they exist: on JDK 21+ (so the contract tests, which leave out the
 * strategies that need them only where they are missing, leave out nothing there), and "needs JDK 21+" below.
 */
class VirtualThreadsTest {

    @Test
    void availableExactlyFromJdk21() {
        boolean jdk21 = Runtime.version().feature() >= 21;
        assertEquals(jdk21, VirtualThreads.available());
        if (!jdk21) {
            UnsupportedOperationException thrown = assertThrows(UnsupportedOperationException.class,
                    () -> Strategy.VIRTUAL_SCOPE.create(StrategyConfig.defaults()));
            assertTrue(thrown.getMessage().contains("needs JDK 21+"), thrown.getMessage());
        }
    }
}
