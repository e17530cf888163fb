package fanout.strategy;

/**
 * The strategies that give every task a new virtual thread in a scope of the call's own ({@link CallScope}):
 * VIRTUAL_SCOPE, SEMAPHORE, BATCHED and BOUNDED_SCOPE differ only in when they start each slot's thread.
 * {@link #launch} runs {@link #start} inside the scope, then waits for every thread the scope started to end, which is
 * every slot's end too. An interrupt or a failure to start a thread stops the fan-out <em>before</em> the scope waits
 * for its threads, so that waiting means waiting for cancelled tasks, not for tasks left to run on; so does an
 * interrupt while waiting.
 */
abstract class ScopedFanOut extends AbstractFanOut {

    /**
     * Starts the slots on threads of {@code scope}, each slot on a thread of its own ({@link CallScope#execute}), and
     * returns; stops starting them once {@link FanOutCall#stopped()} where it launches in steps.
     *
     * @throws InterruptedException if the caller was interrupted while starting
     */
    abstract void start(FanOutCall<?> call, CallScope scope) throws InterruptedException;

    @Override
    final void launch(FanOutCall<?> call) {
        try (CallScope scope = VirtualThreads.scope(call.size())) {
            try {
                start(call, scope);
            } catch (InterruptedException e) {
                call.callerInterrupted();
            } catch (RuntimeException | Error e) {
                call.launchFailed(e);
            }
            scope.awaitThreads(call::callerInterrupted);
        }
    }

    /** Each slot runs on a new thread that ends with it. */
    @Override
    final FanOutCall.SlotThreads slotThreads() {
        return FanOutCall.SlotThreads.OWN;
    }
}
