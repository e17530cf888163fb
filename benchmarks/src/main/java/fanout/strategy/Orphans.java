package fanout.strategy;

/**
 * The tasks a {@link FailurePolicy#FIRST_ERROR_NO_CANCEL} fan-out left running when it threw its first failure
 * ({@link FanOutFailedException#orphans()}): they were not cancelled and run to their own end, unless the caller
 * {@linkplain #cancel() cancels} them. Their outcomes are lost to the caller (the exception's outcomes show them
 * as {@code Cancelled(null)}, "not awaited"); an {@link OutcomeListener} still hears of them.
 *
 * <p>Thread-safe. Made only by the fan-out.
 */
public final class Orphans {

    /** What the fan-out that left the orphans knows of them. */
    interface Keeper {
        /** Waits until every orphan has ended and every thread the call created has terminated. */
        void awaitEnd() throws InterruptedException;

        boolean ended();

        /** {@code System.nanoTime()} when the last orphan ended; read after {@link #awaitEnd()}. */
        long lastEndNanos();

        /** Interrupts the orphans; returns at once. */
        void cancel();
    }

    private static final Keeper NONE = new Keeper() {
        @Override
        public void awaitEnd() {}

        @Override
        public boolean ended() {
            return true;
        }

        @Override
        public long lastEndNanos() {
            return Long.MIN_VALUE;
        }

        @Override
        public void cancel() {}
    };

    private final int count;
    private final long returnedAtNanos;
    private final Keeper keeper;

    /**
     * @param count tasks not yet ended when the call threw
     * @param returnedAtNanos {@code System.nanoTime()} when it threw
     * @param keeper what waits for them and cancels them
     */
    Orphans(int count, long returnedAtNanos, Keeper keeper) {
        this.count = count;
        this.returnedAtNanos = returnedAtNanos;
        this.keeper = keeper;
    }

    /** None: what SEQUENTIAL leaves, whose loop stops at the first failure (the tasks after it never start). */
    static Orphans none(long returnedAtNanos) {
        return new Orphans(0, returnedAtNanos, NONE);
    }

    /**
     * How many tasks had not ended when the call threw: running, or still to start (they will still start, unless
     * {@linkplain #cancel() cancelled}).
     */
    public int count() {
        return count;
    }

    /** {@code System.nanoTime()} when the call threw. */
    public long returnedAtNanos() {
        return returnedAtNanos;
    }

    /**
     * Waits until every orphan has ended and every thread the call created has terminated, and returns the
     * {@code System.nanoTime()} at which the last orphan ended (as recorded when it ended, not when this returns);
     * {@link #returnedAtNanos()} if none was left running.
     *
     * @throws InterruptedException if the waiting thread was interrupted (the orphans run on)
     */
    public long awaitEnd() throws InterruptedException {
        keeper.awaitEnd();
        long last = keeper.lastEndNanos();
        return last == Long.MIN_VALUE || last - returnedAtNanos < 0 ? returnedAtNanos : last;
    }

    /** Whether every orphan has ended and every thread the call created has terminated. */
    public boolean ended() {
        return keeper.ended();
    }

    /**
     * Cancels the orphans, as a cancelled fan-out does: interrupts those running, and those not started never
     * start. Returns at once; {@link #awaitEnd()} waits for them. Does nothing once they have ended.
     */
    public void cancel() {
        keeper.cancel();
    }

    @Override
    public String toString() {
        return "Orphans[count=" + count + ", ended=" + ended() + "]";
    }
}
