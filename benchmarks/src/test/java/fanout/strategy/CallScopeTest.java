package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

/**
 * The scope of one fan-out's threads: it joins every thread it started, holds every one that may still be alive, and
 * lets go of those that ended (a fan-out of a million short tasks must not keep a million dead threads reachable).
 * Platform threads from a recording factory stand in for virtual ones: the scope does not care which.
 */
class CallScopeTest {
    private final List<Thread> made = new ArrayList<>();
    private final ThreadFactory recording = task -> {
        Thread thread = new Thread(task);
        made.add(thread);
        return thread;
    };

    @Test
    void threadsThatEndedAreLetGoWhenTheArrayFills() throws InterruptedException {
        try (CallScope scope = new CallScope(recording, 1_000_000)) {
            for (int i = 0; i < 3000; i++) {
                scope.execute(() -> {});
                made.get(made.size() - 1).join(); // ended before the next one starts
            }
            assertTrue(scope.held() <= 1024, "held " + scope.held() + " of 3000 ended threads");
        }
    }

    @Test
    void everyThreadThatMayBeAliveIsHeldAndJoinedOnClose() {
        CountDownLatch release = new CountDownLatch(1);
        CallScope scope = new CallScope(recording, 4);
        for (int i = 0; i < 100; i++) {
            scope.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertEquals(100, scope.held(), "none has ended: all are held, the array grown past its first size");
        release.countDown();

        scope.close();

        assertTrue(made.stream().noneMatch(Thread::isAlive), "close() returned with a thread alive");
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
