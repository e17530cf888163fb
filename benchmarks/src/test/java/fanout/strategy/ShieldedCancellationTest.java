package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
 * 2's. Once tasks 0 and 2 have ended, only the section, held on a latch of the test's, keeps the fan-out from
 * returning: the caller must still be blocked (a bounded wait gives a wrong return its chance), and returns once the
 * test lets the section end. Strategies that interrupt in another order (STRUCTURED_SCOPE) or run one task at a time
 * (SEQUENTIAL) are left out.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShieldedCancellationTest {

    /**
     * How long a negative check gives {@code run} to return when it must not: correct code never returns within it, so
     * the wait costs time but can never fail a correct strategy.
     */
    private static final long GIVE_A_WRONG_RETURN_A_CHANCE_MS = 500;

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
        Callable<Integer> section = () -> {
            inSection.countDown();
            try {
                sectionMayEnd.await();
            } catch (InterruptedException e) {
                sectionInterrupted.set(true);
                throw e;
            }
            sectionEnded.set(true);
            return 1;
        };
        try (FanOut fanOut = strategy.create(); Probe probe = new Probe()) {
            Probe.Body blocker = probe.blockUntilInterrupted();
            List<Callable<Integer>> tasks = List.of(
                    probe.task(0, (index, arrival) -> {
                        inSection.await();
                        thirdWaiting.await();
                        throw new IOException("task 0 failed");
                    }),
                    probe.task(1, (index, arrival) -> Shield.call(section)),
                    probe.task(2, (index, arrival) -> {
                        thirdWaiting.countDown();
                        return blocker.run(index, arrival);
                    }));
            Caller caller = Caller.start(fanOut, tasks, Policy.failFast(), probe);
            try {
                // task 2 ended cancelled, so task 1 was interrupted before it: only the section holds the fan-out now
                probe.await(p -> p.endOrder().containsAll(List.of(0, 2)));
                caller.thread().join(GIVE_A_WRONG_RETURN_A_CHANCE_MS); // correct code waits all of it out
                assertFalse(caller.finished(), "the fan-out returned while a shielded section was still running");
                assertFalse(sectionEnded.get());
            } finally {
                sectionMayEnd.countDown(); // a failed check leaves no section waiting
            }

            FanOutFailedException failed = caller.thrown(FanOutFailedException.class);
            assertTrue(sectionEnded.get(), "the fan-out returned only after the shielded section ended");
            assertEquals(false, sectionInterrupted.get(), "the section itself was not interrupted");
            Outcome.Cancelled<?> cancelled = assertInstanceOf(Outcome.Cancelled.class, failed.outcomes().get(1));
            assertInstanceOf(ShieldedInterruptedException.class, cancelled.cause());
            assertTrue(failed.getMessage().contains("1 cancelled task finished a shielded section first"),
                    failed.getMessage());
            Checks.assertCallLeftNothingRunning(strategy, caller, probe);
        }
    }
}
