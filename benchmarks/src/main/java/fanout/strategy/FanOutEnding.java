package fanout.strategy;

import fanout.task.Shield;
import fanout.task.ShieldedInterruptedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * How a fan-out that has ended is reported: its outcomes, or the exception that says why it stopped early.
 * Shared by {@link FanOutCall} (every strategy built on it) and by {@code StructuredScope}, which lets
 * {@code StructuredTaskScope} cancel its tasks but reports the end the same way.
 */
final class FanOutEnding {
    private FanOutEnding() {}

    /**
     * The fan-out's result: every outcome in input order if it ran to its end, otherwise the exception for
     * {@code reason}.
     *
     * @param all one finished outcome per task, in input order
     * @param reason why the fan-out stopped early, or null if it did not
     * @param cause the task exception (FAILED) or launch error (ABORTED) that stopped it
     * @param callerInterrupted whether the caller was interrupted: then the result is always
     *     {@link InterruptedException}, whatever else stopped the fan-out
     * @param launchErrors what starting tasks threw
     * @param deadline the policy's deadline, for the message of an expired one
     */
    static <T> List<Outcome<T>> conclude(List<Outcome<?>> all, FanOutCall.Stop reason, Throwable cause,
            boolean callerInterrupted, Collection<Throwable> launchErrors, Duration deadline)
            throws FanOutException, InterruptedException {
        if (reason == FanOutCall.Stop.SUCCEEDED && !callerInterrupted && !launchErrors.isEmpty()) {
            // a race was won, then the listener (or the start of a task) failed: never swallowed
            Throwable first = launchErrors.iterator().next();
            FanOutFailedException failed = new FanOutFailedException("a task succeeded, but the outcome listener or "
                    + "the start of a task failed after it: " + first, first, all);
            launchErrors.stream().filter(error -> error != first).forEach(failed::addSuppressed);
            throw failed;
        }
        if ((reason == null || reason == FanOutCall.Stop.SUCCEEDED) && !callerInterrupted) {
            @SuppressWarnings("unchecked")
            List<Outcome<T>> typed = (List<Outcome<T>>) (List<?>) all;
            return typed;
        }
        Exception thrown;
        if (callerInterrupted) {
            long finished = all.stream().filter(Outcome::finished).count();
            thrown = new InterruptedException("fan-out interrupted: " + finished + " of " + all.size()
                    + " tasks finished, the rest were cancelled" + shieldNote(all));
            // Nothing is lost: every exception a task threw of its own accord travels with the interrupt.
            for (Outcome<?> outcome : all) {
                if (outcome instanceof Outcome.Failure<?> failure) {
                    thrown.addSuppressed(failure.error());
                }
            }
        } else if (reason == FanOutCall.Stop.EXPIRED) {
            thrown = new DeadlineExceededException(deadline, all);
        } else {
            thrown = failed(reason, cause, all, launchErrors);
        }
        for (Throwable error : launchErrors) {
            if (error != thrown.getCause()) {
                thrown.addSuppressed(error);
            }
        }
        if (thrown instanceof InterruptedException interrupted) {
            throw interrupted;
        }
        throw (FanOutException) thrown;
    }

    /**
     * What a cancelled fan-out says about its shields ({@link Shield}): "" when no cancelled task was in a shielded
     * section, else "; 2 cancelled tasks finished a shielded section first (the cancellation waited up to 7.0 ms)".
     * A shielded section is not interrupted; the fan-out, which waits for every cancelled task, waited for it.
     */
    static String shieldNote(List<? extends Outcome<?>> all) {
        int shielded = 0;
        long longest = 0;
        for (Outcome<?> outcome : all) {
            if (outcome instanceof Outcome.Cancelled<?> cancelled
                    && cancelled.cause() instanceof ShieldedInterruptedException shield) {
                shielded++;
                longest = Math.max(longest, shield.waitedNanos());
            }
        }
        return shielded == 0 ? "" : "; " + shielded + (shielded == 1 ? " cancelled task" : " cancelled tasks")
                + " finished a shielded section first (the cancellation waited up to "
                + String.format(Locale.ROOT, "%.1f", longest / 1e6) + " ms)";
    }

    /**
     * What {@link FanOut#firstSuccess} throws when no task succeeded: "all N tasks failed", the first failure in
     * input order the cause, every other failure suppressed.
     */
    static FanOutFailedException allFailed(List<? extends Outcome<?>> all) {
        Throwable first = null;
        List<Throwable> others = new ArrayList<>();
        for (Outcome<?> outcome : all) {
            if (outcome instanceof Outcome.Failure<?> failure) {
                if (first == null) {
                    first = failure.error();
                } else {
                    others.add(failure.error());
                }
            }
        }
        FanOutFailedException failed = new FanOutFailedException("all " + all.size() + " tasks failed", first,
                List.copyOf(all));
        others.forEach(failed::addSuppressed);
        return failed;
    }

    private static FanOutFailedException failed(FanOutCall.Stop reason, Throwable first, List<Outcome<?>> all,
            Collection<Throwable> launchErrors) {
        int failedSlot = -1;
        for (int slot = 0; slot < all.size() && failedSlot < 0; slot++) {
            if (all.get(slot) instanceof Outcome.Failure<?> failure && failure.error() == first) {
                failedSlot = slot;
            }
        }
        String message = switch (reason) {
            case ABORTED -> "could not start every task: " + first;
            case LISTENER_FAILED -> "the outcome listener threw, the unfinished tasks were cancelled: " + first;
            default -> "task " + failedSlot + " of " + all.size() + " failed, the others were cancelled: " + first;
        };
        FanOutFailedException failed = new FanOutFailedException(message + shieldNote(all), first, all);
        for (Outcome<?> outcome : all) {
            Throwable other = outcome instanceof Outcome.Failure<?> f ? f.error()
                    : outcome instanceof Outcome.Cancelled<?> c && !(c.cause() instanceof InterruptedException)
                            ? c.cause()
                            : null;
            if (other != null && other != first && !launchErrors.contains(other)) {
                failed.addSuppressed(other);
            }
        }
        return failed;
    }
}
