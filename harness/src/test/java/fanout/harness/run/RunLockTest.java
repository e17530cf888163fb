package fanout.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.UsageException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run at a time: a second is refused with one line naming the first, and the lock is free again after it. */
class RunLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunIsRefusedNamingTheFirstAndTheLockIsFreeAfterIt() throws Exception {
        try (RunLock first = RunLock.acquire(dir, "fanout run --profile smoke into /x/results, pid 42")) {
            UsageException refused = assertThrows(UsageException.class,
                    () -> RunLock.acquire(dir, "fanout run --profile ci into /y/results, pid 43"));
            assertTrue(refused.getMessage().startsWith("another benchmark run is in progress: fanout run --profile"
                    + " smoke into /x/results, pid 42;"), refused.getMessage());
            assertEquals(1, refused.getMessage().lines().count());
        }
        try (RunLock again = RunLock.acquire(dir, "fanout run --profile ci into /y/results, pid 43")) {
            assertTrue(again != null, "taken again once the first was released");
        }
    }

    /** A JMH run not started by fanout holds JMH's lock (in the lock's folder): refused too, and nothing is taken. */
    @Test
    void aRunIsRefusedWhileJmhsOwnLockIsHeld() throws Exception {
        try (FileChannel jmh = FileChannel.open(dir.resolve("jmh.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = jmh.lock()) {
            UsageException refused = assertThrows(UsageException.class,
                    () -> RunLock.acquire(dir, "fanout run --profile smoke into /x/results, pid 42"));
            assertTrue(refused.getMessage().startsWith("another JMH run holds " + dir.resolve("jmh.lock")),
                    refused.getMessage());
        }
        try (RunLock free = RunLock.acquire(dir, "fanout run --profile ci into /y/results, pid 43")) {
            assertTrue(free != null, "taken once JMH's lock was released");
        }
    }
}
