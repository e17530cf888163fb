package fanout.harness.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Relative links between files of the results folder, usable in HTML and Markdown whatever the names hold:
 * every path segment percent-encoded (spaces, quotes, {@code #}, {@code ?}, non-ASCII), and {@code :} and
 * parentheses too, so that a run id such as {@code 2025-06-02T09:14:05Z} is not read as a URL scheme and a
 * Markdown link is not cut short.
 */
final class Links {
    private Links() {}

    /** The link from a file in {@code fromDir} to {@code target}, e.g. {@code charts/speedup.svg}. */
    static String relative(Path fromDir, Path target) {
        Path relative = fromDir.toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize());
        List<String> segments = new ArrayList<>();
        for (Path segment : relative) {
            segments.add(segment(segment.toString()));
        }
        return String.join("/", segments);
    }

    /** One path segment, percent-encoded. */
    static String segment(String name) {
        try {
            return new URI(null, null, name, null).toASCIIString()
                    .replace(":", "%3A").replace("(", "%28").replace(")", "%29").replace("/", "%2F");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot link to " + name, e);
        }
    }
}
