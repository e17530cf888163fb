package fanout.strategy;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * The template every strategy follows: make the call's shared state, let the strategy {@link #launch} the
 * slots, turn an interrupt or a failure to start into a cancellation, wait for every slot, return.
 */
abstract class AbstractFanOut implements FanOut {

    @Override
    public final <T> List<Outcome<T>> run(List<? extends Callable<? extends T>> tasks, Policy policy)
            throws FanOutException, InterruptedException {
        FanOutCall<T> call = new FanOutCall<>(tasks, policy, completion());
        try {
            launch(call);
        } catch (InterruptedException e) {
            call.callerInterrupted();
        } catch (RuntimeException | Error e) {
            call.launchFailed(e);
        }
        call.awaitAll();
        return call.result();
    }

    /**
     * Runs every slot of {@code call} exactly once ({@link FanOutCall#runSlot}) on threads of this strategy's
     * choice, and returns once every slot it started has ended ({@link FanOutCall#awaitAll}). Slots need not
     * be started after {@link FanOutCall#stopped()}. Threads created for the call must have ended on return.
     *
     * @throws InterruptedException if the caller was interrupted while starting or waiting
     */
    abstract void launch(FanOutCall<?> call) throws InterruptedException;

    /**
     * How the end of every slot is known: by default the strategy waits for its slots itself before {@link #launch}
     * returns (on its own thread, by joining its threads, or through its futures); a strategy that hands slots to
     * long-lived pool threads and returns at once needs the count ({@link FanOutCall.Completion#COUNTED}).
     */
    FanOutCall.Completion completion() {
        return FanOutCall.Completion.BY_STRATEGY;
    }

    /** What a strategy does inside a virtual-thread scope: start the slots on {@code scope}. */
    @FunctionalInterface
    interface ScopeBody {
        void launch(CallScope scope) throws InterruptedException;
    }

    /**
     * Runs {@code body} inside a virtual-thread scope ({@link CallScope}), then waits for every thread the scope
     * started to end, which is every slot's end too. An interrupt or a failure to start a thread stops the fan-out
     * <em>before</em> the scope waits for its threads, so that waiting means waiting for cancelled tasks, not for
     * tasks left to run on; so does an interrupt while waiting.
     */
    static void inVirtualScope(FanOutCall<?> call, ScopeBody body) {
        try (CallScope scope = VirtualThreads.scope(call.size())) {
            try {
                body.launch(scope);
            } catch (InterruptedException e) {
                call.callerInterrupted();
            } catch (RuntimeException | Error e) {
                call.launchFailed(e);
            }
            scope.awaitThreads(call::callerInterrupted);
        }
    }

    /** Nothing owned across calls, by default. */
    @Override
    public void close() {}
}
