package fanout.strategy;

import java.util.Objects;

/**
 * What became of one task of a fan-out, in the slot of its input position.
 *
 * <p>A fan-out returns one outcome per task, in input order (like {@code asyncio.gather}): a value, the
 * exception the task threw, or the record that the fan-out cancelled it.
 *
 * @param <T> the task's result type
 */
public sealed interface Outcome<T> permits Outcome.Success, Outcome.Failure, Outcome.Cancelled {

    /** The task returned {@code value}. */
    record Success<T>(T value) implements Outcome<T> {}

    /** The task threw {@code error} while the fan-out was still running it for real. */
    record Failure<T>(Throwable error) implements Outcome<T> {
        public Failure {
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * The fan-out cancelled the task (a failure elsewhere, an expired deadline, an interrupted caller).
     *
     * <p>A task that returns normally after the fan-out was cancelled keeps its {@link Success}: it did
     * finish, and "K of N finished" counts it.
     *
     * @param cause what the task threw once cancelled (typically {@link InterruptedException}), or
     *     {@code null} when it was cancelled before it started
     */
    record Cancelled<T>(Throwable cause) implements Outcome<T> {}

    static <T> Outcome<T> success(T value) {
        return new Success<>(value);
    }

    static <T> Outcome<T> failure(Throwable error) {
        return new Failure<>(error);
    }

    static <T> Outcome<T> cancelled(Throwable cause) {
        return new Cancelled<>(cause);
    }

    /** Whether the task ran to its own end (a value or its own exception), rather than being cancelled. */
    default boolean finished() {
        return !(this instanceof Cancelled);
    }
}
