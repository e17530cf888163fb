package fanout.gitreport;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the status report found in one worktree.
 *
 * @param path the worktree's directory, as {@code git worktree list} gave it
 * @param branch the current branch, {@code ""} when HEAD is detached, {@code null} when the worktree failed
 * @param lastCommit the subject of the last commit, {@code null} when the worktree failed
 * @param statusLines the lines of {@code git status -s} (empty when clean or failed)
 * @param diff {@code git diff} for a dirty worktree, {@code ""} for a clean one (not asked), {@code null} when
 *     the worktree failed or its diff did
 * @param error one line saying why this worktree could not be reported, or {@code null}
 */
public record WorktreeStatus(Path path, String branch, String lastCommit, List<String> statusLines, String diff,
        String error) {

    public WorktreeStatus {
        Objects.requireNonNull(path, "path");
        statusLines = List.copyOf(statusLines);
    }

    static WorktreeStatus failed(Path path, String error) {
        return new WorktreeStatus(path, null, null, List.of(), null, error);
    }

    /** Whether {@code git status -s} printed anything (changed or untracked files). */
    public boolean dirty() {
        return !statusLines.isEmpty();
    }

    public boolean failed() {
        return error != null;
    }
}
