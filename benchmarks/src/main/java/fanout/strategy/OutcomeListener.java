package fanout.strategy;

/**
 * Told of each task's outcome as the task ends, in completion order ({@code asyncio.as_completed}), while the
 * fan-out still runs the others; set with {@link Policy#withListener}.
 *
 * <p>What every strategy guarantees:
 * <ul>
 *   <li>{@link #ended} is called <b>once for every task the fan-out started</b> (for SEMAPHORE, waiting for a permit
 *       counts as started), with the outcome recorded in the task's slot — a value, the task's exception, or
 *       {@link Outcome.Cancelled} with what the cancelled task threw. A task the fan-out cancelled before it started
 *       (its slot shows {@code Cancelled(null)}) is <b>not reported</b>: the fan-out's result or exception carries
 *       it;</li>
 *   <li>the call is made <b>on the thread that ran the task</b>, right after its outcome was recorded: calls for
 *       different tasks may run at once, so a listener must be thread-safe;</li>
 *   <li>{@code run} never returns or throws before every call for a started task has returned;</li>
 *   <li>a listener that throws (anything, an {@link Error} too) does not change the task's outcome: it stops the
 *       fan-out as a failure of the call itself — every other task is cancelled and awaited, whatever the
 *       {@link FailurePolicy}, and {@code run} throws {@link FanOutFailedException} with the listener's exception
 *       as its cause (a second listener exception is suppressed). A caller's bug is never swallowed.</li>
 * </ul>
 * A listener runs on a task's thread and delays that thread's next work (a pool thread's next task): keep it short.
 * If the fan-out is being cancelled meanwhile, its thread may see the interrupt meant for the task.
 */
@FunctionalInterface
public interface OutcomeListener {

    /**
     * @param index the task's position in the input
     * @param outcome what became of it, as recorded in its slot
     */
    void ended(int index, Outcome<?> outcome);
}
