package fanout.harness.run;

import fanout.harness.UsageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One benchmark run at a time on this machine. Two runs on 2 cores spoil each other's numbers, and JMH refuses a second
 * instance anyway (its lock, {@code jmh.lock} in the temporary folder, makes every case of the second run fail), so a
 * run takes this lock before it writes anything and holds it to its end; a second run is refused at once with one line
 * naming the first.
 *
 * <p>The lock is the operating system's ({@link FileChannel#tryLock()}) on {@value #FILE} in the temporary folder (or
 * {@code -Dfanout.lock.dir}): it is released when the process ends, however it ends, so a killed run leaves no stale
 * lock. The file's text says which run holds it; a run that finds the lock taken reads it for its message. JMH's own
 * lock ({@code jmh.lock}, in the temporary folder) is tried and released at the same moment, so that another JMH run
 * (not started by fanout) is refused too; with a lock folder of its own (what tests set) it is looked for there.
 */
public final class RunLock implements AutoCloseable {
    /** The lock file's name. */
    public static final String FILE = "fanout-bench.lock";
    /** The system property naming the folder of the lock (tests use their own). */
    public static final String DIR_PROPERTY = "fanout.lock.dir";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The folder of the lock: {@code -Dfanout.lock.dir}, else the temporary folder, where JMH keeps its own. */
    public static Path directory() {
        return Path.of(System.getProperty(DIR_PROPERTY, System.getProperty("java.io.tmpdir")));
    }

    /**
     * Takes the lock for the run that {@code run} describes ("fanout run --profile smoke into /x/results, pid 42,
     * since 13:52:36Z").
     *
     * @throws UsageException "another benchmark run is in progress: …" when a run holds it, or when JMH's lock is held
     */
    public static RunLock acquire(Path directory, String run) {
        Path file = directory.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new UsageException("another benchmark run is in progress: " + (holder.isEmpty() ? file.toString()
                        : holder) + "; one run at a time (two on the same cores spoil each other's numbers)");
            }
            checkJmhLock(directory);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((run + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new RunLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UsageException("cannot take the run lock " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The lock if free, else null (held by another process, or by this one). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /**
     * Refuses when another JMH run holds JMH's lock; takes it for an instant only, JMH takes it for the run. JMH keeps
     * it in the temporary folder, the lock's default folder; a lock folder of its own ({@value #DIR_PROPERTY}, as the
     * tests set) is looked in instead, so that a run elsewhere on the machine does not refuse what runs there.
     */
    private static void checkJmhLock(Path directory) throws IOException {
        Path jmh = directory.resolve("jmh.lock");
        try (FileChannel channel = FileChannel.open(jmh, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new UsageException("another JMH run holds " + jmh + "; one run at a time");
            }
            lock.release();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a channel we failed to use: nothing more to say than the error already thrown
            }
        }
    }

    /** Releases the lock (the file stays: deleting it could race with a run opening it). */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
