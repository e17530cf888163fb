package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.task.Shield;
import fanout.task.ShieldedInterruptedException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fan-out cancelled while a task is in a {@link Shield}ed section waits for the section to finish, the section is
 * not interrupted, and the fan-out's exception says so.
 *
 * <p>How the order is forced without timing: task 0 fails once task 1 is inside its section and task 2 is waiting;
 * the fail-fast cancellation interrupts running slots in input order, so task 1's thread is interrupted before task
 * 2's; task 2, interrupted, opens the latch task 1's section waits on. So the section can end only after its task was
 * cancelled. Strategies that interrupt in another order (STRUCTURED_SCOPE) or run one task at a time (SEQUENTIAL) are
 * left out.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShieldedCancellationTest {

    static Stream<StrategyCase> concurrentInInputOrder() {
        // ALL_OF(DEFAULT_ASYNC) runs one task at a time where the common pool has one thread (JDK 25, 2 cores)
        return StrategyCase.all().filter(c -> c.strategy() != Strategy.SEQUENTIAL
                && c.strategy() != Strategy.STRUCTURED_SCOPE
                && !(c.strategy() == Strategy.ALL_OF && c.config().executor() == ExecutorKind.DEFAULT_ASYNC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concurrentInInputOrder")
    void aCancelledFanOutWaitsForTheShieldedSectionAndSaysSo(StrategyCase strategy) throws Exception {
        CountDownLatch inSection = new CountDownLatch(1);
        CountDownLatch thirdWaiting = new CountDownLatch(1);
        CountDownLatch sectionMayEnd = new CountDownLatch(1);
        AtomicBoolean sectionInterrupted = new AtomicBoolean();
        AtomicBoolean sectionEnded = new AtomicBoolean();
        Callable<Integer> fails = () -> {
            inSection.await();
            thirdWaiting.await();
            throw new IOException("task 0 failed");
        };
        Callable<Integer> shielded = () -> Shield.call(() -> {
            inSection.countDown();
            try {
                sectionMayEnd.await();
            } catch (InterruptedException e) {
                sectionInterrupted.set(true);
                throw e;
            }
            sectionEnded.set(true);
            return 1;
        });
        Callable<Integer> opensTheLatchWhenCancelled = () -> {
            try {
                thirdWaiting.countDown();
                new CountDownLatch(1).await();
                return 2;
            } finally {
                sectionMayEnd.countDown();
            }
        };
        try (FanOut fanOut = strategy.create()) {
            FanOutFailedException failed = assertThrows(FanOutFailedException.class,
                    () -> fanOut.run(List.of(fails, shielded, opensTheLatchWhenCancelled), Policy.failFast()));
            assertTrue(sectionEnded.get(), "the fan-out returned only after the shielded section ended");
            assertEquals(false, sectionInterrupted.get(), "the section itself was not interrupted");
            Outcome.Cancelled<?> cancelled = assertInstanceOf(Outcome.Cancelled.class, failed.outcomes().get(1));
            assertInstanceOf(ShieldedInterruptedException.class, cancelled.cause());
            assertTrue(failed.getMessage().contains("1 cancelled task finished a shielded section first"),
                    failed.getMessage());
        }
    }
}
