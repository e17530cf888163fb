package fanout.strategy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The state of one fan-out, shared by every strategy: one slot per task, the outcomes in input order, the
 * reason the fan-out stopped early if it did, and the cancellation that interrupts running tasks.
 *
 * <p>A strategy decides only <em>where and when</em> each slot runs: it calls {@link #runSlot(int)} once per
 * slot on a thread of its choice, then {@link #awaitAll()}, then returns {@link #result()}. Everything else —
 * recording outcomes, fail-fast, the deadline, cancelling and awaiting the cancelled — lives here, once.
 *
 * <h2>Waiting for the slots</h2>
 * A strategy that hands slots to long-lived pool threads needs a count of unfinished slots to wait on
 * ({@link Completion#COUNTED}). A strategy that knows when every slot has ended by other means — its slots run on
 * the caller's thread, on threads it joins, or behind futures it waits for — does not
 * ({@link Completion#BY_STRATEGY}), and is spared a counter that every slot's thread would update: measured, that
 * shared count alone cost 5% of a virtual-thread fan-out of tasks that return at once (two carriers taking turns
 * on one cache line).
 *
 * <h2>Slot states</h2>
 * {@code NEW → RUNNING → DONE}, or {@code NEW → DONE} when the fan-out stops before the slot starts. While
 * a canceller interrupts a running slot's thread the slot is briefly {@code INTERRUPTING}; the slot's thread
 * waits for that to end before it leaves {@code RUNNING}, so an interrupt is delivered only while the thread
 * still runs that slot, and the thread clears it afterwards: it never leaks into the next task of a pool
 * thread. A slot on a thread of its own ({@link SlotThreads#OWN}) does not wait: nothing interruptible follows
 * it there.
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
        ABORTED,
        /** An {@link OutcomeListener} threw. */
        LISTENER_FAILED,
        /**
         * A task succeeded under {@link Policy.Goal#FIRST_SUCCESS}: the fan-out is done, not failed; the others are
         * cancelled and awaited, and the result is the outcomes as usual.
         */
        SUCCEEDED
    }

    /** How the end of every slot is known. */
    enum Completion {
        /** A shared count of unfinished slots, which {@link #awaitAll()} waits on. */
        COUNTED,
        /**
         * The strategy waits for its slots itself (their threads joined, their futures completed, or run on the
         * calling thread) before {@link #result()}; {@link #awaitAll()} returns at once.
         */
        BY_STRATEGY
    }

    /** Whether anything else runs on a slot's thread after the slot. */
    enum SlotThreads {
        /**
         * The thread goes on to other work (a pool thread, the caller's thread): an interrupt meant for the slot must
         * not outlive it, so the slot's end waits out a canceller that is interrupting it.
         */
        SHARED,
        /**
         * Each slot has a new thread that ends with it: an interrupt that lands just after the slot ended finds a
         * thread with nothing left to interrupt, so the slot ends with a plain release store instead of a
         * compare-and-set (a fence per slot, measured at about 1% of a virtual-thread fan-out of tasks that return at
         * once).
         */
        OWN
    }

    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int INTERRUPTING = 2;
    private static final int DONE = 3;

    /**
     * One task's slot. An object per slot, rather than parallel arrays, so that threads finishing neighbouring
     * slots do not write to the same cache line.
     */
    private static final class Slot<T> {
        private static final VarHandle STATE;

        static {
            try {
                STATE = MethodHandles.lookup().findVarHandle(Slot.class, "state", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final Callable<? extends T> task;
        volatile int state; // NEW, RUNNING, INTERRUPTING, DONE
        /**
         * The thread that runs the slot. Written before the CAS that leaves NEW, so a canceller that later
         * moves the slot from RUNNING to INTERRUPTING sees it; read again after the strategy waited for the
         * slot's thread, to join it.
         */
        Thread thread;
        Outcome<T> outcome; // written before the slot is done, read after the strategy waited for the slots

        Slot(Callable<? extends T> task) {
            this.task = task;
        }

        boolean cas(int expected, int next) {
            return STATE.compareAndSet(this, expected, next);
        }

        void setDone() {
            STATE.setRelease(this, DONE);
        }
    }

    private final Slot<T>[] slots;
    private final Policy policy;
    /** The count of unfinished slots; null when the strategy waits for its slots itself. */
    private final CountDownLatch unfinishedSlots;
    private final boolean ownThreads;
    /** {@link Policy#cancelsOnFailure()}, {@link Policy#racesToFirstSuccess()}, read once per slot. */
    private final boolean failFast;
    private final boolean race;
    /** The policy's listener, or null: tested for null per slot, never called as a no-op. */
    private final OutcomeListener listener;
    /** The slot whose success stopped the fan-out ({@link Stop#SUCCEEDED}), or -1. */
    private volatile int winner = -1;
    private final AtomicReference<Stop> stop = new AtomicReference<>();
    private final AtomicReference<Throwable> stopCause = new AtomicReference<>();
    private final ConcurrentLinkedQueue<Throwable> launchErrors = new ConcurrentLinkedQueue<>();
    private volatile boolean callerInterrupted;
    private final DeadlineTimer.Scheduled deadline;

    FanOutCall(List<? extends Callable<? extends T>> tasks, Policy policy, Completion completion,
            SlotThreads slotThreads) {
        this.policy = Objects.requireNonNull(policy, "policy");
        int n = tasks.size();
        @SuppressWarnings("unchecked")
        Slot<T>[] array = new Slot[n];
        int index = 0;
        for (Callable<? extends T> task : tasks) {
            array[index++] = new Slot<>(Objects.requireNonNull(task, "task"));
        }
        this.slots = array;
        this.unfinishedSlots = completion == Completion.COUNTED ? new CountDownLatch(n) : null;
        this.ownThreads = slotThreads == SlotThreads.OWN;
        this.failFast = policy.cancelsOnFailure();
        this.race = policy.racesToFirstSuccess();
        this.listener = policy.listener();
        this.deadline = policy.deadline() == null ? null : policy.timer().schedule(policy.deadline(), this::expire);
    }

    int size() {
        return slots.length;
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
        Slot<T> it = slots[slot];
        it.thread = Thread.currentThread();
        if (!it.cas(NEW, RUNNING)) {
            return; // cancelled before it started; the canceller recorded it
        }
        // A canceller that stopped the fan-out before the CAS above left the slot NEW or found it RUNNING
        // with its thread already set; either way the stop is visible here and the task does not start.
        boolean started = !stopped();
        Outcome<T> outcome = started ? call(it.task, gate) : Outcome.cancelled(null);
        it.outcome = outcome;
        if (ownThreads) {
            it.setDone(); // a canceller interrupting it now leaves the state alone (see cancel)
            it.thread = null; // the scope joins the thread; the slot need not keep it reachable
        } else {
            while (!it.cas(RUNNING, DONE)) {
                Thread.onSpinWait(); // a canceller is interrupting this thread right now
            }
        }
        if (stopped()) {
            Thread.interrupted(); // the interrupt was ours, for this slot only
        }
        if (failFast && outcome instanceof Outcome.Failure<T> failure) {
            stop(Stop.FAILED, failure.error());
        } else if (race && outcome instanceof Outcome.Success<T> && stop(Stop.SUCCEEDED, null)) {
            winner = slot;
        }
        if (listener != null && started) {
            tell(slot, outcome);
        }
        countDown();
    }

    /** Calls the listener; if it throws, the fan-out stops as failed by it (see {@link OutcomeListener}). */
    private void tell(int slot, Outcome<T> outcome) {
        try {
            listener.ended(slot, outcome);
        } catch (Throwable error) {
            launchErrors.add(error);
            stop(Stop.LISTENER_FAILED, error);
        }
    }

    /**
     * The value of the task whose success ended a {@link Policy.Goal#FIRST_SUCCESS} fan-out, once {@link #result()}
     * returned; or, when every task failed, the {@link FanOutFailedException} that says so.
     */
    T winner(List<Outcome<T>> outcomes) throws FanOutFailedException {
        int slot = winner;
        if (slot < 0) {
            throw FanOutEnding.allFailed(outcomes);
        }
        return ((Outcome.Success<T>) outcomes.get(slot)).value();
    }

    private void countDown() {
        if (unfinishedSlots != null) {
            unfinishedSlots.countDown();
        }
    }

    private Outcome<T> call(Callable<? extends T> task, Semaphore gate) {
        try {
            if (gate == null) {
                return Outcome.success(task.call());
            }
            gate.acquire();
            try {
                if (stopped()) {
                    // A cancelled fan-out interrupts the slots waiting here one by one, and the permits that the
                    // interrupted tasks give back may reach a slot not yet interrupted: it must not start its task.
                    return Outcome.cancelled(null);
                }
                return Outcome.success(task.call());
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
        for (Slot<T> slot : slots) {
            cancel(slot);
        }
        return true;
    }

    private void cancel(Slot<T> slot) {
        while (true) {
            int state = slot.state;
            if (state == NEW) {
                if (slot.cas(NEW, DONE)) {
                    slot.outcome = Outcome.cancelled(null);
                    countDown();
                    return;
                }
            } else if (state == RUNNING) {
                if (slot.cas(RUNNING, INTERRUPTING)) {
                    Thread thread = slot.thread; // set before the slot left NEW; null once a slot on its own thread ended
                    if (thread != null) {
                        thread.interrupt();
                    }
                    slot.cas(INTERRUPTING, RUNNING); // fails only where the slot, on its own thread, ended meanwhile
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
        Outcome<T> outcome = slots[slot].outcome;
        return outcome instanceof Outcome.Failure<T> failure && failure.error() instanceof InterruptedException;
    }

    private void expire() {
        if (unfinished()) {
            stop(Stop.EXPIRED, null);
        }
    }

    /** Whether a slot has not ended yet. */
    private boolean unfinished() {
        if (unfinishedSlots != null) {
            return unfinishedSlots.getCount() > 0;
        }
        for (Slot<T> slot : slots) {
            if (slot.state != DONE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits until every slot is done: finished, or cancelled and ended. If the caller is interrupted while
     * waiting, the fan-out is stopped and the wait goes on until the cancelled tasks have ended; the
     * interruption is then reported by {@link #result()}. Where the strategy has waited for its slots itself
     * ({@link Completion#BY_STRATEGY}) there is nothing left to wait for, but an interrupt still pending is taken as
     * the caller's, as a wait would have taken it: a caller interrupted before a fan-out that never had to wait gets
     * InterruptedException all the same.
     */
    void awaitAll() {
        if (unfinishedSlots == null) {
            if (Thread.interrupted()) {
                callerInterrupted();
            }
            return;
        }
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
        return FanOutEnding.conclude(snapshot(), stop.get(), stopCause.get(), callerInterrupted, launchErrors,
                policy.deadline());
    }

    /**
     * Every slot's outcome. A slot the fan-out stopped before it started may show none yet: where the strategy waited
     * for its slots itself ({@link Completion#BY_STRATEGY}) nothing waits for a canceller on another thread (the
     * deadline's) to finish marking the slots it cancels, and such a slot is cancelled whoever writes it.
     */
    private List<Outcome<?>> snapshot() {
        Outcome<?>[] copy = new Outcome<?>[slots.length];
        boolean stopped = stopped();
        for (int slot = 0; slot < copy.length; slot++) {
            Outcome<T> outcome = slots[slot].outcome;
            copy[slot] = outcome == null && stopped ? Outcome.cancelled(null)
                    : Objects.requireNonNull(outcome, "slot not done");
        }
        return Collections.unmodifiableList(Arrays.asList(copy));
    }

    /**
     * Waits, uninterruptibly, until every thread a slot ran on has terminated; for strategies that give each
     * task a thread of its own ({@link CallThreads#joinAll}). Call it only after waiting for the executor or the
     * futures (which publishes the threads), and never where slots run on long-lived pool threads.
     */
    void joinThreads() {
        CallThreads.joinAll(slots.length, slot -> slots[slot].thread);
    }
}
