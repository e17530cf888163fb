package fanout.strategy;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * A fan-out run on a thread of its own, so that the test can act while it runs (interrupt the caller, fire the
 * deadline, release tasks). Records, the moment {@code run} returned or threw: the result, how many tasks were
 * still in flight, and whether the calling thread was left interrupted.
 */
final class Caller {
    private final Thread thread;
    private volatile List<Outcome<Integer>> outcomes;
    private volatile Throwable thrown;
    private volatile int liveAtReturn = -1;
    private volatile boolean interruptedAfterReturn;
    private volatile List<Thread> threadsAliveAtReturn;

    private Caller(FanOut fanOut, List<? extends Callable<Integer>> tasks, Policy policy, Probe probe,
            boolean interruptFirst) {
        thread = new Thread(() -> {
            try {
                if (interruptFirst) {
                    Thread.currentThread().interrupt();
                }
                outcomes = fanOut.run(tasks, policy);
            } catch (Throwable e) {
                thrown = e;
            } finally {
                liveAtReturn = probe.live();
                threadsAliveAtReturn = Checks.aliveTaskThreads(probe);
                interruptedAfterReturn = Thread.currentThread().isInterrupted();
            }
        }, "fan-out caller");
        thread.setDaemon(true);
    }

    static Caller start(FanOut fanOut, List<? extends Callable<Integer>> tasks, Policy policy, Probe probe) {
        Caller caller = new Caller(fanOut, tasks, policy, probe, false);
        caller.thread.start();
        return caller;
    }

    /** Like {@link #start}, on a thread whose interrupt status is already set when it calls {@code run}. */
    static Caller startInterrupted(FanOut fanOut, List<? extends Callable<Integer>> tasks, Policy policy,
            Probe probe) {
        Caller caller = new Caller(fanOut, tasks, policy, probe, true);
        caller.thread.start();
        return caller;
    }

    Thread thread() {
        return thread;
    }

    boolean finished() {
        return !thread.isAlive();
    }

    /** Waits until {@code run} has returned or thrown (the test's timeout guards against a hang). */
    Caller join() throws InterruptedException {
        thread.join();
        return this;
    }

    /** The outcomes, asserting that {@code run} returned. */
    List<Outcome<Integer>> outcomes() throws InterruptedException {
        join();
        if (thrown != null) {
            throw new AssertionError("run threw instead of returning", thrown);
        }
        return outcomes;
    }

    /** What {@code run} threw, asserting it is a {@code type}. */
    <X extends Throwable> X thrown(Class<X> type) throws InterruptedException {
        join();
        assertNull(outcomes, "run returned instead of throwing");
        return assertInstanceOf(type, thrown);
    }

    /** How many tasks were in flight the moment run returned or threw: the contract says none. */
    int liveAtReturn() throws InterruptedException {
        join();
        return liveAtReturn;
    }

    boolean interruptedAfterReturn() throws InterruptedException {
        join();
        return interruptedAfterReturn;
    }

    /** The threads tasks ran on, other than this caller's, that were alive the moment run ended. */
    List<Thread> threadsAliveAtReturn() throws InterruptedException {
        join();
        return threadsAliveAtReturn;
    }
}
