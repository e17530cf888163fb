package fanout.strategy;

/** What a fan-out does when a task throws. */
public enum FailurePolicy {
    /**
     * Run every task to its end and return every outcome, successes and exceptions, each in its slot
     * ({@code asyncio.gather(..., return_exceptions=True)}).
     */
    COLLECT,
    /**
     * The first exception cancels (interrupts) every other task; the fan-out waits for them to end and
     * throws {@link FanOutFailedException} with that exception as its cause and every other task exception
     * suppressed ({@code asyncio.TaskGroup}).
     */
    FAIL_FAST,
    /**
     * The first exception is thrown at once, as {@link FanOutFailedException}, and every other task is <b>left
     * running</b> ({@code asyncio.gather} without {@code return_exceptions}): the one policy that breaks "nothing
     * outlives the call", kept to measure that pitfall. The exception's {@link FanOutFailedException#orphans()}
     * counts the tasks still unfinished when the call returned and lets the caller wait for them.
     */
    FIRST_ERROR_NO_CANCEL
}
