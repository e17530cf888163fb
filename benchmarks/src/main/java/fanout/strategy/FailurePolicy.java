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
    FAIL_FAST
}
