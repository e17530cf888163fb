package fanout.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@link Strategy#STRUCTURED_SCOPE}: JDK 25's preview {@code StructuredTaskScope}, as its API intends it to be
 * used — a subtask per task, forked and joined by the caller, with a {@linkplain Joiner joiner} deciding when the
 * scope is cancelled. The scope does the cancelling (it interrupts the unfinished subtasks) and its
 * {@code close()} waits for them; this class only records each task's outcome in its slot and reports the end
 * as every other strategy does ({@link FanOutEnding}).
 *
 * <p>The joiner is {@link Joiner#allUntil}: it waits for every subtask unless one completes in a way that ends
 * the fan-out, and then cancels the scope —
 * <ul>
 *   <li>under {@link FailurePolicy#FAIL_FAST}, any failed subtask (the fail-fast joiner, like
 *       {@code Joiner.awaitAllSuccessfulOrThrow()});</li>
 *   <li>under {@link FailurePolicy#COLLECT}, none but the deadline's (the collect joiner, like
 *       {@code Joiner.awaitAll()});</li>
 *   <li>with a {@linkplain Policy#deadline() deadline}, a watcher subtask that fails when the policy's
 *       {@link DeadlineTimer} fires while tasks are unfinished. (The scope's own {@code withTimeout} would read
 *       the real clock, which the contract tests replace with a timer they fire by hand.)</li>
 * </ul>
 * An interrupted caller makes {@code join()} throw, and {@code close()} then cancels the scope and waits; an
 * interrupt that {@code join()} did not see (it looks only while it waits) is found once the scope is closed, and
 * the caller gets {@link InterruptedException} either way, as from every strategy.
 *
 * <p>Racing to the first success ({@link Policy.Goal#FIRST_SUCCESS}, {@link #firstSuccess}) uses
 * {@link Joiner#anySuccessfulResultOrThrow()} instead: the first subtask to succeed cancels the scope. The first task
 * to succeed claims the win before its subtask completes; the deadline watcher, and a task whose
 * {@linkplain OutcomeListener listener} threw, end the race by succeeding too, once they have recorded why the
 * fan-out stopped, so that the joiner cancels the scope; the end is reported from that record, not from the joiner's
 * result. When every subtask failed, {@code join()} throws and the outcomes are every task's failure.
 *
 * <p>{@link FailurePolicy#FIRST_ERROR_NO_CANCEL} runs the fan-out under COLLECT on a keeper thread
 * ({@link FirstErrorNoCancel}), as every strategy does.
 *
 * <p>With a deadline, each call starts one more virtual thread than it has tasks: the watcher.
 *
 * <p>Loaded only through {@link StructuredScopes}; compiled with {@code --release 25 --enable-preview}.
 */
final class StructuredScope implements FanOut {

    /** What the deadline watcher throws when the deadline expired with tasks unfinished. */
    private static final class DeadlineExpired extends Exception {
        private static final long serialVersionUID = 1L;

        DeadlineExpired() {
            super("deadline expired", null, false, false);
        }
    }

    /** What a subtask throws when the listener threw for its task: the joiner cancels the scope. */
    private static final class ListenerFailed extends Exception {
        private static final long serialVersionUID = 1L;

        ListenerFailed(Throwable error) {
            super(error.toString(), error, false, false);
        }
    }

    /** What the race's deadline watcher throws when it was not needed: every task ended first, or the race was won. */
    private static final class Dismissed extends Exception {
        private static final long serialVersionUID = 1L;

        Dismissed() {
            super("deadline watcher dismissed", null, false, false);
        }
    }

    /** A task exception on its way to the joiner; the task's own exception is its cause and its outcome. */
    private static final class TaskFailed extends Exception {
        private static final long serialVersionUID = 1L;

        TaskFailed(Throwable error) {
            super(error.toString(), error, false, false);
        }
    }

    @Override
    public <T> List<Outcome<T>> run(List<? extends Callable<? extends T>> tasks, Policy policy)
            throws FanOutException, InterruptedException {
        if (policy.onFailure() == FailurePolicy.FIRST_ERROR_NO_CANCEL) {
            return FirstErrorNoCancel.run(this, tasks, policy);
        }
        Call<T> call = new Call<>(List.copyOf(tasks), policy);
        return call.run();
    }

    /** The race through {@link Joiner#anySuccessfulResultOrThrow()}; the winner is the task that claimed the win. */
    @Override
    public <T> T firstSuccess(List<? extends Callable<? extends T>> tasks, Policy policy)
            throws FanOutException, InterruptedException {
        FirstSuccess.requireTasks(tasks);
        Call<T> call = new Call<>(List.copyOf(tasks), policy.untilFirstSuccess());
        List<Outcome<T>> outcomes = call.run();
        int winner = call.winner;
        if (winner < 0) {
            throw FanOutEnding.allFailed(outcomes);
        }
        return ((Outcome.Success<T>) outcomes.get(winner)).value();
    }

    /** Nothing is owned across calls: each call opens and closes its own scope. */
    @Override
    public void close() {}

    /** The state of one fan-out: the slots' outcomes and threads, and why it stopped early if it did. */
    private static final class Call<T> {
        private final List<? extends Callable<? extends T>> tasks;
        private final Policy policy;
        /**
         * Each slot's outcome and thread, written with release stores (no fence): they are read only after the scope
         * closed, and {@code close()} returning means every subtask's thread has left the scope, which orders its
         * writes before the reads. A volatile store per write cost a fence per slot for nothing.
         */
        private final AtomicReferenceArray<Outcome<T>> outcomes;
        private final AtomicReferenceArray<Thread> threads;
        private final AtomicReference<FanOutCall.Stop> stop = new AtomicReference<>();
        private final AtomicReference<Throwable> stopCause = new AtomicReference<>();
        private final ConcurrentLinkedQueue<Throwable> launchErrors = new ConcurrentLinkedQueue<>();
        /**
         * Slots not yet ended, counted only where a deadline watcher needs to know when nothing is left: without a
         * deadline, a counter every subtask's thread updates would only cost (two carriers taking turns on one
         * cache line: measured, about 5% of a fan-out of tasks that return at once).
         */
        private final AtomicInteger unfinished;
        private final boolean counted;
        private final CountDownLatch deadlineSignal = new CountDownLatch(1);
        private volatile Thread watcher;
        private boolean callerInterrupted;
        /** Racing to the first success: the scope's joiner is {@link Joiner#anySuccessfulResultOrThrow()}. */
        private final boolean race;
        /** The policy's listener, or null. */
        private final OutcomeListener listener;
        /** The slot whose success won the race, or -1. */
        volatile int winner = -1;

        Call(List<? extends Callable<? extends T>> tasks, Policy policy) {
            tasks.forEach(task -> Objects.requireNonNull(task, "task"));
            this.tasks = tasks;
            this.policy = Objects.requireNonNull(policy, "policy");
            this.outcomes = new AtomicReferenceArray<>(tasks.size());
            this.threads = new AtomicReferenceArray<>(tasks.size());
            this.unfinished = new AtomicInteger(tasks.size());
            this.counted = policy.deadline() != null && !tasks.isEmpty();
            this.race = policy.racesToFirstSuccess();
            this.listener = policy.listener();
        }

        List<Outcome<T>> run() throws FanOutException, InterruptedException {
            DeadlineTimer.Scheduled deadline = counted
                    ? policy.timer().schedule(policy.deadline(), deadlineSignal::countDown) : null;
            try {
                if (race) {
                    try (var scope = StructuredTaskScope.open(Joiner.<Object>anySuccessfulResultOrThrow())) {
                        forkAndJoin(scope, deadline != null ? this::watchDeadlineInRace : null);
                    } // close(): cancels the scope unless join completed, and waits for every subtask's thread
                } else {
                    try (var scope = StructuredTaskScope.open(Joiner.<Object>allUntil(this::endsTheFanOut))) {
                        forkAndJoin(scope, deadline != null ? this::watchDeadline : null);
                    } // close(): cancels the scope unless join completed, and waits for every subtask's thread
                }
            } finally {
                if (deadline != null) {
                    deadline.cancel();
                }
            }
            // join() sees an interrupt only while it waits: not when no subtask is left to wait for, nor once the
            // scope is cancelled; close() waits through interrupts and keeps the status. So an interrupt still set
            // here is the caller's (after a launch failure it is the one set above, and the caller's was noted).
            if (Thread.interrupted() && launchErrors.isEmpty()) {
                callerInterrupted();
            }
            CallThreads.joinAll(threads.length() + 1, i -> i == 0 ? watcher : threads.get(i - 1));
            return FanOutEnding.conclude(snapshot(), stop.get(), stopCause.get(), callerInterrupted, launchErrors,
                    policy.deadline());
        }

        /**
         * Forks the watcher (if any) and a subtask per task, then joins. A race's {@code join()} throws when every
         * subtask failed: the outcomes say so, and {@code close()} has nothing left to cancel.
         */
        private void forkAndJoin(StructuredTaskScope<Object, ?> scope, Callable<Object> deadlineWatcher) {
            try {
                if (deadlineWatcher != null) {
                    scope.fork(deadlineWatcher);
                }
                for (int slot = 0; slot < tasks.size() && !scope.isCancelled(); slot++) {
                    int index = slot;
                    scope.fork(() -> runSlot(index));
                }
            } catch (RuntimeException | Error e) {
                launchFailed(e);
                callerInterrupted = Thread.currentThread().isInterrupted();
                // An interrupted owner's join() returns at once, so that close() cancels what started.
                Thread.currentThread().interrupt();
            }
            try {
                scope.join();
            } catch (InterruptedException e) {
                if (launchErrors.isEmpty()) {
                    callerInterrupted(); // before close() cancels: the interrupted tasks count as cancelled
                }
            } catch (StructuredTaskScope.FailedException noneSucceeded) {
                // The race: every subtask failed (or there were none); the slots hold every failure.
            }
        }

        /** The joiner's predicate: whether this completed subtask cancels the scope. */
        private boolean endsTheFanOut(Subtask<?> subtask) {
            if (subtask.state() != Subtask.State.FAILED) {
                return false;
            }
            Throwable error = subtask.exception();
            if (error instanceof ListenerFailed) {
                return true; // the stop is recorded already
            }
            if (error instanceof DeadlineExpired) {
                stop(FanOutCall.Stop.EXPIRED, null);
                return true;
            }
            if (policy.cancelsOnFailure()) {
                stop(FanOutCall.Stop.FAILED, error instanceof TaskFailed failed ? failed.getCause() : error);
                return true;
            }
            return false;
        }

        /**
         * One task in its subtask: records its outcome in its slot, tells the listener, and hands its exception on to
         * the joiner. A task whose fan-out stopped before it started is not called. In a race, the first task to
         * succeed claims the win before its subtask completes, so that every subtask that succeeds does so after the
         * fan-out stopped (and cancelling the scope is what is wanted); a task whose listener threw ends the race by
         * succeeding, after recording the stop.
         */
        private T runSlot(int slot) throws TaskFailed, ListenerFailed {
            threads.setRelease(slot, Thread.currentThread());
            try {
                if (stop.get() != null) {
                    outcomes.setRelease(slot, Outcome.cancelled(null));
                    return null;
                }
                Outcome<T> outcome;
                Throwable failure = null;
                try {
                    T value = tasks.get(slot).call();
                    outcome = Outcome.success(value);
                    if (race && stop.compareAndSet(null, FanOutCall.Stop.SUCCEEDED)) {
                        winner = slot;
                    }
                } catch (Throwable error) {
                    if (stop.get() != null) {
                        outcome = Outcome.cancelled(error);
                    } else {
                        outcome = Outcome.failure(error);
                        failure = error;
                    }
                }
                outcomes.setRelease(slot, outcome);
                if (listener != null) {
                    try {
                        listener.ended(slot, outcome);
                    } catch (Throwable error) {
                        launchErrors.add(error);
                        stop(FanOutCall.Stop.LISTENER_FAILED, error);
                        if (!race) {
                            throw new ListenerFailed(error);
                        }
                        return null; // a success: the race's joiner cancels the scope
                    }
                }
                if (failure != null) {
                    throw new TaskFailed(failure);
                }
                return outcome instanceof Outcome.Success<T> success ? success.value() : null;
            } finally {
                if (counted && unfinished.decrementAndGet() == 0) {
                    deadlineSignal.countDown(); // dismisses the deadline watcher: nothing left to cancel
                }
            }
        }

        /**
         * The race's deadline watcher: on expiry with tasks unfinished and no winner yet, records the stop and
         * succeeds, which makes the joiner cancel the scope; otherwise fails, which the joiner ignores.
         */
        private Object watchDeadlineInRace() throws InterruptedException, Dismissed {
            watcher = Thread.currentThread();
            deadlineSignal.await();
            if (unfinished.get() > 0 && stop.compareAndSet(null, FanOutCall.Stop.EXPIRED)) {
                return null;
            }
            throw new Dismissed();
        }

        /** Waits for the deadline or for every task to end; fails (and so cancels the scope) only on expiry. */
        private Object watchDeadline() throws InterruptedException, DeadlineExpired {
            watcher = Thread.currentThread();
            deadlineSignal.await();
            if (unfinished.get() > 0) {
                throw new DeadlineExpired();
            }
            return null;
        }

        private void stop(FanOutCall.Stop reason, Throwable cause) {
            if (stop.compareAndSet(null, reason)) {
                stopCause.set(cause);
            }
        }

        private void callerInterrupted() {
            callerInterrupted = true;
            stop(FanOutCall.Stop.INTERRUPTED, null);
        }

        private void launchFailed(Throwable error) {
            launchErrors.add(error);
            stop(FanOutCall.Stop.ABORTED, error);
        }

        private List<Outcome<?>> snapshot() {
            List<Outcome<?>> all = new ArrayList<>(outcomes.length());
            for (int slot = 0; slot < outcomes.length(); slot++) {
                Outcome<T> outcome = outcomes.get(slot);
                all.add(outcome == null ? Outcome.cancelled(null) : outcome);
            }
            return Collections.unmodifiableList(all);
        }
    }
}
