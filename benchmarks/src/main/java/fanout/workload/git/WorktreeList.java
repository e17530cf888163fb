package fanout.workload.git;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the output of {@code git worktree list --porcelain}: blocks separated by a blank line, one attribute
 * per line ({@code worktree <path>}, {@code HEAD <sha>}, {@code branch <ref>}, {@code bare},
 * {@code detached}, {@code locked [reason]}, {@code prunable [reason]}). Unknown attributes are ignored, as git's
 * documentation asks. A path git quoted in C style ({@code "..."} with backslash escapes, octal bytes for
 * non-ASCII) is unquoted; an unquoted path is taken verbatim, spaces and all.
 */
public final class WorktreeList {

    private WorktreeList() {}

    /** The worktrees described by {@code porcelain}, in the order git listed them. */
    public static List<Worktree> parse(String porcelain) {
        List<Worktree> worktrees = new ArrayList<>();
        Builder current = null;
        for (String line : porcelain.split("\n", -1)) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                if (current != null) {
                    worktrees.add(current.build());
                    current = null;
                }
                continue;
            }
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1);
            if (key.equals("worktree")) {
                if (current != null) {
                    worktrees.add(current.build());
                }
                current = new Builder(Path.of(unquote(value)));
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("git worktree list output does not start with \"worktree <path>\": "
                        + line);
            }
            switch (key) {
                case "HEAD" -> current.head = value;
                case "branch" -> current.branch = value.startsWith("refs/heads/")
                        ? value.substring("refs/heads/".length()) : value;
                case "detached" -> current.detached = true;
                case "bare" -> current.bare = true;
                case "locked" -> current.locked = true;
                case "prunable" -> current.prunable = true;
                default -> { } // newer git may add attributes: ignore them
            }
        }
        if (current != null) {
            worktrees.add(current.build());
        }
        return List.copyOf(worktrees);
    }

    /** Removes git's C-style quoting ({@code "a\tb\303\251"}); returns other text unchanged. */
    static String unquote(String text) {
        if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.substring(1, text.length() - 1).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b != '\\' || i + 1 == raw.length) {
                bytes.write(b);
                continue;
            }
            byte next = raw[++i];
            switch (next) {
                case 'n' -> bytes.write('\n');
                case 't' -> bytes.write('\t');
                case 'r' -> bytes.write('\r');
                case 'a' -> bytes.write(7);
                case 'b' -> bytes.write('\b');
                case 'f' -> bytes.write('\f');
                case 'v' -> bytes.write(11);
                case '0', '1', '2', '3' -> {
                    if (i + 2 < raw.length) {
                        bytes.write(Integer.parseInt(new String(raw, i, 3, StandardCharsets.US_ASCII), 8));
                        i += 2;
                    } else {
                        bytes.write(next);
                    }
                }
                default -> bytes.write(next); // \\ and \"
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final class Builder {
        private final Path path;
        private String head;
        private String branch;
        private boolean detached;
        private boolean bare;
        private boolean locked;
        private boolean prunable;

        Builder(Path path) {
            this.path = path;
        }

        Worktree build() {
            return new Worktree(path, head, branch, detached, bare, locked, prunable);
        }
    }
}
