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
        if (policy.onFailure() == FailurePolicy.FIRST_ERROR_NO_CANCEL) {
            return stopsAtFirstFailure() ? FirstErrorNoCancel.runInline(this, tasks, policy)
                    : FirstErrorNoCancel.run(this, tasks, policy);
        }
        return execute(new FanOutCall<>(tasks, policy, completion(), slotThreads()));
    }

    /** The winner's value, from the fan-out's own record of which success stopped it ({@link FanOutCall}). */
    @Override
    public final <T> T firstSuccess(List<? extends Callable<? extends T>> tasks, Policy policy)
            throws FanOutException, InterruptedException {
        FirstSuccess.requireTasks(tasks);
        FanOutCall<T> call = new FanOutCall<>(tasks, policy.untilFirstSuccess(), completion(), slotThreads());
        return call.winner(execute(call));
    }

    private <T> List<Outcome<T>> execute(FanOutCall<T> call) throws FanOutException, InterruptedException {
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
     * Whether the strategy runs its tasks one after another on the caller's thread, so that under
     * {@link FailurePolicy#FIRST_ERROR_NO_CANCEL} its loop stops at the first failure and leaves nothing running
     * (SEQUENTIAL); the others leave the unfinished tasks running on a keeper thread ({@link FirstErrorNoCancel}).
     */
    boolean stopsAtFirstFailure() {
        return false;
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
