package fanout.strategy;

import java.util.function.Function;

/**
 * The ways to run N independent blocking tasks. A new strategy is one class and one constant here; every
 * contract test, benchmark and chart picks it up from this enum.
 */
public enum Strategy {
    /** One after another on the calling thread: the baseline ({@code for ...: await task}). */
    SEQUENTIAL(false, false, config -> new Sequential()),
    /**
     * {@code CompletableFuture.runAsync} per task on {@link StrategyConfig#executor()}, then
     * {@code allOf} ({@code asyncio.gather}).
     */
    ALL_OF(false, false, config -> new AllOf(config.executor(), config.limit())),
    /**
     * A virtual thread per task inside a scope that cannot outlive the call; the first failure (under
     * FAIL_FAST) cancels the rest ({@code asyncio.TaskGroup}). JDK 21+.
     */
    VIRTUAL_SCOPE(true, false, config -> new VirtualScope()),
    /**
     * A virtual thread per task, each waiting for one of k permits of a fair semaphore before it runs
     * ({@code asyncio.Semaphore} + {@code gather}): at most k in flight, the next starts as soon as one ends.
     * JDK 21+.
     */
    SEMAPHORE(true, true, config -> new SemaphoreBounded(config.limit())),
    /**
     * Chunks of k tasks in input order, a virtual thread each; a chunk starts when the whole previous chunk
     * has ended (a loop of {@code gather}s). JDK 21+.
     */
    BATCHED(true, true, config -> new Batched(config.limit())),
    /** {@code ExecutorService.invokeAll} on a pool of k platform threads: what most code does today. */
    FIXED_POOL(false, true, config -> new FixedPool(config.limit())),
    /**
     * A virtual-thread scope that starts a task only when fewer than k are running: bounded and fail-fast,
     * with at most k threads alive ({@code BoundedTaskGroup}). JDK 21+.
     */
    BOUNDED_SCOPE(true, true, config -> new BoundedScope(config.limit())),
    /**
     * {@code StructuredTaskScope} (a preview API of JDK 25): a subtask per task, joined with
     * {@code Joiner.allUntil}; the first failure (under FAIL_FAST) or the deadline cancels the scope
     * ({@code asyncio.TaskGroup}). Runs only on JDK 25 with {@code --enable-preview}; see {@link StructuredScopes}.
     */
    STRUCTURED_SCOPE(true, false, config -> StructuredScopes.create());

    private final boolean needsVirtualThreads;
    private final boolean bounded;
    private final Function<StrategyConfig, FanOut> factory;

    Strategy(boolean needsVirtualThreads, boolean bounded, Function<StrategyConfig, FanOut> factory) {
        this.needsVirtualThreads = needsVirtualThreads;
        this.bounded = bounded;
        this.factory = factory;
    }

    /** Whether this strategy (with this config) needs JDK 21+. */
    public boolean needsVirtualThreads(StrategyConfig config) {
        return needsVirtualThreads || (this == ALL_OF && config.executor().needsVirtualThreads());
    }

    /** Whether k limits how many tasks run at once. */
    public boolean bounded() {
        return bounded;
    }

    /** Whether the strategy reads {@link StrategyConfig#limit()} with this config. */
    public boolean usesLimit(StrategyConfig config) {
        return bounded || (this == ALL_OF && config.executor() == ExecutorKind.FIXED);
    }

    /** Whether the strategy reads {@link StrategyConfig#executor()}. */
    public boolean usesExecutor() {
        return this == ALL_OF;
    }

    /**
     * Whether this strategy needs a preview API of JDK {@value StructuredScopes#RELEASE}: its forks must run there
     * with {@code --enable-preview}, and nowhere else.
     */
    public boolean needsPreview() {
        return this == STRUCTURED_SCOPE;
    }

    /**
     * A new instance; close it when done.
     *
     * @throws UnsupportedOperationException "needs JDK 21+" where this JVM lacks virtual threads, "needs JDK 25"
     *     or "needs --enable-preview" for STRUCTURED_SCOPE
     */
    public FanOut create(StrategyConfig config) {
        if (needsPreview()) {
            StructuredScopes.require(label(config));
        }
        if (needsVirtualThreads(config)) {
            VirtualThreads.require(label(config));
        }
        return factory.apply(config);
    }

    /** A short label that names the settings this strategy uses, e.g. {@code SEMAPHORE(k=64)}. */
    public String label(StrategyConfig config) {
        if (bounded) {
            return name() + "(k=" + config.limit() + ")";
        }
        if (usesExecutor()) {
            return usesLimit(config)
                    ? name() + "(" + config.executor() + ", k=" + config.limit() + ")"
                    : name() + "(" + config.executor() + ")";
        }
        return name();
    }
}
