package fanout.strategy;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs N independent blocking tasks and waits for their outcome: one fan-out per call.
 *
 * <p>The contract every strategy keeps:
 * <ul>
 *   <li>one {@link Outcome} per task, <b>in input order</b>, whatever order they ended in;</li>
 *   <li>under {@link FailurePolicy#COLLECT} every task runs to its end and every exception is returned in
 *       its slot; under {@link FailurePolicy#FAIL_FAST} the first exception cancels the others and is thrown
 *       as the cause of a {@link FanOutFailedException}, the others' exceptions suppressed;</li>
 *   <li>an expired {@linkplain Policy#deadline() deadline} cancels every unfinished task and throws
 *       {@link DeadlineExceededException} saying how many finished;</li>
 *   <li>an interrupted caller cancels every task and gets {@link InterruptedException};</li>
 *   <li>cancelling a task means interrupting its thread, and the call waits for every cancelled task to
 *       end: <b>when {@code run} returns or throws, no task of the call is still running</b>, and no thread
 *       the call created is alive.</li>
 * </ul>
 * Tasks must end promptly when interrupted (as {@code Thread.sleep}, blocking queues and interruptible
 * channels do); a task that ignores interrupts delays the return of a cancelled fan-out until it ends.
 *
 * <p>A strategy may own threads that outlive calls (a fixed pool); {@link #close()} releases them.
 * Instances are safe to use from several threads at once.
 *
 * {@snippet :
 * try (FanOut fanOut = Strategy.SEMAPHORE.create(StrategyConfig.limit(64))) {
 *     List<Outcome<String>> statuses = fanOut.run(gitStatusTasks, Policy.collect());
 * }
 * }
 */
public interface FanOut extends AutoCloseable {

    /**
     * Runs every task and returns their outcomes in input order.
     *
     * @throws FanOutFailedException under FAIL_FAST when a task failed, or when a task could not be started
     * @throws DeadlineExceededException when the policy's deadline expired first
     * @throws InterruptedException when the calling thread was interrupted; every task was cancelled
     */
    <T> List<Outcome<T>> run(List<? extends Callable<? extends T>> tasks, Policy policy)
            throws FanOutException, InterruptedException;

    /** Releases threads the strategy owns across calls; waits for them to end. */
    @Override
    void close();
}
