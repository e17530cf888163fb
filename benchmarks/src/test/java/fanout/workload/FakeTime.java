package fanout.workload;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A clock that moves only when the thread parks, and a parker that never blocks: each park records what it
 * was asked for and advances the clock by what the test scripted for it (by default all it was asked for).
 * Nothing here reads a real clock or sleeps.
 */
final class FakeTime implements Sleeper.Clock, Sleeper.Parker {

    /** What one park does, given the nanoseconds it was asked for. */
    @FunctionalInterface
    interface Wake {
        /** Returns how many nanoseconds pass on the clock before this park returns. */
        long after(long asked);
    }

    /** The park returns after all it was asked for. */
    static final Wake IN_FULL = asked -> asked;

    private final Deque<Wake> script = new ArrayDeque<>();
    private final List<Long> parks = new ArrayList<>();
    private long now;
    private int reads;

    /** @param origin the first reading: any value, since only differences mean anything */
    FakeTime(long origin) {
        now = origin;
    }

    /** The next parks do these, in order; later ones return {@link #IN_FULL}. */
    FakeTime then(Wake... wakes) {
        script.addAll(List.of(wakes));
        return this;
    }

    /** The park returns early, after this many nanoseconds (a spurious wake-up, or another thread's unpark). */
    static Wake early(long nanos) {
        return asked -> nanos;
    }

    /** An interrupt arrives this many nanoseconds into the park, which then returns at once, as parkNanos does. */
    static Wake interruptedAfter(long nanos) {
        return asked -> {
            Thread.currentThread().interrupt();
            return nanos;
        };
    }

    Sleeper sleeper() {
        return new Sleeper(this, this);
    }

    @Override
    public long nanoTime() {
        reads++;
        return now;
    }

    @Override
    public void parkNanos(long nanos) {
        parks.add(nanos);
        Wake wake = script.isEmpty() ? IN_FULL : script.poll();
        now += wake.after(nanos);
    }

    /** The nanoseconds each park was asked for, in order. */
    List<Long> parks() {
        return List.copyOf(parks);
    }

    /** What the clock reads now, without counting as a reading. */
    long now() {
        return now;
    }

    /** How many times the clock was read. */
    int reads() {
        return reads;
    }
}
