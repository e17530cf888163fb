package fanout.gitreport;

import fanout.strategy.DeadlineExceededException;
import fanout.strategy.FanOut;
import fanout.strategy.FanOutException;
import fanout.strategy.Outcome;
import fanout.strategy.Policy;
import fanout.workload.git.Git;
import fanout.workload.git.GitException;
import fanout.workload.git.Worktree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The seed's status report pipeline: list the worktrees of a repository (one git call), then status, branch
 * and last commit of every worktree in one fan-out, then {@code git diff} of the dirty ones in a second.
 *
 * <p><b>One task per worktree.</b> Each task of the first fan-out runs its worktree's three git calls one
 * after another: a worktree fails or succeeds as a whole, its error is one line, and the strategy's limit k
 * bounds the git processes running at once (k, not 3k). Three tasks per worktree would overlap a worktree's
 * own calls, which matters only when there are fewer worktrees than k.
 *
 * <p><b>Failures.</b> A worktree whose calls failed (its directory deleted, not a repository, a git timeout) gets
 * {@link WorktreeStatus#error()} and the others are reported normally. Under a {@code COLLECT} policy every
 * worktree is tried. Under {@code FAIL_FAST} the first failure cancels the worktrees still running or not yet
 * started: the report is still returned, the failed worktree with its error and each cancelled one with
 * {@code "not checked: cancelled after another worktree failed"}; worktrees that finished first are reported
 * normally. Likewise an expired deadline gives {@code "not checked: the deadline expired"} to the unfinished
 * ones. Bare entries of the list (no working tree) are left out. Only a failure to list the worktrees, or an
 * interrupt, ends {@code collect} with an exception.
 *
 * @param worktrees one entry per (non-bare) worktree, in the order git listed them
 */
public record StatusReport(List<WorktreeStatus> worktrees) {

    public StatusReport {
        worktrees = List.copyOf(worktrees);
    }

    /** Status, branch and last commit of one worktree. */
    private record Snapshot(List<String> statusLines, String branch, String lastCommit) {}

    /**
     * Runs the pipeline.
     *
     * @throws GitException listing the worktrees of {@code mainRepository} failed
     * @throws InterruptedException the caller was interrupted; every task was cancelled and awaited
     */
    public static StatusReport collect(Git git, Path mainRepository, FanOut fanOut, Policy policy)
            throws InterruptedException, GitException {
        List<Path> paths = git.worktrees(mainRepository).stream()
                .filter(worktree -> !worktree.bare())
                .map(Worktree::path)
                .toList();

        List<Callable<Snapshot>> snapshots = new ArrayList<>(paths.size());
        for (Path path : paths) {
            snapshots.add(() -> new Snapshot(git.status(path).lines().toList(), git.currentBranch(path),
                    git.lastCommitSubject(path)));
        }
        Ran first = run(fanOut, snapshots, policy);

        List<WorktreeStatus> statuses = new ArrayList<>(paths.size());
        List<Integer> dirty = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Outcome<?> outcome = first.outcomes().get(i);
            if (outcome instanceof Outcome.Success<?> success && success.value() instanceof Snapshot snapshot) {
                statuses.add(new WorktreeStatus(paths.get(i), snapshot.branch(), snapshot.lastCommit(),
                        snapshot.statusLines(), "", null));
                if (!snapshot.statusLines().isEmpty()) {
                    dirty.add(i);
                }
            } else {
                statuses.add(WorktreeStatus.failed(paths.get(i), first.describe(i)));
            }
        }

        List<Callable<String>> diffs = dirty.stream().map(i -> (Callable<String>) () -> git.diff(paths.get(i))).toList();
        Ran second = diffs.isEmpty() ? new Ran(List.of(), "") : run(fanOut, diffs, policy);
        for (int d = 0; d < dirty.size(); d++) {
            int i = dirty.get(d);
            WorktreeStatus status = statuses.get(i);
            Outcome<?> outcome = second.outcomes().get(d);
            statuses.set(i, outcome instanceof Outcome.Success<?> success
                    ? new WorktreeStatus(status.path(), status.branch(), status.lastCommit(), status.statusLines(),
                            (String) success.value(), null)
                    : new WorktreeStatus(status.path(), status.branch(), status.lastCommit(), status.statusLines(),
                            null, "diff: " + second.describe(d)));
        }
        return new StatusReport(statuses);
    }

    /** The outcomes of one fan-out, and what the cancelled ones (if any) were cancelled by. */
    private record Ran(List<? extends Outcome<?>> outcomes, String cancelledBecause) {

        /** One line saying why outcome {@code i} carries no value. */
        String describe(int i) {
            Outcome<?> outcome = outcomes.get(i);
            if (outcome instanceof Outcome.Failure<?> failure) {
                return oneLine(failure.error());
            }
            return "not checked: " + cancelledBecause;
        }
    }

    /** One fan-out; a failed one (FAIL_FAST, deadline) still yields its outcomes. */
    private static Ran run(FanOut fanOut, List<? extends Callable<?>> tasks, Policy policy)
            throws InterruptedException {
        try {
            return new Ran(fanOut.run(tasks, policy), "cancelled");
        } catch (DeadlineExceededException e) {
            return new Ran(e.outcomes(), "the deadline expired");
        } catch (FanOutException e) {
            return new Ran(e.outcomes(), "cancelled after another worktree failed");
        }
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage();
        String text = error instanceof GitException || error instanceof java.io.IOException
                ? String.valueOf(message)
                : error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.lines().findFirst().orElse(error.getClass().getSimpleName());
    }

    /** How many worktrees have changed or untracked files. */
    public long dirtyCount() {
        return worktrees.stream().filter(WorktreeStatus::dirty).count();
    }

    /** How many worktrees could not be reported. */
    public long failedCount() {
        return worktrees.stream().filter(WorktreeStatus::failed).count();
    }

    /**
     * A readable text report: a summary line, then per worktree its path, branch and last commit, its status
     * lines and the size of its diff, or its error.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(worktrees.size()).append(worktrees.size() == 1 ? " worktree, " : " worktrees, ")
                .append(dirtyCount()).append(" dirty, ").append(failedCount()).append(" failed\n");
        for (WorktreeStatus status : worktrees) {
            out.append('\n').append(status.path()).append('\n');
            if (status.branch() != null) {
                out.append("  branch: ").append(status.branch().isEmpty() ? "(detached HEAD)" : status.branch())
                        .append('\n');
                out.append("  last commit: ").append(status.lastCommit()).append('\n');
                if (status.statusLines().isEmpty()) {
                    out.append("  clean\n");
                }
                for (String line : status.statusLines()) {
                    out.append("  ").append(line).append('\n');
                }
                if (status.diff() != null && !status.diff().isEmpty()) {
                    long added = status.diff().lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count();
                    long removed = status.diff().lines().filter(l -> l.startsWith("-") && !l.startsWith("---")).count();
                    out.append("  diff: +").append(added).append(" -").append(removed).append(" lines\n");
                }
            }
            if (status.error() != null) {
                out.append("  error: ").append(status.error()).append('\n');
            }
        }
        return out.toString();
    }
}
