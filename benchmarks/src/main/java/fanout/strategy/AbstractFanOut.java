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
        FanOutCall<T> call = new FanOutCall<>(tasks, policy, completion(), slotThreads());
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

    /** Whether slots share their threads with other work (the default) or each has a thread that ends with it. */
    FanOutCall.SlotThreads slotThreads() {
        return FanOutCall.SlotThreads.SHARED;
    }

    /** Nothing owned across calls, by default. */
    @Override
    public void close() {}
}
