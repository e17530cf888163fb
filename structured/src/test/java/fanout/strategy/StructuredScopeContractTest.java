package fanout.strategy;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The contract tests every strategy passes (from the benchmarks module's test-jar), run here on STRUCTURED_SCOPE
 * alone: surefire sets {@code fanout.test.strategies=STRUCTURED_SCOPE} and {@code --enable-preview}. Named by class,
 * so that a renamed contract test fails to compile here instead of silently running nothing; a new contract test
 * class is added to this list.
 */
@Suite
@SelectClasses({OrderAndOutcomesTest.class, CancellationTest.class, DeadlineTest.class, BoundsTest.class,
        FirstErrorNoCancelTest.class, FirstSuccessTest.class, OutcomeListenerTest.class})
class StructuredScopeContractTest {
}
