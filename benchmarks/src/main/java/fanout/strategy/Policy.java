package fanout.strategy;

import java.time.Duration;
import java.util.Objects;

/**
 * How one fan-out treats failures and time, when it is done, and who hears of each outcome: orthogonal to the
 * strategy that runs it.
 *
 * @param onFailure what a task exception does to the others
 * @param deadline overall time limit of the fan-out, or {@code null} for none; on expiry every unfinished
 *     task is cancelled and awaited, then {@link DeadlineExceededException} is thrown
 *     ({@code asyncio.wait_for}, {@code asyncio.timeout})
 * @param timer what measures the deadline: {@link DeadlineTimer#system()} unless a test supplies its own
 * @param goal when the fan-out is done: when every task has ended ({@link Goal#ALL}), or at the first success
 *     ({@link Goal#FIRST_SUCCESS}, which needs {@link FailurePolicy#COLLECT})
 * @param listener told of each task's outcome as it ends ({@link OutcomeListener}), or {@code null} for none
 */
public record Policy(FailurePolicy onFailure, Duration deadline, DeadlineTimer timer, Goal goal,
        OutcomeListener listener) {

    /** When a fan-out is done. */
    public enum Goal {
        /** When every task has ended (or the failure policy, the deadline or an interrupt stopped it). */
        ALL,
        /**
         * At the first task to succeed ({@code asyncio.wait(..., return_when=FIRST_COMPLETED)} over tasks that may
         * fail, hedged requests): every other task is cancelled and awaited, so nothing outlives the call. A failure
         * does not end the race; {@code run} returns every outcome (the winner's value in its slot, the others'
         * failures, cancellations, or values of tasks that returned although cancelled), and when every task failed
         * it returns their failures. {@link FanOut#firstSuccess} returns the winner's value instead.
         */
        FIRST_SUCCESS
    }

    public Policy {
        Objects.requireNonNull(onFailure, "onFailure");
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(goal, "goal");
        if (deadline != null && (deadline.isNegative() || deadline.isZero())) {
            throw new IllegalArgumentException("deadline must be positive, was " + deadline);
        }
        if (goal == Goal.FIRST_SUCCESS && onFailure != FailurePolicy.COLLECT) {
            throw new IllegalArgumentException("a race to the first success goes on past failures: it needs "
                    + FailurePolicy.COLLECT + ", not " + onFailure);
        }
    }

    /** Every task to its end ({@link Goal#ALL}), no listener. */
    public Policy(FailurePolicy onFailure, Duration deadline, DeadlineTimer timer) {
        this(onFailure, deadline, timer, Goal.ALL, null);
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
        return new Policy(onFailure, Objects.requireNonNull(limit, "limit"), timer, goal, listener);
    }

    /** This policy with its deadline measured by {@code deadlineTimer} (tests use a manual one). */
    public Policy withTimer(DeadlineTimer deadlineTimer) {
        return new Policy(onFailure, deadline, deadlineTimer, goal, listener);
    }

    /** This policy with {@code outcomeListener} told of each outcome as it ends; {@code null} for none. */
    public Policy withListener(OutcomeListener outcomeListener) {
        return new Policy(onFailure, deadline, timer, goal, outcomeListener);
    }

    /**
     * This policy racing to the first success ({@link Goal#FIRST_SUCCESS}): the same deadline, timer and listener,
     * and {@link FailurePolicy#COLLECT}, since a failure does not end a race.
     */
    public Policy untilFirstSuccess() {
        return new Policy(FailurePolicy.COLLECT, deadline, timer, Goal.FIRST_SUCCESS, listener);
    }

    /** This policy with {@code failurePolicy} (the goal must allow it). */
    Policy withOnFailure(FailurePolicy failurePolicy) {
        return new Policy(failurePolicy, deadline, timer, goal, listener);
    }

    public boolean cancelsOnFailure() {
        return onFailure == FailurePolicy.FAIL_FAST;
    }

    /** Whether the first success ends the fan-out. */
    public boolean racesToFirstSuccess() {
        return goal == Goal.FIRST_SUCCESS;
    }
}
