package fanout.harness.run;

import fanout.harness.UsageException;
import fanout.harness.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where one run's files go: {@code <results>/runs/<id>/}, a new directory for every run, never one that
 * exists. Files are written atomically (a temporary file, then a move), so a reader or a killed run never
 * sees half a file. {@code <results>/latest} points at the newest run.
 */
public final class RunDirectory {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final Path dir;

    private RunDirectory(Path root, Path dir) {
        this.root = root;
        this.dir = dir;
    }

    /**
     * Creates the directory of a new run under {@code resultsRoot}.
     *
     * @throws UsageException if the results directory cannot be written, in one line
     */
    public static RunDirectory create(Path resultsRoot, Instant start, String profile) {
        Path runs = resultsRoot.resolve("runs");
        try {
            if (Files.exists(resultsRoot) && !Files.isDirectory(resultsRoot)) {
                throw new UsageException("results directory " + resultsRoot + " is a file, not a directory;"
                        + " choose another with --results");
            }
            Files.createDirectories(runs);
            String base = ID.format(start) + "-" + profile;
            for (int attempt = 1; ; attempt++) {
                Path dir = runs.resolve(attempt == 1 ? base : base + "-" + attempt);
                try {
                    Files.createDirectory(dir);
                    return new RunDirectory(resultsRoot, dir);
                } catch (FileAlreadyExistsException e) {
                    // another run started in the same second: take the next name
                }
            }
        } catch (AccessDeniedException e) {
            throw new UsageException("cannot write to results directory " + resultsRoot + ": permission denied ("
                    + e.getFile() + "); choose another with --results");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException("cannot write to results directory " + resultsRoot + ": cannot create "
                    + e.getFile() + " (a parent is missing or cannot hold folders); choose another with --results");
        } catch (FileSystemException e) {
            throw new UsageException("cannot write to results directory " + resultsRoot + ": "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + " (" + e.getFile()
                    + "); choose another with --results");
        } catch (IOException e) {
            throw new UsageException("cannot write to results directory " + resultsRoot + ": " + e
                    + "; choose another with --results");
        }
    }

    /**
     * The folder of a run made before, {@code <results>/runs/<id>}, to go on with ({@code fanout run --resume}).
     *
     * @throws UsageException if it is not such a folder, in one line
     */
    public static RunDirectory existing(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path runs = absolute.getParent();
        if (!Files.isDirectory(absolute) || runs == null || runs.getParent() == null
                || !runs.getFileName().toString().equals("runs")) {
            throw new UsageException(dir + " is not a run folder (<results>/runs/<id>)");
        }
        return new RunDirectory(runs.getParent(), absolute);
    }

    public Path root() {
        return root;
    }

    public Path dir() {
        return dir;
    }

    public String id() {
        return dir.getFileName().toString();
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    /** Writes {@code content} to {@code name} in the run directory atomically. */
    public void writeAtomically(String name, String content) throws IOException {
        AtomicFiles.write(dir.resolve(name), content);
    }

    /** Points {@code <results>/latest} at this run (a relative symbolic link, replaced atomically). */
    public void markLatest() throws IOException {
        Path latest = root.resolve("latest");
        Path temp = root.resolve(".latest.tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createSymbolicLink(temp, root.relativize(dir));
            Files.move(temp, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(temp);
            // No symbolic links here: a text file naming the run directory instead.
            AtomicFiles.write(root.resolve("latest.txt"), root.relativize(dir) + "\n");
        }
    }

    /**
     * Points {@code latest} at this run unless it points at a newer one (a run resumed after another run finished):
     * run ids begin with their start time, so the newer sorts last.
     *
     * @return whether {@code latest} now points at this run
     */
    public boolean markLatestUnlessNewer() throws IOException {
        Path latest = root.resolve("latest");
        if (Files.isSymbolicLink(latest)) {
            Path current = Files.readSymbolicLink(latest).getFileName();
            if (current != null && current.toString().compareTo(id()) > 0) {
                return false;
            }
        }
        markLatest();
        return true;
    }
}
