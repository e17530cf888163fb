package fanout.harness.run;

import fanout.harness.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user's own repositories, for the git benchmark instead of the fixture: given one by one, or found in a
 * folder (the folder itself and its immediate subfolders that hold a {@code .git}). Each must be a work tree:
 * a directory with a {@code .git} folder, or a {@code .git} file as a linked worktree has.
 */
public final class UserRepositories {
    private UserRepositories() {}

    /**
     * The repositories, absolute and without duplicates, in the order given (a scanned folder's sorted by
     * name); empty when neither is given.
     *
     * @throws UsageException for a path that is not a repository, or a folder that holds none, in one line
     */
    public static List<Path> resolve(List<Path> repositories, Path scanDir) {
        LinkedHashSet<Path> found = new LinkedHashSet<>();
        for (Path repository : repositories == null ? List.<Path>of() : repositories) {
            Path absolute = repository.toAbsolutePath().normalize();
            if (!Files.isDirectory(absolute)) {
                throw new UsageException("--repos " + repository + ": no such folder");
            }
            if (!isWorkTree(absolute)) {
                throw new UsageException("--repos " + repository + " is not a git repository (no .git in it)");
            }
            found.add(absolute);
        }
        if (scanDir != null) {
            found.addAll(scan(scanDir.toAbsolutePath().normalize(), scanDir));
        }
        for (Path path : found) {
            if (path.toString().contains("\n")) {
                throw new UsageException("repository path with a line break is not supported: " + path);
            }
        }
        return List.copyOf(found);
    }

    private static List<Path> scan(Path dir, Path asGiven) {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--repos-dir " + asGiven + ": no such folder");
        }
        List<Path> repositories = new ArrayList<>();
        if (isWorkTree(dir)) {
            repositories.add(dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(Files::isDirectory).filter(UserRepositories::isWorkTree).sorted()
                    .forEach(repositories::add);
        } catch (IOException e) {
            throw new UsageException("--repos-dir " + asGiven + ": cannot list it (" + e.getMessage() + ")");
        }
        if (repositories.isEmpty()) {
            throw new UsageException("--repos-dir " + asGiven + ": no git repository in it or in its immediate"
                    + " subfolders");
        }
        return repositories;
    }

    private static boolean isWorkTree(Path dir) {
        return Files.exists(dir.resolve(".git"));
    }

    /** Writes the list the git benchmark's fork reads: one absolute path per line, UTF-8. */
    static void write(List<Path> repositories, Path file) throws IOException {
        StringBuilder lines = new StringBuilder();
        repositories.forEach(path -> lines.append(path).append('\n'));
        fanout.harness.io.AtomicFiles.write(file, lines.toString());
    }
}
