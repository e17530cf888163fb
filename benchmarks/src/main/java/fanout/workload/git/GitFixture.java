package fanout.workload.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A deterministic set of git repositories in a scratch directory, for the git workload:
 * <ul>
 *   <li>{@code count} independent repositories {@code repos/repo-NNN}, each with {@value #FILES} committed
 *       files in one commit, then {@link #MODIFIED} changed and {@link #UNTRACKED} added, so that
 *       {@code git status -s} prints {@link #STATUS_LINES};</li>
 *   <li>one repository {@code main} (the same files, committed, clean) with {@code count} linked worktrees
 *       {@code worktrees/wt-NNN}, each on its own branch {@code wt-NNN} and with {@link #WORKTREE_MODIFIED}
 *       changed.</li>
 * </ul>
 * Author, committer, e-mail and dates are fixed and git runs with no global or system configuration, so every
 * build creates the same commit ids. File times are set to the fixed date before they are staged, so that no
 * index entry is "racily clean" (which would make every {@code git status} re-read the files: status runs with
 * {@code GIT_OPTIONAL_LOCKS=0} and never refreshes the index).
 *
 * <p><b>Reuse.</b> A marker file records the fixture version and count; when it matches and every directory
 * exists, {@link #build} returns the existing fixture without running git, so a 200-repository fixture is
 * built once, not per benchmark run. Otherwise the directory is deleted and rebuilt. A non-empty directory
 * without the marker is refused rather than deleted.
 *
 * <p>Building runs git 3 times per repository (init, add, commit) plus 2 per worktree (worktree add,
 * update-index), one call at a time.
 *
 * @param scratch the directory holding everything
 * @param repositories the independent repositories, in order
 * @param mainRepository the repository with the linked worktrees
 * @param worktrees the linked worktrees of {@code mainRepository}, in order
 */
public record GitFixture(Path scratch, List<Path> repositories, Path mainRepository, List<Path> worktrees) {

    /** Changes whenever what {@link #build} creates changes: an old fixture is then rebuilt. */
    static final String VERSION = "fanout-bench git fixture v1";
    static final String MARKER = "fanout-git-fixture.marker";

    /** Committed files per repository. */
    public static final int FILES = 20;
    /** Tracked files each independent repository then changes. */
    public static final List<String> MODIFIED = List.of("docs/note-0.txt", "file-00.txt", "file-01.txt");
    /** Untracked files each independent repository then gets. */
    public static final List<String> UNTRACKED = List.of("untracked-0.txt", "untracked-1.txt");
    /** What {@code git status -s} prints in each independent repository. */
    public static final List<String> STATUS_LINES = List.of(
            " M docs/note-0.txt", " M file-00.txt", " M file-01.txt", "?? untracked-0.txt", "?? untracked-1.txt");
    /** The tracked file each linked worktree changes. */
    public static final String WORKTREE_MODIFIED = "file-00.txt";
    /** The subject of the only commit of repository {@code name} ({@code repo-007}, {@code main}). */
    public static String commitSubject(String name) {
        return "Fixture " + name + ": " + FILES + " files";
    }

    /** The fixed time of every commit and file: 2024-01-01T00:00:00Z. */
    static final long EPOCH_SECONDS = 1_704_067_200L;

    public GitFixture {
        Objects.requireNonNull(scratch, "scratch");
        repositories = List.copyOf(repositories);
        Objects.requireNonNull(mainRepository, "mainRepository");
        worktrees = List.copyOf(worktrees);
    }

    /**
     * The environment the fixture's git runs with: no global or system configuration, no prompts, fixed
     * author, committer and dates.
     */
    public static Map<String, String> isolatedEnvironment() {
        String date = "@" + EPOCH_SECONDS + " +0000";
        return Map.of(
                "GIT_CONFIG_GLOBAL", "/dev/null",
                "GIT_CONFIG_NOSYSTEM", "1",
                "GIT_AUTHOR_NAME", "Fanout Bench",
                "GIT_AUTHOR_EMAIL", "fixture@fanout.invalid",
                "GIT_AUTHOR_DATE", date,
                "GIT_COMMITTER_NAME", "Fanout Bench",
                "GIT_COMMITTER_EMAIL", "fixture@fanout.invalid",
                "GIT_COMMITTER_DATE", date);
    }

    /**
     * The fixture of {@code count} repositories and {@code count} worktrees in {@code scratch}: the existing one
     * if the marker matches and its directories exist, else a new one (the directory is emptied first).
     *
     * @throws IllegalArgumentException count is not positive, or scratch is a non-empty directory that is not a
     *     fixture
     */
    public static GitFixture build(Path scratch, int count, Git git) throws GitException, InterruptedException {
        if (count <= 0) {
            throw new IllegalArgumentException("fixture repository count must be at least 1, was " + count);
        }
        Path root = scratch.toAbsolutePath().normalize();
        GitFixture fixture = layout(root, count);
        try {
            if (fixture.isComplete(count)) {
                return fixture;
            }
            prepareEmpty(root);
            Files.writeString(root.resolve(MARKER), "building\n", StandardCharsets.UTF_8);
            fixture.create(git.withEnvironment(isolatedEnvironment()));
            Files.writeString(root.resolve(MARKER), markerText(count), StandardCharsets.UTF_8);
            return fixture;
        } catch (IOException e) {
            if (e instanceof GitException gitException) {
                throw gitException;
            }
            throw new UncheckedIOException("could not build the git fixture in " + root + ": " + e.getMessage(), e);
        }
    }

    private static GitFixture layout(Path root, int count) {
        List<Path> repositories = new ArrayList<>(count);
        List<Path> worktrees = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            repositories.add(root.resolve("repos").resolve(String.format("repo-%03d", i)));
            worktrees.add(root.resolve("worktrees").resolve(String.format("wt-%03d", i)));
        }
        return new GitFixture(root, repositories, root.resolve("main"), worktrees);
    }

    private static String markerText(int count) {
        return VERSION + "\ncount=" + count + "\n";
    }

    private boolean isComplete(int count) throws IOException {
        Path marker = scratch.resolve(MARKER);
        if (!Files.isRegularFile(marker) || !Files.readString(marker, StandardCharsets.UTF_8).equals(markerText(count))) {
            return false;
        }
        return Files.isDirectory(mainRepository.resolve(".git"))
                && repositories.stream().allMatch(repository -> Files.isDirectory(repository.resolve(".git")))
                && worktrees.stream().allMatch(worktree -> Files.isRegularFile(worktree.resolve(".git")));
    }

    private static void prepareEmpty(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(root)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty) {
                if (!Files.exists(root.resolve(MARKER))) {
                    throw new IllegalArgumentException(root + " is not empty and is not a git fixture: "
                            + "choose a new or empty scratch directory");
                }
                deleteRecursively(root);
            }
        }
        Files.createDirectories(root);
    }

    private void create(Git git) throws IOException, InterruptedException {
        for (Path repository : repositories) {
            String name = repository.getFileName().toString();
            commitFiles(git, repository, name);
            for (String file : MODIFIED) {
                Files.writeString(repository.resolve(file), "changed in the working tree of " + name + "\n",
                        StandardCharsets.UTF_8);
            }
            for (String file : UNTRACKED) {
                Files.writeString(repository.resolve(file), "untracked in " + name + "\n", StandardCharsets.UTF_8);
            }
        }
        commitFiles(git, mainRepository, "main");
        for (Path worktree : worktrees) {
            String branch = worktree.getFileName().toString();
            git.run(mainRepository, List.of("-c", "gc.auto=0", "worktree", "add", "-q", "-b", branch, worktree.toString()));
            // checked-out files are as new as the index: date them back, and let the index record that
            try (Stream<Path> files = Files.walk(worktree)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    if (!file.getFileName().toString().equals(".git")) {
                        Files.setLastModifiedTime(file, FileTime.from(java.time.Instant.ofEpochSecond(EPOCH_SECONDS)));
                    }
                }
            }
            git.run(worktree, List.of("update-index", "-q", "--refresh"));
            Files.writeString(worktree.resolve(WORKTREE_MODIFIED), "changed in worktree " + branch + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    /** Writes the committed files with Java, then init, add, commit: 3 git calls. */
    private static final List<String> CONFIG = List.of("-c", "init.defaultBranch=main", "-c", "gc.auto=0",
            "-c", "maintenance.auto=false", "-c", "commit.gpgSign=false", "-c", "core.autocrlf=false");

    private static void commitFiles(Git git, Path repository, String name) throws IOException, InterruptedException {
        Files.createDirectories(repository.resolve("docs"));
        FileTime fixed = FileTime.from(java.time.Instant.ofEpochSecond(EPOCH_SECONDS));
        for (int i = 0; i < FILES; i++) {
            Path file = i < FILES - 5
                    ? repository.resolve(String.format("file-%02d.txt", i))
                    : repository.resolve("docs").resolve("note-" + (i - (FILES - 5)) + ".txt");
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 10; line++) {
                text.append(name).append(": file ").append(i).append(", line ").append(line).append('\n');
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, fixed);
        }
        List<String> config = CONFIG;
        git.run(repository, concat(config, List.of("init", "-q")));
        git.run(repository, concat(config, List.of("add", "-A")));
        git.run(repository, concat(config, List.of("commit", "-q", "-m", commitSubject(name))));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** {@code git status -s} of {@code repository}, one entry per line (convenience for checks). */
    public List<String> status(Git git, Path repository) throws GitException, InterruptedException {
        return git.status(repository).lines().toList();
    }

    /** Removes the fixture's directory and everything in it. */
    public void delete() {
        try {
            deleteRecursively(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the git fixture " + scratch + ": " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
