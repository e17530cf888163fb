package fanout.strategy;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once a delay has passed, unless cancelled first: how a fan-out learns that its deadline
 * expired. The system timer is one shared daemon thread; tests supply a timer they fire by hand, so that
 * deadline semantics are proved without depending on the clock.
 */
@FunctionalInterface
public interface DeadlineTimer {

    /** A scheduled action that can be withdrawn. */
    @FunctionalInterface
    interface Scheduled {
        /** Withdraws the action if it has not run yet; does nothing otherwise. */
        void cancel();
    }

    Scheduled schedule(Duration delay, Runnable action);

    /** The real clock: one daemon thread shared by every fan-out of the JVM. */
    static DeadlineTimer system() {
        return SystemTimer.INSTANCE;
    }

    /** The shared scheduler behind {@link #system()}, created on first use. */
    final class SystemTimer implements DeadlineTimer {
        static final SystemTimer INSTANCE = new SystemTimer();

        private final ScheduledThreadPoolExecutor scheduler;

        private SystemTimer() {
            scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "fanout-deadline-timer");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.setRemoveOnCancelPolicy(true);
        }

        @Override
        public Scheduled schedule(Duration delay, Runnable action) {
            ScheduledFuture<?> future = scheduler.schedule(action, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        }
    }
}
