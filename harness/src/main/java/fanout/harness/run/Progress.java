package fanout.harness.run;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The console's view of a run: which case, i of n, how long so far and how long still to go. The estimate
 * of what remains is the plan's own estimate scaled by how far off it has been so far.
 */
final class Progress {
    private final PrintStream out;
    private final int total;
    private final long startNanos;
    private Duration estimatedRemaining;
    private Duration estimatedDone = Duration.ZERO;

    Progress(PrintStream out, int total, Duration estimatedTotal) {
        this.out = out;
        this.total = total;
        this.startNanos = System.nanoTime();
        this.estimatedRemaining = estimatedTotal;
    }

    void starting(int index, String what) {
        out.printf("[%d/%d] %s (elapsed %s, ETA %s)%n", index, total, what, format(elapsed()), format(eta()));
        out.flush();
    }

    void finished(String outcome, Duration estimate) {
        estimatedDone = estimatedDone.plus(estimate);
        estimatedRemaining = estimatedRemaining.minus(estimate);
        out.println("        " + outcome);
        out.flush();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private Duration eta() {
        if (estimatedDone.isZero()) {
            return estimatedRemaining;
        }
        double pace = (double) elapsed().toMillis() / Math.max(1, estimatedDone.toMillis());
        return Duration.ofMillis(Math.round(Math.max(0, estimatedRemaining.toMillis()) * pace));
    }

    static String format(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
