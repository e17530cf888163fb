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
 *       the call created is alive — under every policy but one: {@link FailurePolicy#FIRST_ERROR_NO_CANCEL}
 *       throws the first failure at once as {@link FanOutFailedException} and leaves the other tasks running,
 *       its {@link FanOutFailedException#orphans() orphans} (SEQUENTIAL's loop stops at the failure instead, and
 *       leaves none);</li>
 *   <li>under {@link Policy.Goal#FIRST_SUCCESS} the first task to succeed ends the fan-out: every other task is
 *       cancelled and awaited ({@link #firstSuccess});</li>
 *   <li>a policy's {@link OutcomeListener} is told of each started task's outcome as it ends, on the task's thread,
 *       and every such call has returned before {@code run} returns or throws.</li>
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
     * @throws FanOutFailedException under FAIL_FAST or FIRST_ERROR_NO_CANCEL when a task failed, when a task could
     *     not be started, or when the policy's listener threw
     * @throws DeadlineExceededException when the policy's deadline expired first
     * @throws InterruptedException when the calling thread was interrupted; every task was cancelled
     */
    <T> List<Outcome<T>> run(List<? extends Callable<? extends T>> tasks, Policy policy)
            throws FanOutException, InterruptedException;

    /**
     * Races the tasks ({@code asyncio.wait(..., return_when=FIRST_COMPLETED)} over tasks that may fail, hedged
     * requests): runs them under {@code policy.untilFirstSuccess()} and returns the value of the first task to
     * succeed; every other task was cancelled and has ended. The policy's deadline, timer and listener keep their
     * meaning; a failure does not end the race.
     *
     * @throws FanOutFailedException "all N tasks failed" when no task succeeded: the first failure in input order is
     *     the cause, every other one suppressed; or when a task could not be started, or the listener threw
     * @throws DeadlineExceededException when the policy's deadline expired before any task succeeded
     * @throws InterruptedException when the calling thread was interrupted; every task was cancelled
     * @throws IllegalArgumentException when there are no tasks
     */
    default <T> T firstSuccess(List<? extends Callable<? extends T>> tasks, Policy policy)
            throws FanOutException, InterruptedException {
        return FirstSuccess.byClaiming(this, tasks, policy);
    }

    /** Releases threads the strategy owns across calls; waits for them to end. */
    @Override
    void close();
}
