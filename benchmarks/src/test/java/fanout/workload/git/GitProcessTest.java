package fanout.workload.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subprocess contract of {@link Git}, checked with {@code /bin/sh} standing in for git: output fully
 * read, one-line errors, and no process left behind after a timeout or an interrupt.
 */
class GitProcessTest {

    /**
     * A script that starts a background child (a grandchild of the JVM), writes its own pid and the child's
     * to {@code pids} (atomically, via a rename), then blocks in a foreground child.
     */
    private static final String HANG = "sleep 1000 & echo $! > pids.tmp; echo $$ >> pids.tmp; mv pids.tmp pids; "
            + "sleep 1000";

    @TempDir
    Path dir;

    @Test
    void timeoutKillsTheProcessAndEveryDescendant() throws Exception {
        Git sh = new Git("/bin/sh", Duration.ofSeconds(2));

        GitTimeoutException timeout = assertThrows(GitTimeoutException.class,
                () -> sh.run(dir, List.of("-c", HANG)));

        assertOneLine(timeout.getMessage());
        assertTrue(timeout.getMessage().contains("/bin/sh -c"), timeout.getMessage());
        assertTrue(timeout.getMessage().contains(dir.toString()), timeout.getMessage());
        assertTrue(timeout.getMessage().contains("2000 ms"), timeout.getMessage());
        assertAllDead(readPids());
    }

    @Test
    void interruptKillsTheTreeWaitsAndRethrows() throws Exception {
        Git sh = new Git("/bin/sh", Duration.ofMinutes(5));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flagAfter = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                sh.run(dir, List.of("-c", HANG));
            } catch (Throwable t) {
                thrown.set(t);
                flagAfter.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        Path marker = dir.resolve("pids");
        while (!Files.exists(marker)) { // waits for a condition the script sets; no timing assumption
            Thread.sleep(5);
        }
        List<Long> pids = readPids();
        caller.interrupt();
        caller.join();

        assertInstanceOf(InterruptedException.class, thrown.get());
        assertFalse(flagAfter.get(), "InterruptedException thrown, so the flag is clear as usual");
        assertAllDead(pids); // run() returned only after the whole tree was gone
    }

    @Test
    void outputLargerThanPipeBuffersIsReadFully() throws Exception {
        Git sh = new Git("/bin/sh", Duration.ofMinutes(1));
        // 1 MB to stdout and 1 MB to stderr, interleaved: a reader of one pipe only would deadlock
        GitResult result = sh.run(dir, List.of("-c",
                "i=0; while [ $i -lt 16 ]; do head -c 65536 /dev/zero | tr '\\0' a; head -c 65536 /dev/zero | tr '\\0' b >&2; i=$((i+1)); done"));
        assertEquals(1 << 20, result.stdout().length());
        assertEquals(1 << 20, result.stderr().length());
        assertEquals(0, result.exitCode());
    }

    @Test
    void nonZeroExitIsOneLineWithCommandDirectoryCodeAndStderr() {
        Git sh = new Git("/bin/sh", Duration.ofMinutes(1));
        GitFailedException failed = assertThrows(GitFailedException.class,
                () -> sh.run(dir, List.of("-c", "echo first problem >&2; echo second >&2; exit 3")));
        assertOneLine(failed.getMessage());
        assertEquals(3, failed.exitCode());
        assertEquals("/bin/sh -c echo first problem >&2; echo second >&2; exit 3 failed in " + dir
                + " (exit 3): first problem", failed.getMessage());
    }

    @Test
    void missingExecutableSaysHowToFixIt() {
        Git missing = new Git("git-does-not-exist-xyz", Duration.ofMinutes(1));
        GitNotFoundException notFound = assertThrows(GitNotFoundException.class, () -> missing.status(dir));
        assertOneLine(notFound.getMessage());
        assertTrue(notFound.getMessage().startsWith("git not found: install git or put it on PATH"),
                notFound.getMessage());
    }

    @Test
    void directoryThatIsNotARepository() {
        Git git = Git.onPath(Duration.ofMinutes(1)).withEnvironment(java.util.Map.of("GIT_CEILING_DIRECTORIES", dir.getParent().toString()));
        NotARepositoryException notRepo = assertThrows(NotARepositoryException.class, () -> git.status(dir));
        assertEquals(dir + " is not a git repository", notRepo.getMessage());

        Path gone = dir.resolve("gone");
        NotARepositoryException missing = assertThrows(NotARepositoryException.class, () -> git.status(gone));
        assertOneLine(missing.getMessage());
        assertTrue(missing.getMessage().startsWith(gone + " is not a git repository"), missing.getMessage());
    }

    private List<Long> readPids() throws IOException {
        Path marker = dir.resolve("pids");
        assertTrue(Files.exists(marker), "the script did not get to write its pids before the timeout");
        List<Long> pids = new ArrayList<>();
        for (String line : Files.readAllLines(marker, StandardCharsets.US_ASCII)) {
            pids.add(Long.parseLong(line.strip()));
        }
        assertEquals(2, pids.size());
        return pids;
    }

    /** Each process is gone, or has exited and waits to be reaped by PID 1 (a zombie: state Z). */
    private static void assertAllDead(List<Long> pids) throws IOException {
        for (long pid : pids) {
            java.util.Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty() || !handle.get().isAlive()) {
                continue;
            }
            String state;
            try {
                state = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceFirst("^.*\\) ", "").substring(0, 1);
            } catch (java.nio.file.NoSuchFileException reaped) {
                state = "gone";
            }
            assertTrue(state.equals("Z") || state.equals("gone"), "process " + pid + " is alive, state " + state);
        }
    }

    static void assertOneLine(String message) {
        assertFalse(message.isBlank());
        assertFalse(message.contains("\n") || message.contains("\r"), "more than one line: " + message);
    }
}
