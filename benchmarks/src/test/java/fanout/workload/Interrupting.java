package fanout.workload;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a call on a thread of its own, interrupts it once it is blocked, and returns what the call returned or threw. */
final class Interrupting {
    private Interrupting() {}

    /**
     * @param blocked the state the thread shows once the call is blocked ({@code WAITING} for a hang,
     *     {@code TIMED_WAITING} for a sleep)
     */
    static Object interruptOnce(Callable<?> call, Thread.State blocked) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                result.set(e);
            }
        });
        thread.start();
        while (thread.getState() != blocked) {
            assertTrue(thread.isAlive(), "the call returned by itself: " + result.get());
            Thread.onSpinWait();
        }
        thread.interrupt();
        thread.join();
        return result.get();
    }
}
