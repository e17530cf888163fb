package fanout.task;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Retry.Pause} whose clock moves only when it sleeps (by exactly what it was asked for), or when a task
 * advances it. It records every sleep; a sleep may be scripted to be interrupted. Nothing reads a real clock.
 */
final class FakePause implements Retry.Pause {

    private final List<Long> sleeps = new ArrayList<>();
    private long now;
    private int interruptAtSleep = -1;
    private long interruptAfter;

    FakePause(long origin) {
        now = origin;
    }

    /** Sleep number {@code sleep} (0-based) is interrupted {@code after} nanoseconds in. */
    FakePause interruptSleep(int sleep, long after) {
        interruptAtSleep = sleep;
        interruptAfter = after;
        return this;
    }

    /** Time passes outside a sleep (an attempt that takes this long). */
    void advance(long nanos) {
        now += nanos;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void sleepNanos(long nanos) throws InterruptedException {
        if (nanos < 0) {
            throw new IllegalArgumentException("negative sleep " + nanos);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("pending");
        }
        sleeps.add(nanos);
        if (sleeps.size() - 1 == interruptAtSleep) {
            now += interruptAfter;
            throw new InterruptedException("interrupted during the pause");
        }
        now += nanos;
    }

    List<Long> sleeps() {
        return List.copyOf(sleeps);
    }

    long now() {
        return now;
    }
}
