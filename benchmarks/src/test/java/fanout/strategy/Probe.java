package fanout.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Controllable tasks and what they saw: which are in flight (and the peak), how many started, ended, saw an
 * interrupt, on which threads they ran, and a log of start and end events in the order they happened.
 *
 * <p>Every counter lives under one monitor, and every change wakes every waiter, so that tasks and the test can
 * wait for a state ({@link #await}) instead of sleeping. Nothing here measures time.
 *
 * <p>{@link #close()} (after each test) releases every task still blocked, so that a failed test leaves no task
 * hanging: a task released that way ends with an {@link AssertionError}, never with a value.
 */
final class Probe implements AutoCloseable {

    /** What a task does once it is running. */
    @FunctionalInterface
    interface Body {
        /**
         * @param index the task's position in the input
         * @param arrival 1 for the first task of the fan-out to start, 2 for the second, ...
         */
        Integer run(int index, int arrival) throws Exception;
    }

    /** One start or end of a task; {@code seq} orders every event of the fan-out. */
    record Event(int seq, boolean start, int index) {}

    private final Object lock = new Object();
    private final TreeSet<Integer> running = new TreeSet<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Integer> endOrder = new ArrayList<>();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private int peak;
    private int started;
    private int ended;
    private int interrupted;
    private boolean closed;
    private boolean released;
    private int tickets;

    /** A task that counts itself in flight while {@code body} runs. */
    Callable<Integer> task(int index, Body body) {
        return () -> {
            int arrival = enter(index);
            try {
                return body.run(index, arrival);
            } finally {
                exit(index);
            }
        };
    }

    /** {@code n} tasks with the same body. */
    List<Callable<Integer>> tasks(int n, Body body) {
        List<Callable<Integer>> tasks = new ArrayList<>(n);
        for (int index = 0; index < n; index++) {
            tasks.add(task(index, body));
        }
        return tasks;
    }

    /** {@code n} tasks whose body depends on the order they start in: arrival 1, 2, ... gets {@code role(arrival)}. */
    List<Callable<Integer>> tasksByArrival(int n, IntFunction<Body> role) {
        return tasks(n, (index, arrival) -> role.apply(arrival).run(index, arrival));
    }

    private int enter(int index) {
        threads.add(Thread.currentThread());
        synchronized (lock) {
            started++;
            running.add(index);
            peak = Math.max(peak, running.size());
            events.add(new Event(events.size(), true, index));
            lock.notifyAll();
            return started;
        }
    }

    private void exit(int index) {
        synchronized (lock) {
            running.remove(index);
            ended++;
            endOrder.add(index);
            events.add(new Event(events.size(), false, index));
            lock.notifyAll();
        }
    }

    // ---- bodies ----

    /** Returns the task's index at once. */
    static Body returnIndex() {
        return (index, arrival) -> index;
    }

    /** Throws {@code error} at once. */
    static Body throwing(Exception error) {
        return (index, arrival) -> {
            throw error;
        };
    }

    /** Blocks until its thread is interrupted, counts the interrupt, rethrows it. */
    Body blockUntilInterrupted() {
        return (index, arrival) -> {
            awaitInTask(p -> false);
            throw new AssertionError("unreachable");
        };
    }

    /**
     * Blocks until interrupted, counts the interrupt, and ends with an InterruptedException with its thread's
     * interrupt status set again, as code that restores what it caught does: the fan-out must clear it.
     */
    Body blockUntilInterruptedRestoring() {
        return (index, arrival) -> {
            try {
                awaitInTask(p -> false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw e;
            }
            throw new AssertionError("unreachable");
        };
    }

    /** Blocks until interrupted, counts the interrupt, then fails with {@code error} (not an interrupt). */
    Body blockUntilInterruptedThenThrow(RuntimeException error) {
        return (index, arrival) -> {
            try {
                awaitInTask(p -> false);
            } catch (InterruptedException e) {
                throw error;
            }
            throw new AssertionError("unreachable");
        };
    }

    /**
     * Ignores interrupts until the test calls {@link #release()}, then throws {@code error}; counts the interrupt
     * it got meanwhile, if any, and restores it as a well-behaved task does.
     */
    Body ignoreInterruptsUntilReleased(RuntimeException error) {
        return (index, arrival) -> {
            boolean wasInterrupted = false;
            synchronized (lock) {
                while (!released && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        wasInterrupted = true;
                        interrupted++;
                        lock.notifyAll();
                    }
                }
            }
            if (wasInterrupted) {
                Thread.currentThread().interrupt();
            }
            throw error;
        };
    }

    /** Waits until the test grants a ticket ({@link #grantTicket()}), takes it, returns its index. */
    Body endOnTicket() {
        return (index, arrival) -> {
            synchronized (lock) { // one monitor hold (wait releases it), so that two tasks cannot take one ticket
                awaitInTask(p -> p.tickets > 0);
                tickets--;
            }
            return index;
        };
    }

    /**
     * Waits until {@code inFlight(ended)} tasks are in flight (as many as the strategy can run at once) and this
     * task is the highest-numbered of them, then returns its index: whenever tasks overlap, later inputs end
     * first.
     */
    Body endHighestFirst(IntFunction<Integer> inFlight) {
        return (index, arrival) -> {
            awaitInTask(p -> p.running.size() >= inFlight.apply(p.ended) && p.running.last() == index);
            return index;
        };
    }

    /** Waits until {@code inFlight(ended)} tasks are in flight, then returns its index. */
    Body awaitInFlight(IntFunction<Integer> inFlight) {
        return (index, arrival) -> {
            awaitInTask(p -> p.running.size() >= inFlight.apply(p.ended));
            return index;
        };
    }

    /**
     * Waits (inside a task) until {@code condition} holds. An interrupt is counted and rethrown; a release by
     * {@link #close()} is an {@link AssertionError}.
     */
    void awaitInTask(Predicate<Probe> condition) throws InterruptedException {
        synchronized (lock) {
            while (!condition.test(this)) {
                if (closed) {
                    throw new AssertionError("task released by the end of the test, never cancelled");
                }
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted++;
                    lock.notifyAll();
                    throw e;
                }
            }
        }
    }

    private void countInterrupt() {
        synchronized (lock) {
            interrupted++;
            lock.notifyAll();
        }
    }

    // ---- the test's side ----

    /** Waits (in the test) until {@code condition} holds; the test's timeout guards against a hang. */
    void await(Predicate<Probe> condition) throws InterruptedException {
        synchronized (lock) {
            while (!condition.test(this)) {
                lock.wait();
            }
        }
    }

    /** Lets one task of {@link #endOnTicket()} end. */
    void grantTicket() {
        synchronized (lock) {
            tickets++;
            lock.notifyAll();
        }
    }

    /** Lets the tasks of {@link #ignoreInterruptsUntilReleased} go on. */
    void release() {
        synchronized (lock) {
            released = true;
            lock.notifyAll();
        }
    }

    /** Wakes every waiter so that it re-checks its condition (after a change the probe cannot see). */
    void poke() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    int live() {
        synchronized (lock) {
            return running.size();
        }
    }

    int peak() {
        synchronized (lock) {
            return peak;
        }
    }

    int started() {
        synchronized (lock) {
            return started;
        }
    }

    int ended() {
        synchronized (lock) {
            return ended;
        }
    }

    int interrupted() {
        synchronized (lock) {
            return interrupted;
        }
    }

    /** The indices of the tasks in the order they ended. */
    List<Integer> endOrder() {
        synchronized (lock) {
            return List.copyOf(endOrder);
        }
    }

    List<Event> events() {
        synchronized (lock) {
            return List.copyOf(events);
        }
    }

    /** The threads tasks ran on. */
    Set<Thread> threads() {
        return Set.copyOf(threads);
    }

    /** Releases every task still waiting; they end with an AssertionError. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }
}
