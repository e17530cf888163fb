package fanout.strategy;

import java.time.Duration;
import java.util.Objects;

/**
 * How one fan-out treats failures and time: orthogonal to the strategy that runs it.
 *
 * @param onFailure what a task exception does to the others
 * @param deadline overall time limit of the fan-out, or {@code null} for none; on expiry every unfinished
 *     task is cancelled and awaited, then {@link DeadlineExceededException} is thrown
 *     ({@code asyncio.wait_for}, {@code asyncio.timeout})
 * @param timer what measures the deadline: {@link DeadlineTimer#system()} unless a test supplies its own
 */
public record Policy(FailurePolicy onFailure, Duration deadline, DeadlineTimer timer) {

    public Policy {
        Objects.requireNonNull(onFailure, "onFailure");
        Objects.requireNonNull(timer, "timer");
        if (deadline != null && (deadline.isNegative() || deadline.isZero())) {
            throw new IllegalArgumentException("deadline must be positive, was " + deadline);
        }
    }

    /** Every outcome, no deadline. */
    public static Policy collect() {
        return new Policy(FailurePolicy.COLLECT, null, DeadlineTimer.system());
    }

    /** First failure cancels the rest, no deadline. */
    public static Policy failFast() {
        return new Policy(FailurePolicy.FAIL_FAST, null, DeadlineTimer.system());
    }

    public static Policy of(FailurePolicy onFailure) {
        return new Policy(onFailure, null, DeadlineTimer.system());
    }

    /** This policy with an overall deadline. */
    public Policy withDeadline(Duration limit) {
        return new Policy(onFailure, Objects.requireNonNull(limit, "limit"), timer);
    }

    /** This policy with its deadline measured by {@code deadlineTimer} (tests use a manual one). */
    public Policy withTimer(DeadlineTimer deadlineTimer) {
        return new Policy(onFailure, deadline, deadlineTimer);
    }

    public boolean cancelsOnFailure() {
        return onFailure == FailurePolicy.FAIL_FAST;
    }
}
