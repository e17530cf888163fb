package fanout.strategy;

import java.util.concurrent.CountDownLatch;

/**
 * {@link Strategy#BATCHED}: chunks of k tasks in input order, a virtual thread per task; the next chunk
 * starts only when every task of the current one has ended, so one slow task holds up its whole chunk.
 */
final class Batched extends ScopedFanOut {
    private final int limit;

    Batched(int limit) {
        this.limit = limit;
    }

    @Override
    void start(FanOutCall<?> call, CallScope scope) throws InterruptedException {
        for (int start = 0; start < call.size() && !call.stopped(); start += limit) {
            int end = Math.min(call.size(), start + limit);
            CountDownLatch chunk = new CountDownLatch(end - start);
            for (int slot = start; slot < end; slot++) {
                int index = slot;
                scope.execute(() -> {
                    try {
                        call.runSlot(index);
                    } finally {
                        chunk.countDown();
                    }
                });
            }
            chunk.await();
        }
    }
}
