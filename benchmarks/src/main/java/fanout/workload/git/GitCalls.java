package fanout.workload.git;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/** The git workload as tasks: one call per repository, for a strategy to fan out. */
public final class GitCalls {

    private GitCalls() {}

    /**
     * One call per repository, in order; each returns what git printed (see {@link Git}'s operations) or throws
     * its {@link GitException}. A call can be run any number of times.
     */
    public static List<Callable<String>> of(Git git, List<Path> repositories, GitOperation op) {
        Objects.requireNonNull(git, "git");
        Objects.requireNonNull(op, "op");
        return repositories.stream().<Callable<String>>map(repository -> switch (op) {
            case STATUS -> () -> git.status(repository);
            case BRANCH -> () -> git.currentBranch(repository);
            case LAST_COMMIT -> () -> git.lastCommitSubject(repository);
            case DIFF -> () -> git.diff(repository);
        }).toList();
    }
}
