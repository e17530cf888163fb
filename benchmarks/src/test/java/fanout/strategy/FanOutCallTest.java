package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link FanOutCall}'s own edge, which the strategy contract tests reach only by chance: a stop that lands while a
 * slot is being granted its permit.
 */
class FanOutCallTest {

    @Test
    void aSlotGrantedItsPermitAfterTheStopNeverStartsItsTask() {
        AtomicInteger calls = new AtomicInteger();
        List<Callable<Integer>> tasks = List.of(calls::incrementAndGet);
        FanOutCall<Integer> call = new FanOutCall<>(tasks, Policy.of(FailurePolicy.COLLECT),
                FanOutCall.Completion.COUNTED, FanOutCall.SlotThreads.SHARED);
        // The slot has passed its start check and waits for a permit; the fan-out is cancelled as the permit comes
        // (the permit another cancelled task gave back, before the canceller reached this slot).
        Semaphore gate = new Semaphore(1) {
            @Override
            public void acquire() throws InterruptedException {
                super.acquire();
                call.callerInterrupted();
            }
        };

        call.runSlot(0, gate);

        assertEquals(0, calls.get(), "the task started after the fan-out was cancelled");
        assertEquals(1, gate.availablePermits(), "the permit was given back");
        assertFalse(Thread.interrupted(), "the slot's interrupt did not outlive it");
    }
}
