package fanout.strategy;

import java.util.concurrent.Semaphore;

/**
 * {@link Strategy#SEMAPHORE}: every task gets its virtual thread at once and waits there for one of k
 * permits. The semaphore is fair (FIFO), like asyncio's, so tasks start roughly in input order; a
 * cancelled fan-out interrupts the waiting threads too.
 */
final class SemaphoreBounded extends ScopedFanOut {
    private final int limit;

    SemaphoreBounded(int limit) {
        this.limit = limit;
    }

    @Override
    void start(FanOutCall<?> call, CallScope scope) {
        Semaphore permits = new Semaphore(limit, true);
        for (int slot = 0; slot < call.size(); slot++) {
            int index = slot;
            scope.execute(() -> call.runSlot(index, permits));
        }
    }
}
