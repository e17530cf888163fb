package fanout.strategy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * The bare primitive {@link StructuredScope} wraps, as JEP 505 shows it: open a scope with
 * {@code Joiner.allSuccessfulOrThrow()}, fork a subtask per task, join, read the results. No policies, no
 * deadline, no outcome slots: the overhead benchmark sets it beside the strategy.
 */
final class StructuredScopeBare implements StructuredScopes.BareFanOut {

    @Override
    public <T> List<T> run(List<? extends Callable<T>> tasks) throws Exception {
        try (var scope = StructuredTaskScope.open(Joiner.<T>allSuccessfulOrThrow())) {
            for (Callable<T> task : tasks) {
                scope.fork(task);
            }
            return scope.join().map(Subtask::get).toList();
        }
    }
}
