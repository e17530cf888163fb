package fanout.strategy;

/**
 * {@link Strategy#SEQUENTIAL}: every task on the calling thread, one after another. A deadline or a
 * fail-fast cancellation interrupts the calling thread while it runs the current task; the interrupt is
 * cleared once that task has ended. An interrupt of the caller from outside stops the fan-out.
 */
final class Sequential extends AbstractFanOut {

    /**
     * Under {@link FailurePolicy#FIRST_ERROR_NO_CANCEL} the loop stops at the first failure, as {@code for ... await}
     * does: the tasks after it never start, and no orphan is left ({@link Orphans#count()} is 0).
     */
    @Override
    boolean stopsAtFirstFailure() {
        return true;
    }

    @Override
    void launch(FanOutCall<?> call) throws InterruptedException {
        for (int slot = 0; slot < call.size() && !call.stopped(); slot++) {
            call.runSlot(slot);
            if (call.threwInterrupt(slot) || Thread.interrupted()) {
                throw new InterruptedException("caller interrupted during task " + slot);
            }
        }
    }
}
