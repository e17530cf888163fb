package fanout.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.UsageException;
import java.nio.file.Path;
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
}
