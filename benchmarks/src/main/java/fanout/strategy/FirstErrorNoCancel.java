package fanout.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@link FailurePolicy#FIRST_ERROR_NO_CANCEL} for any strategy: the whole fan-out runs under
 * {@link FailurePolicy#COLLECT} (same deadline, same strategy) on a <em>keeper</em> thread of the call's own, with an
 * {@link OutcomeListener} that records each outcome as it ends and signals the first failure. The caller waits for
 * the first failure or for the keeper's fan-out to end:
 * <ul>
 *   <li>a task failed → it throws {@link FanOutFailedException} at once, the failure its cause, with the
 *       {@link Orphans} (the keeper's fan-out, still running the others to their end);</li>
 *   <li>the fan-out ended without a failure → its result (outcomes, or the deadline's exception) is the call's;</li>
 *   <li>the caller was interrupted while waiting → the keeper is interrupted, which cancels every task, and once it
 *       has ended the caller gets {@link InterruptedException}, as under any policy.</li>
 * </ul>
 * Whether a task "failed" is decided by the fan-out that ran it: a task that threw because the deadline cancelled it
 * is {@code Cancelled}, not a failure. {@link Orphans#cancel()} interrupts the keeper, which cancels the orphans as an
 * interrupted caller's fan-out does.
 *
 * <p>The keeper is a virtual thread where the JVM has them, a platform daemon thread otherwise; the call does not
 * wait for it once a task failed — {@link Orphans#awaitEnd()} does.
 */
final class FirstErrorNoCancel {
    private FirstErrorNoCancel() {}

    /** Runs {@code tasks} on {@code fanOut} (which must run COLLECT itself) and reports as described above. */
    static <T> List<Outcome<T>> run(FanOut fanOut, List<? extends Callable<? extends T>> tasks, Policy policy)
            throws FanOutException, InterruptedException {
        List<Callable<? extends T>> all = List.copyOf(tasks);
        Keeper<T> keeper = new Keeper<>(all.size(), policy.listener());
        Policy collect = policy.withOnFailure(FailurePolicy.COLLECT).withListener(keeper::record);
        keeper.start(() -> keeper.runAll(fanOut, all, collect));
        return keeper.await();
    }

    /**
     * SEQUENTIAL's version, on the calling thread: like {@code for ... await}, the loop stops at the first failure, so
     * the tasks after it never start and nothing is left running ({@link Orphans#count()} is 0). That is fail-fast
     * with nothing to cancel; the exception says so and carries empty orphans.
     */
    static <T> List<Outcome<T>> runInline(FanOut fanOut, List<? extends Callable<? extends T>> tasks, Policy policy)
            throws FanOutException, InterruptedException {
        try {
            return fanOut.run(tasks, policy.withOnFailure(FailurePolicy.FAIL_FAST));
        } catch (FanOutFailedException failed) {
            List<Outcome<?>> outcomes = failed.outcomes();
            int slot = failedSlot(outcomes, failed.getCause());
            if (slot < 0) {
                throw failed; // not a task's failure: a launch or listener failure, reported as under any policy
            }
            FanOutFailedException first = new FanOutFailedException("task " + slot + " of " + outcomes.size()
                    + " failed; the loop stopped there and the " + (outcomes.size() - slot - 1)
                    + " tasks after it never started: " + failed.getCause(), failed.getCause(), outcomes,
                    Orphans.none(System.nanoTime()));
            for (Throwable suppressed : failed.getSuppressed()) {
                first.addSuppressed(suppressed);
            }
            throw first;
        }
    }

    private static int failedSlot(List<? extends Outcome<?>> outcomes, Throwable error) {
        for (int slot = 0; slot < outcomes.size(); slot++) {
            if (outcomes.get(slot) instanceof Outcome.Failure<?> failure && failure.error() == error) {
                return slot;
            }
        }
        return -1;
    }

    /** The keeper thread and what it has seen: each outcome as it ended, the first failure, the end. */
    private static final class Keeper<T> implements Orphans.Keeper {
        private static final ThreadFactory THREADS = threads();

        private final int size;
        private final OutcomeListener userListener;
        private final AtomicReferenceArray<Outcome<?>> known;
        private final AtomicInteger endedCount = new AtomicInteger();
        /** Opened by the first failure, or by the keeper's fan-out ending. */
        private final CountDownLatch decided = new CountDownLatch(1);
        private volatile int firstFailure = -1;
        private volatile long lastEndNanos = Long.MIN_VALUE;
        private volatile List<Outcome<T>> outcomes;
        private volatile Throwable thrown;
        private Thread thread;

        Keeper(int size, OutcomeListener userListener) {
            this.size = size;
            this.userListener = userListener;
            this.known = new AtomicReferenceArray<>(size);
        }

        private static ThreadFactory threads() {
            if (VirtualThreads.available()) {
                return VirtualThreads.factory();
            }
            return runnable -> {
                Thread thread = new Thread(runnable, "fanout-first-error-keeper");
                thread.setDaemon(true);
                return thread;
            };
        }

        void start(Runnable body) throws FanOutFailedException {
            try {
                thread = THREADS.newThread(body);
                thread.start();
            } catch (RuntimeException | Error e) {
                List<Outcome<?>> none = Collections.nCopies(size, Outcome.cancelled(null));
                throw new FanOutFailedException("could not start every task: " + e, e, none);
            }
        }

        void runAll(FanOut fanOut, List<Callable<? extends T>> tasks, Policy collect) {
            try {
                outcomes = fanOut.run(tasks, collect);
            } catch (Throwable e) {
                thrown = e;
            } finally {
                if (lastEndNanos == Long.MIN_VALUE) {
                    lastEndNanos = System.nanoTime(); // some were cancelled before they started: they ended now
                }
                decided.countDown();
            }
        }

        /** The keeper fan-out's listener: records the outcome, then tells the caller's listener, then signals. */
        void record(int index, Outcome<?> outcome) {
            known.set(index, outcome);
            if (endedCount.incrementAndGet() == size) {
                lastEndNanos = System.nanoTime();
            }
            if (outcome instanceof Outcome.Failure<?> && firstFailure < 0) {
                synchronized (this) {
                    if (firstFailure < 0) {
                        firstFailure = index;
                    }
                }
                decided.countDown(); // first: the caller's time to the first failure does not wait for a listener
            }
            if (userListener != null) {
                userListener.ended(index, outcome); // if it throws, the keeper's fan-out stops and reports it
            }
        }

        /** The caller's side: waits for the first failure or the end, as described on the class. */
        List<Outcome<T>> await() throws FanOutException, InterruptedException {
            try {
                decided.await();
            } catch (InterruptedException e) {
                thread.interrupt(); // the keeper's fan-out cancels every task
                CallThreads.joinAll(1, i -> thread);
                Thread.interrupted(); // consumed: reported as the exception below
                Throwable keeperThrew = thrown;
                InterruptedException interrupted = new InterruptedException(keeperThrew instanceof InterruptedException
                        ? keeperThrew.getMessage() : "fan-out interrupted; every task was cancelled");
                if (keeperThrew != null) {
                    for (Throwable suppressed : keeperThrew.getSuppressed()) {
                        interrupted.addSuppressed(suppressed);
                    }
                }
                throw interrupted;
            }
            int failed = firstFailure;
            if (failed >= 0) {
                throw firstFailure(failed);
            }
            CallThreads.joinAll(1, i -> thread); // the fan-out has ended; so does its thread, at once
            Throwable error = thrown;
            if (error == null) {
                return outcomes;
            }
            if (error instanceof FanOutException e) {
                throw e;
            }
            if (error instanceof InterruptedException e) {
                throw e;
            }
            if (error instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) error;
        }

        /**
         * The exception for the first failure: the outcomes known now, every unfinished task's slot
         * {@code Cancelled(null)} ("not awaited"), and the orphans.
         */
        private FanOutFailedException firstFailure(int slot) {
            List<Outcome<?>> known = new ArrayList<>(size);
            int unfinished = 0;
            for (int i = 0; i < size; i++) {
                Outcome<?> outcome = this.known.get(i);
                if (outcome == null) {
                    unfinished++;
                    known.add(Outcome.cancelled(null));
                } else {
                    known.add(outcome);
                }
            }
            Throwable cause = ((Outcome.Failure<?>) known.get(slot)).error();
            Orphans orphans = new Orphans(unfinished, System.nanoTime(), this);
            FanOutFailedException failed = new FanOutFailedException("task " + slot + " of " + size + " failed; the "
                    + unfinished + " unfinished tasks were left running: " + cause, cause, known, orphans);
            for (Outcome<?> outcome : known) {
                if (outcome instanceof Outcome.Failure<?> other && other.error() != cause) {
                    failed.addSuppressed(other.error());
                }
            }
            return failed;
        }

        @Override
        public void awaitEnd() throws InterruptedException {
            thread.join();
        }

        @Override
        public boolean ended() {
            return !thread.isAlive();
        }

        @Override
        public long lastEndNanos() {
            return lastEndNanos;
        }

        @Override
        public void cancel() {
            thread.interrupt();
        }
    }
}
