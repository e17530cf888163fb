package fanout.strategy;

import java.util.List;

/** A fan-out that did not complete normally; carries every outcome known when it ended. */
public abstract sealed class FanOutException extends Exception
        permits FanOutFailedException, DeadlineExceededException {

    private final transient List<Outcome<?>> outcomes;

    FanOutException(String message, Throwable cause, List<Outcome<?>> outcomes) {
        super(message, cause);
        this.outcomes = List.copyOf(outcomes);
    }

    /** One outcome per task in input order: values and failures that happened, cancellations for the rest. */
    public List<Outcome<?>> outcomes() {
        return outcomes;
    }

    /** How many tasks ran to their own end (a value or their own exception). */
    public long finished() {
        return outcomes.stream().filter(Outcome::finished).count();
    }
}
