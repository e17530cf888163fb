package fanout.workload.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs git as a subprocess: no shell (the arguments are a list, so spaces, quotes, {@code $(...)} and
 * non-ASCII characters in paths are just characters), standard input closed, standard output and error
 * each read to the end by a pooled platform thread so that neither pipe can fill up and block git, and a
 * timeout per command.
 *
 * <p>The calling thread only waits, interruptibly. When the timeout expires or the caller is interrupted,
 * git <b>and every process it started</b> are killed ({@link Process#destroyForcibly()} on the process and
 * on each of {@link Process#descendants()}), and {@code run} waits until they are all gone before it throws:
 * no child process outlives a call. (A descendant that already left the tree when its parent exited, a
 * daemonized {@code git gc --auto} say, cannot be found that way; the fixture disables auto-gc.)
 *
 * <p>The child's environment gets {@code GIT_TERMINAL_PROMPT=0} (never wait for a password),
 * {@code GIT_OPTIONAL_LOCKS=0} (status does not refresh the index, so concurrent status calls on one
 * repository do not fight over {@code index.lock}) and {@code LC_ALL=C} (messages in English, as the error
 * classification expects), plus whatever {@link #withEnvironment} added.
 *
 * <p>Knows nothing of strategies or JMH; safe to use from many threads at once (JDK 17+: the drains are
 * platform threads).
 */
public final class Git {

    /** Reads the child's output. Daemon threads that die after a minute idle; shared by every instance. */
    private static final ExecutorService DRAINS = Executors.newCachedThreadPool(new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "git-output-drain-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    /**
     * What every child's environment gets: never wait for a password, no optional index refresh (so concurrent status
     * calls on one repository do not fight over {@code index.lock}), messages in English.
     */
    public static final Map<String, String> CHILD_ENVIRONMENT = Map.of(
            "GIT_TERMINAL_PROMPT", "0", "GIT_OPTIONAL_LOCKS", "0", "LC_ALL", "C");

    private final String executable;
    private final Duration timeout;
    private final Map<String, String> environment;

    /**
     * @param executable the program to run: {@code "git"} (looked up on PATH) or a path to it
     * @param timeout how long one command may run before it is killed
     */
    public Git(String executable, Duration timeout) {
        this(executable, timeout, Map.of());
    }

    private Git(String executable, Duration timeout, Map<String, String> environment) {
        this.executable = Objects.requireNonNull(executable, "executable");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("git timeout must be positive, was " + timeout);
        }
        Map<String, String> env = new HashMap<>(CHILD_ENVIRONMENT);
        env.putAll(environment);
        this.environment = Map.copyOf(env);
    }

    /** {@code git} from the PATH. */
    public static Git onPath(Duration timeout) {
        return new Git("git", timeout);
    }

    /** This git with {@code variables} added to (or replacing some of) the child's environment. */
    public Git withEnvironment(Map<String, String> variables) {
        Map<String, String> merged = new HashMap<>(environment);
        merged.putAll(variables);
        return new Git(executable, timeout, merged);
    }

    public String executable() {
        return executable;
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Runs {@code executable args...} in {@code directory} and returns what it printed.
     *
     * @throws NotARepositoryException the directory does not exist, or git says it is not a repository
     * @throws GitNotFoundException the executable cannot be found
     * @throws GitTimeoutException it ran longer than the timeout; it and its descendants were killed
     * @throws GitFailedException it exited with a non-zero status
     * @throws InterruptedException the caller was interrupted; the process tree was killed and awaited first
     */
    public GitResult run(Path directory, List<String> args) throws GitException, InterruptedException {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(executable);
        command.addAll(args);
        if (!Files.isDirectory(directory)) {
            throw new NotARepositoryException(directory, Files.exists(directory) ? " (not a directory)"
                    : " (no such directory)");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            if (isNoSuchFile(e)) {
                throw new GitNotFoundException(executable, e);
            }
            throw new GitFailedException("could not start", command, directory, e);
        }
        try {
            return await(process, command, directory);
        } catch (InterruptedException | GitException | RuntimeException | Error e) {
            destroyTree(process);
            throw e;
        }
    }

    private GitResult await(Process process, List<String> command, Path directory)
            throws GitException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            process.getOutputStream().close(); // git reads nothing from us
        } catch (IOException e) {
            throw new GitFailedException("could not close standard input of", command, directory, e);
        }
        Future<byte[]> stdout = DRAINS.submit(() -> readAll(process.getInputStream()));
        Future<byte[]> stderr = DRAINS.submit(() -> readAll(process.getErrorStream()));
        try {
            byte[] out = stdout.get(remaining(deadline), TimeUnit.NANOSECONDS);
            byte[] err = stderr.get(remaining(deadline), TimeUnit.NANOSECONDS);
            if (!process.waitFor(remaining(deadline), TimeUnit.NANOSECONDS)) {
                throw new GitTimeoutException(command, directory, timeout);
            }
            String errText = new String(err, StandardCharsets.UTF_8);
            int exit = process.exitValue();
            if (exit == 128 && errText.contains("not a git repository")) {
                throw new NotARepositoryException(directory, "");
            }
            if (exit != 0) {
                throw new GitFailedException(command, directory, exit, errText);
            }
            return new GitResult(command, directory, exit, new String(out, StandardCharsets.UTF_8), errText);
        } catch (TimeoutException e) {
            throw new GitTimeoutException(command, directory, timeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new GitFailedException("could not read the output of", command, directory,
                    cause instanceof IOException io ? io : new IOException(cause));
        } finally {
            stdout.cancel(false);
            stderr.cancel(false);
        }
    }

    /** Whether starting failed with ENOENT: "error=2," (vfork, JDK 17) or "error: 2 (" (posix_spawn, JDK 25). */
    private static boolean isNoSuchFile(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("error=2,") || message.contains("error: 2 (")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readAll(InputStream stream) throws IOException {
        try (stream) {
            return stream.readAllBytes();
        }
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    /**
     * Kills the process and every descendant it has now, then waits for each to end. Waits through
     * interrupts (a killed process ends at once) and restores the interrupt status afterwards.
     *
     * <p>The direct child is reaped by the JDK. A descendant is not our child: once killed it is a zombie until
     * whoever inherits it (init, or a container's PID 1, which may take seconds) reaps it, and the JDK's
     * {@code onExit} polls for that with sleeps of 300 ms and more. A zombie has ended (no CPU, no open pipe),
     * so this waits for "gone or zombie", polling from 0.1 ms up to 10 ms.
     */
    static void destroyTree(Process process) {
        List<ProcessHandle> descendants = new ArrayList<>();
        process.descendants().forEach(descendants::add);
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        boolean interrupted = false;
        while (true) {
            try {
                process.waitFor();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        for (ProcessHandle descendant : descendants) {
            long pauseNanos = 100_000;
            while (!hasEnded(descendant)) {
                try {
                    TimeUnit.NANOSECONDS.sleep(pauseNanos);
                } catch (InterruptedException e) {
                    interrupted = true; // the flag is clear again: the next sleep waits
                }
                pauseNanos = Math.min(pauseNanos * 2, 10_000_000);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the process has exited: gone, or a zombie waiting to be reaped (Linux: state Z in /proc). */
    static boolean hasEnded(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return true;
        }
        Path stat = Path.of("/proc", Long.toString(handle.pid()), "stat");
        try {
            String text = Files.readString(stat, StandardCharsets.US_ASCII);
            int close = text.lastIndexOf(')');
            return close + 2 < text.length() && text.charAt(close + 2) == 'Z';
        } catch (java.nio.file.NoSuchFileException e) {
            return true; // reaped between the two checks
        } catch (IOException e) {
            return false; // no /proc here: isAlive() said alive
        }
    }

    /** {@code git status -s}: one line per changed or untracked file, empty when clean. */
    public String status(Path repository) throws GitException, InterruptedException {
        return run(repository, List.of("status", "-s")).stdout();
    }

    /** {@code git branch --show-current}: the branch name, or {@code ""} when HEAD is detached. */
    public String currentBranch(Path repository) throws GitException, InterruptedException {
        return run(repository, List.of("branch", "--show-current")).stdout().strip();
    }

    /** {@code git log -1 --format=%s}: the subject of the last commit. */
    public String lastCommitSubject(Path repository) throws GitException, InterruptedException {
        return run(repository, List.of("log", "-1", "--format=%s")).stdout().strip();
    }

    /** {@code git diff}: unstaged changes of tracked files. */
    public String diff(Path repository) throws GitException, InterruptedException {
        return run(repository, List.of("diff")).stdout();
    }

    /** {@code git worktree list --porcelain}, parsed: the main worktree first, then the linked ones. */
    public List<Worktree> worktrees(Path repository) throws GitException, InterruptedException {
        return WorktreeList.parse(run(repository, List.of("worktree", "list", "--porcelain")).stdout());
    }

    /** {@code git --version}, e.g. {@code git version 2.39.5}. */
    public String version() throws GitException, InterruptedException {
        return run(Path.of("").toAbsolutePath(), List.of("--version")).stdout().strip();
    }

    @Override
    public String toString() {
        return "Git[" + executable + ", timeout " + timeout + "]";
    }
}
