package fanout.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The state of one fan-out, shared by every strategy: one slot per task, the outcomes in input order, the
 * reason the fan-out stopped early if it did, and the cancellation that interrupts running tasks.
 *
 * <p>A strategy decides only <em>where and when</em> each slot runs: it calls {@link #runSlot(int)} once per
 * slot on a thread of its choice, then {@link #awaitAll()}, then returns {@link #result()}. Everything else —
 * recording outcomes, fail-fast, the deadline, cancelling and awaiting the cancelled — lives here, once.
 *
 * <h2>Slot states</h2>
 * {@code NEW → RUNNING → DONE}, or {@code NEW → DONE} when the fan-out stops before the slot starts. While
 * a canceller interrupts a running slot's thread the slot is briefly {@code INTERRUPTING}; the slot's thread
 * waits for that to end before it leaves {@code RUNNING}, so an interrupt is delivered only while the thread
 * still runs that slot, and the thread clears it afterwards: it never leaks into the next task of a pool
 * thread.
 *
 * @param <T> the tasks' result type
 */
final class FanOutCall<T> {

    /** Why a fan-out stopped before every task ran to its end. */
    enum Stop {
        /** A task failed under {@link FailurePolicy#FAIL_FAST}. */
        FAILED,
        /** The deadline expired. */
        EXPIRED,
        /** The calling thread was interrupted. */
        INTERRUPTED,
        /** The strategy could not start a task (e.g. no thread could be created). */
        ABORTED
    }

    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int INTERRUPTING = 2;
    private static final int DONE = 3;

    private final List<? extends Callable<? extends T>> tasks;
    private final Policy policy;
    private final AtomicIntegerArray states;
    private final AtomicReferenceArray<Thread> threads;
    private final AtomicReferenceArray<Outcome<T>> outcomes;
    private final CountDownLatch unfinishedSlots;
    private final AtomicReference<Stop> stop = new AtomicReference<>();
    private final AtomicReference<Throwable> stopCause = new AtomicReference<>();
    private final ConcurrentLinkedQueue<Throwable> launchErrors = new ConcurrentLinkedQueue<>();
    private volatile boolean callerInterrupted;
    private final DeadlineTimer.Scheduled deadline;

    FanOutCall(List<? extends Callable<? extends T>> tasks, Policy policy) {
        this.tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
        this.policy = Objects.requireNonNull(policy, "policy");
        int n = this.tasks.size();
        this.states = new AtomicIntegerArray(n);
        this.threads = new AtomicReferenceArray<>(n);
        this.outcomes = new AtomicReferenceArray<>(n);
        this.unfinishedSlots = new CountDownLatch(n);
        this.deadline = policy.deadline() == null ? null : policy.timer().schedule(policy.deadline(), this::expire);
    }

    int size() {
        return tasks.size();
    }

    /** Whether the fan-out has stopped early; launchers check it to stop starting tasks. */
    boolean stopped() {
        return stop.get() != null;
    }

    /** Runs slot {@code slot} on the current thread, unless the fan-out stopped before it started. */
    void runSlot(int slot) {
        runSlot(slot, null);
    }

    /**
     * Runs slot {@code slot} on the current thread, holding a permit of {@code gate} (if not null) while the
     * task runs. Waiting for the permit counts as running: a cancelled fan-out interrupts the wait.
     * Never throws: the task's exception becomes its outcome.
     */
    void runSlot(int slot, Semaphore gate) {
        if (!states.compareAndSet(slot, NEW, RUNNING)) {
            return; // cancelled before it started; the canceller recorded it
        }
        threads.set(slot, Thread.currentThread());
        Outcome<T> outcome = stopped() ? Outcome.cancelled(null) : call(slot, gate);
        outcomes.set(slot, outcome);
        while (!states.compareAndSet(slot, RUNNING, DONE)) {
            Thread.onSpinWait(); // a canceller is interrupting this thread right now
        }
        threads.set(slot, null);
        if (stopped()) {
            Thread.interrupted(); // the interrupt was ours, for this slot only
        }
        if (policy.cancelsOnFailure() && outcome instanceof Outcome.Failure<T> failure) {
            stop(Stop.FAILED, failure.error());
        }
        unfinishedSlots.countDown();
    }

    private Outcome<T> call(int slot, Semaphore gate) {
        try {
            if (gate == null) {
                return Outcome.success(tasks.get(slot).call());
            }
            gate.acquire();
            try {
                return Outcome.success(tasks.get(slot).call());
            } finally {
                gate.release();
            }
        } catch (Throwable error) {
            return stopped() ? Outcome.cancelled(error) : Outcome.failure(error);
        }
    }

    /**
     * Stops the fan-out for {@code reason} unless it already stopped: every slot not yet started is
     * recorded as cancelled and every running slot's thread is interrupted. Returns at once; the strategy
     * then awaits the running slots with {@link #awaitAll()}.
     *
     * @return whether this call stopped the fan-out (false if it had already stopped)
     */
    boolean stop(Stop reason, Throwable cause) {
        if (!stop.compareAndSet(null, reason)) {
            return false;
        }
        stopCause.set(cause);
        if (deadline != null) {
            deadline.cancel();
        }
        for (int slot = 0; slot < states.length(); slot++) {
            cancelSlot(slot);
        }
        return true;
    }

    private void cancelSlot(int slot) {
        while (true) {
            int state = states.get(slot);
            if (state == NEW) {
                if (states.compareAndSet(slot, NEW, DONE)) {
                    outcomes.set(slot, Outcome.cancelled(null));
                    unfinishedSlots.countDown();
                    return;
                }
            } else if (state == RUNNING) {
                if (states.compareAndSet(slot, RUNNING, INTERRUPTING)) {
                    Thread thread = threads.get(slot);
                    if (thread != null) {
                        thread.interrupt(); // null: the slot has not published its thread and will see the stop
                    }
                    states.set(slot, RUNNING);
                    return;
                }
            } else {
                return; // DONE, or another canceller is interrupting it
            }
        }
    }

    /**
     * The calling thread was interrupted while launching or waiting: cancel everything. Whatever else
     * stopped the fan-out, {@link #result()} then throws {@link InterruptedException}.
     */
    void callerInterrupted() {
        callerInterrupted = true;
        stop(Stop.INTERRUPTED, null);
    }

    /** Starting a task failed: cancel everything that did start; the error is reported by {@link #result()}. */
    void launchFailed(Throwable error) {
        launchErrors.add(error);
        stop(Stop.ABORTED, error);
    }

    /** Whether the task of {@code slot} (run on the caller's thread) ended by throwing InterruptedException. */
    boolean threwInterrupt(int slot) {
        Outcome<T> outcome = outcomes.get(slot);
        return outcome instanceof Outcome.Failure<T> failure && failure.error() instanceof InterruptedException;
    }

    private void expire() {
        if (unfinishedSlots.getCount() > 0) {
            stop(Stop.EXPIRED, null);
        }
    }

    /**
     * Waits until every slot is done: finished, or cancelled and ended. If the caller is interrupted while
     * waiting, the fan-out is stopped and the wait goes on until the cancelled tasks have ended; the
     * interruption is then reported by {@link #result()}.
     */
    void awaitAll() {
        while (true) {
            try {
                unfinishedSlots.await();
                return;
            } catch (InterruptedException e) {
                callerInterrupted();
            }
        }
    }

    /**
     * The fan-out's result once {@link #awaitAll()} returned: every outcome in input order, or the reason
     * it stopped early as an exception.
     */
    List<Outcome<T>> result() throws FanOutException, InterruptedException {
        if (deadline != null) {
            deadline.cancel();
        }
        List<Outcome<?>> all = snapshot();
        Stop reason = stop.get();
        if (reason == null) {
            @SuppressWarnings("unchecked")
            List<Outcome<T>> typed = (List<Outcome<T>>) (List<?>) all;
            return typed;
        }
        Exception thrown;
        if (callerInterrupted) {
            long finished = all.stream().filter(Outcome::finished).count();
            thrown = new InterruptedException("fan-out interrupted: " + finished + " of " + all.size()
                    + " tasks finished, the rest were cancelled");
            if (stopCause.get() != null) {
                thrown.addSuppressed(stopCause.get());
            }
        } else if (reason == Stop.EXPIRED) {
            thrown = new DeadlineExceededException(policy.deadline(), all);
        } else {
            thrown = failed(reason, all);
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

    private FanOutFailedException failed(Stop reason, List<Outcome<?>> all) {
        Throwable first = stopCause.get();
        int failedSlot = -1;
        for (int slot = 0; slot < all.size() && failedSlot < 0; slot++) {
            if (all.get(slot) instanceof Outcome.Failure<?> failure && failure.error() == first) {
                failedSlot = slot;
            }
        }
        String message = reason == Stop.ABORTED
                ? "could not start every task: " + first
                : "task " + failedSlot + " of " + all.size() + " failed, the others were cancelled: " + first;
        FanOutFailedException failed = new FanOutFailedException(message, first, all);
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

    private List<Outcome<?>> snapshot() {
        Outcome<?>[] copy = new Outcome<?>[outcomes.length()];
        for (int slot = 0; slot < copy.length; slot++) {
            copy[slot] = Objects.requireNonNull(outcomes.get(slot), "slot not done");
        }
        return Collections.unmodifiableList(Arrays.asList(copy));
    }

    /** The slot indices as a list of callables returning nothing, for executors that take callables. */
    List<Callable<Void>> slotCallables() {
        List<Callable<Void>> slots = new ArrayList<>(tasks.size());
        for (int slot = 0; slot < tasks.size(); slot++) {
            int index = slot;
            slots.add(() -> {
                runSlot(index);
                return null;
            });
        }
        return slots;
    }
}
