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
        Call<T> call = new Call<>(List.copyOf(tasks), policy);
        return call.run();
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

        Call(List<? extends Callable<? extends T>> tasks, Policy policy) {
            tasks.forEach(task -> Objects.requireNonNull(task, "task"));
            this.tasks = tasks;
            this.policy = Objects.requireNonNull(policy, "policy");
            this.outcomes = new AtomicReferenceArray<>(tasks.size());
            this.threads = new AtomicReferenceArray<>(tasks.size());
            this.unfinished = new AtomicInteger(tasks.size());
            this.counted = policy.deadline() != null && !tasks.isEmpty();
        }

        List<Outcome<T>> run() throws FanOutException, InterruptedException {
            DeadlineTimer.Scheduled deadline = counted
                    ? policy.timer().schedule(policy.deadline(), deadlineSignal::countDown) : null;
            try {
                try (var scope = StructuredTaskScope.open(Joiner.<Object>allUntil(this::endsTheFanOut))) {
                    try {
                        if (deadline != null) {
                            scope.fork(this::watchDeadline);
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
                    }
                } // close(): cancels the scope unless join completed, and waits for every subtask's thread
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

        /** The joiner's predicate: whether this completed subtask cancels the scope. */
        private boolean endsTheFanOut(Subtask<?> subtask) {
            if (subtask.state() != Subtask.State.FAILED) {
                return false;
            }
            Throwable error = subtask.exception();
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
         * One task in its subtask: records its outcome in its slot, and hands its exception on to the joiner.
         * A task whose fan-out stopped before it started is not called.
         */
        private T runSlot(int slot) throws TaskFailed {
            threads.setRelease(slot, Thread.currentThread());
            try {
                if (stop.get() != null) {
                    outcomes.setRelease(slot, Outcome.cancelled(null));
                    return null;
                }
                try {
                    T value = tasks.get(slot).call();
                    outcomes.setRelease(slot, Outcome.success(value));
                    return value;
                } catch (Throwable error) {
                    if (stop.get() != null) {
                        outcomes.setRelease(slot, Outcome.cancelled(error));
                        return null;
                    }
                    outcomes.setRelease(slot, Outcome.failure(error));
                    throw new TaskFailed(error);
                }
            } finally {
                if (counted && unfinished.decrementAndGet() == 0) {
                    deadlineSignal.countDown(); // dismisses the deadline watcher: nothing left to cancel
                }
            }
        }

        /** Waits for the deadline or for every task to end; fails (and so cancels the scope) only on expiry. */
        private Void watchDeadline() throws InterruptedException, DeadlineExpired {
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
