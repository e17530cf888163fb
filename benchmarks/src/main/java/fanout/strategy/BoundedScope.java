package fanout.strategy;

import java.util.concurrent.Semaphore;

/**
 * {@link Strategy#BOUNDED_SCOPE}: a virtual-thread scope whose launcher takes one of k permits before it
 * starts each task, and the task gives it back when it ends. Unlike {@link Strategy#SEMAPHORE}, at most k
 * threads exist at any time, and after a failure (FAIL_FAST) no further task is started at all.
 */
final class BoundedScope extends ScopedFanOut {
    private final int limit;

    BoundedScope(int limit) {
        this.limit = limit;
    }

    @Override
    void start(FanOutCall<?> call, CallScope scope) throws InterruptedException {
        Semaphore permits = new Semaphore(limit);
        for (int slot = 0; slot < call.size() && !call.stopped(); slot++) {
            permits.acquire();
            int index = slot;
            try {
                scope.execute(() -> {
                    try {
                        call.runSlot(index);
                    } finally {
                        permits.release();
                    }
                });
            } catch (RuntimeException | Error e) {
                permits.release();
                throw e;
            }
        }
    }
}
