package fanout.workload.git;

/** Which git command each call of {@link GitCalls} runs. */
public enum GitOperation {
    /** {@code git status -s}: reads the index and stats every tracked file. */
    STATUS,
    /** {@code git branch --show-current}: reads HEAD only, the cheapest call. */
    BRANCH,
    /** {@code git log -1 --format=%s}: reads one commit object. */
    LAST_COMMIT,
    /** {@code git diff}: status plus reading and diffing the changed files. */
    DIFF
}
