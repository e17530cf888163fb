package fanout.strategy;

import java.util.Objects;

/**
 * The settings a strategy may use: the concurrency limit k of the bounded strategies (and of
 * {@link ExecutorKind#FIXED}), and the executor of {@link Strategy#ALL_OF}. Strategies ignore what they do
 * not use.
 */
public record StrategyConfig(int limit, ExecutorKind executor) {

    public static final int DEFAULT_LIMIT = 64;

    public StrategyConfig {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit k must be at least 1, was " + limit);
        }
        Objects.requireNonNull(executor, "executor");
    }

    public static StrategyConfig defaults() {
        return new StrategyConfig(DEFAULT_LIMIT, ExecutorKind.VIRTUAL);
    }

    public static StrategyConfig limit(int k) {
        return new StrategyConfig(k, ExecutorKind.VIRTUAL);
    }

    public StrategyConfig withExecutor(ExecutorKind kind) {
        return new StrategyConfig(limit, kind);
    }
}
