package fanout.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** {@link FanOut#firstSuccess} for a fan-out that keeps no record of its winner: each task wrapped to claim it. */
final class FirstSuccess {
    private FirstSuccess() {}

    static void requireTasks(List<?> tasks) {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("a race needs at least one task");
        }
    }

    /**
     * Runs {@code tasks} under {@link Policy#untilFirstSuccess()}, each wrapped to claim the win with its value as it
     * returns; the first claim is the winner.
     */
    static <T> T byClaiming(FanOut fanOut, List<? extends Callable<? extends T>> tasks, Policy policy)
            throws FanOutException, InterruptedException {
        requireTasks(tasks);
        AtomicReference<List<T>> won = new AtomicReference<>();
        List<Callable<T>> claiming = new ArrayList<>(tasks.size());
        for (Callable<? extends T> task : tasks) {
            claiming.add(() -> {
                T value = task.call();
                won.compareAndSet(null, java.util.Collections.singletonList(value));
                return value;
            });
        }
        List<Outcome<T>> outcomes = fanOut.run(claiming, policy.untilFirstSuccess());
        List<T> winner = won.get();
        if (winner == null) {
            throw FanOutEnding.allFailed(outcomes);
        }
        return winner.get(0);
    }
}
