package fanout.workload.git;

import java.nio.file.Path;

/** The directory is not (or no longer) a git repository or worktree, or does not exist. */
public final class NotARepositoryException extends GitException {
    private static final long serialVersionUID = 1L;

    private final Path path;

    NotARepositoryException(Path path, String why) {
        super(path + " is not a git repository" + why);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
