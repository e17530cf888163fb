package fanout.strategy;

import java.time.Duration;
import java.util.List;

/**
 * Thrown when a fan-out's deadline expired: every unfinished task was cancelled and has ended. The message
 * says how many finished; {@link #outcomes()} holds the values and failures of those that did.
 */
public final class DeadlineExceededException extends FanOutException {
    private static final long serialVersionUID = 1L;

    private final Duration deadline;

    DeadlineExceededException(Duration deadline, List<Outcome<?>> outcomes) {
        super(message(deadline, outcomes), null, outcomes);
        this.deadline = deadline;
    }

    private static String message(Duration deadline, List<Outcome<?>> outcomes) {
        long finished = outcomes.stream().filter(Outcome::finished).count();
        return "deadline of " + deadline.toMillis() + " ms expired: " + finished + " of " + outcomes.size()
                + " tasks finished, the other " + (outcomes.size() - finished) + " were cancelled"
                + FanOutEnding.shieldNote(outcomes);
    }

    public Duration deadline() {
        return deadline;
    }
}
