package fanout.strategy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One strategy with the settings a contract test runs it with: every {@link Strategy}, and {@link Strategy#ALL_OF}
 * once per {@link ExecutorKind}. Its {@code toString} is the strategy's label, the display name of every
 * parameterized test.
 */
record StrategyCase(Strategy strategy, StrategyConfig config) {

    /** The concurrency limit k of the bounded strategies in these tests: well below {@link #N}. */
    static final int K = 4;

    /** How many tasks a fan-out of these tests has. */
    static final int N = 20;

    /**
     * The system property naming the strategies under test, comma-separated: the {@code structured/} module sets
     * it to STRUCTURED_SCOPE, whose tests run there, on JDK 25 with {@code --enable-preview}
     * ({@code StructuredScopeContractTest} lists the contract test classes it runs).
     */
    static final String UNDER_TEST = "fanout.test.strategies";

    /**
     * The strategies under test: those {@link #UNDER_TEST} names, or else every strategy but STRUCTURED_SCOPE
     * (whose classes this module does not have). Named strategies must run here: a test of one this JVM cannot
     * run fails, it is never skipped.
     */
    static Stream<Strategy> strategies() {
        String named = named();
        if (named.isEmpty()) {
            return Arrays.stream(Strategy.values()).filter(strategy -> strategy != Strategy.STRUCTURED_SCOPE);
        }
        return Arrays.stream(named.split(",")).map(String::strip).map(Strategy::valueOf);
    }

    /** What {@link #UNDER_TEST} names, or "" for the default set. */
    static String named() {
        return System.getProperty(UNDER_TEST, "").strip();
    }

    /**
     * Every strategy under test, ALL_OF with every executor kind. Without {@link #UNDER_TEST}, on a JDK without
     * virtual threads (a build run on JDK 17 with {@code -Dfanout.jdk.range}), only the cases that need none;
     * {@code VirtualThreadsTest} checks that every JDK 21+ has them, so that nothing is left out there.
     */
    static Stream<StrategyCase> all() {
        Stream<StrategyCase> cases = strategies().flatMap(strategy -> strategy == Strategy.ALL_OF
                ? Arrays.stream(ExecutorKind.values()).map(kind -> of(strategy, kind))
                : Stream.of(of(strategy, ExecutorKind.VIRTUAL)));
        return named().isEmpty() && !VirtualThreads.available()
                ? cases.filter(c -> !c.strategy().needsVirtualThreads(c.config()))
                : cases;
    }

    /** Every strategy under test with every failure policy: the arguments (case, policy) of a contract test. */
    static Stream<Arguments> allWithPolicies() {
        return all().flatMap(strategy -> Stream.of(FailurePolicy.values())
                .map(policy -> Arguments.of(strategy, policy)));
    }

    /** The strategies that run at most k tasks at once: the bounded ones and ALL_OF on k threads. */
    static Stream<StrategyCase> bounded() {
        return all().filter(StrategyCase::boundedByK);
    }

    /** The strategies that run at least three tasks at once: a failure, and two tasks failing after it. */
    static Stream<StrategyCase> concurrent() {
        return all().filter(c -> c.width() >= 3);
    }

    static StrategyCase of(Strategy strategy, ExecutorKind kind) {
        return new StrategyCase(strategy, new StrategyConfig(K, kind));
    }

    FanOut create() {
        return strategy.create(config);
    }

    boolean boundedByK() {
        return strategy.bounded() || (strategy == Strategy.ALL_OF && config.executor() == ExecutorKind.FIXED);
    }

    /** How many tasks this strategy runs at once at most, on this machine: {@link IdealSchedule#width}. */
    int width() {
        return IdealSchedule.width(strategy, config, ExecutorKind.defaultAsyncParallelism());
    }

    /**
     * How many tasks are in flight once the strategy has started all it can, after {@code ended} of {@code n}
     * tasks have ended in input order chunks (BATCHED) or in any order (the others): what a test may wait for
     * without risking a hang, and what a bounded strategy must reach.
     */
    int inFlightWhenSettled(int n, int ended) {
        if (strategy == Strategy.BATCHED) {
            int k = config.limit();
            return Math.min(n, (ended / k + 1) * k) - ended;
        }
        return Math.min(width(), n - ended);
    }

    /**
     * Whether each task runs on a thread created for it that must have ended when {@code run} returns (as
     * opposed to the caller's thread, or a pool thread that lives on).
     */
    boolean threadsEndWithCall() {
        return switch (strategy) {
            case VIRTUAL_SCOPE, SEMAPHORE, BATCHED, BOUNDED_SCOPE, STRUCTURED_SCOPE -> true;
            case SEQUENTIAL, FIXED_POOL -> false;
            case ALL_OF -> config.executor() == ExecutorKind.VIRTUAL
                    || (config.executor() == ExecutorKind.DEFAULT_ASYNC && ExecutorKind.defaultAsyncParallelism() == 0);
        };
    }

    @Override
    public String toString() {
        return strategy.label(config);
    }
}
