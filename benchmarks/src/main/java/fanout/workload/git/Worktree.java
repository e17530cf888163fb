package fanout.workload.git;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One entry of {@code git worktree list --porcelain}.
 *
 * @param path the worktree's directory (for a bare repository, the repository itself)
 * @param head the commit checked out, or {@code null} for a bare repository (or an unborn branch)
 * @param branch the short branch name ({@code refs/heads/} removed), or {@code null} when detached or bare
 * @param detached whether HEAD is detached
 * @param bare whether this is a bare repository
 * @param locked whether the worktree is locked (with or without a reason)
 * @param prunable whether git considers the worktree prunable (its directory is gone, for instance)
 */
public record Worktree(Path path, String head, String branch, boolean detached, boolean bare, boolean locked,
        boolean prunable) {
    public Worktree {
        Objects.requireNonNull(path, "path");
    }
}
