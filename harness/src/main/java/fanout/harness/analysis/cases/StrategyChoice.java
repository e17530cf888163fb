package fanout.harness.analysis.cases;

import fanout.strategy.ExecutorKind;
import fanout.strategy.Strategy;
import fanout.strategy.StrategyConfig;
import fanout.strategy.StructuredScopes;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A strategy with the settings a case gives it: the limit k and the executor, whether or not the strategy reads them
 * (a case's parameters always hold both).
 *
 * @param strategy the strategy
 * @param limit the limit k (read by bounded strategies and by ALL_OF on the FIXED executor)
 * @param executor the executor of ALL_OF (ignored by the others)
 */
public record StrategyChoice(Strategy strategy, int limit, ExecutorKind executor) {

    public StrategyChoice {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(executor, "executor");
    }

    /** The settings as the strategy takes them. */
    public StrategyConfig config() {
        return new StrategyConfig(limit, executor);
    }

    /** The strategy with the settings it uses, e.g. {@code SEMAPHORE(k=64)} or {@code ALL_OF(VIRTUAL)}. */
    public String label() {
        return strategy.label(config());
    }

    /** The limit k if the strategy reads it ({@code SEMAPHORE(k=64)}); empty for those that ignore it. */
    public OptionalInt usedLimit() {
        return strategy.usesLimit(config()) ? OptionalInt.of(limit) : OptionalInt.empty();
    }

    /** Whether k limits how many tasks run at once. */
    public boolean bounded() {
        return strategy.bounded();
    }

    /**
     * This choice with the settings its strategy does not read taken from {@code defaults}, so that two cases that
     * measure the same thing have the same parameters.
     */
    public StrategyChoice canonical(StrategyChoice defaults) {
        return new StrategyChoice(strategy, strategy.usesLimit(config()) ? limit : defaults.limit,
                strategy.usesExecutor() ? executor : defaults.executor);
    }

    /** Why the strategy cannot run on a JDK of this feature release, or null if it can. */
    public String unsupportedReason(int feature) {
        String preview = strategy.needsPreview() ? StructuredScopes.unavailableReason(feature) : null;
        if (preview != null) {
            return "unsupported on JDK " + feature + ": " + label() + " " + preview;
        }
        if (strategy.needsVirtualThreads(config()) && feature < 21) {
            return "unsupported on JDK " + feature + ": " + label() + " needs virtual threads (JDK 21+)";
        }
        return null;
    }
}
