package fanout.jmh;

import fanout.workload.git.Git;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code git status -s} in one directory the way most code writes it with the bare JDK: start the process,
 * close its standard input, read all of standard output and then all of standard error on the calling
 * thread, wait for the exit, and return standard output. The child gets the same environment additions as
 * {@link Git} ({@link Git#CHILD_ENVIRONMENT}), so that both run the same git.
 *
 * <p>It is the baseline {@link GitBenchmark}'s {@code runner=BARE} measures {@code Git} against, and it
 * <b>deliberately leaves out</b> what {@code Git} pays for:
 * <ul>
 *   <li>no timeout: a git that hangs hangs the call;</li>
 *   <li>no drain threads: the two pipes are read one after the other, so a git that writes more than a pipe
 *       buffer (64 KiB on Linux) to standard error before it closes standard output would block forever
 *       ({@code git status -s} never does);</li>
 *   <li>no prompt interruption: a blocked pipe read does not notice {@link Thread#interrupt()}, only
 *       {@code waitFor} does;</li>
 *   <li>no process-tree cleanup: nothing is killed, on any path;</li>
 *   <li>no error classification: any non-zero exit is one {@link IOException}.</li>
 * </ul>
 *
 * @param directory the repository or worktree to run in
 */
record BareGitCall(Path directory) implements Callable<String> {

    BareGitCall {
        Objects.requireNonNull(directory, "directory");
    }

    /**
     * Runs {@code git status -s} and returns what it printed.
     *
     * @throws IOException git could not be started, or exited with a non-zero status (the message names the
     *         directory, the exit code and the first line of standard error)
     * @throws InterruptedException the caller was interrupted while waiting for the exit (git is left running)
     */
    @Override
    public String call() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("git", "status", "-s").directory(directory.toFile());
        builder.environment().putAll(Git.CHILD_ENVIRONMENT);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out;
        byte[] err;
        try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
            out = stdout.readAllBytes();
            err = stderr.readAllBytes();
        }
        int exit = process.waitFor();
        if (exit != 0) {
            String firstLine = new String(err, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
            throw new IOException("git status -s failed in " + directory + " (exit " + exit + ")"
                    + (firstLine.isEmpty() ? "" : ": " + firstLine));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
