package fanout.harness.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Relative links between files of the results folder, usable in HTML and Markdown whatever the names hold: every
 * character of a path segment other than RFC 3986's unreserved ones ({@code A-Z a-z 0-9 - . _ ~}) is
 * percent-encoded as UTF-8, so spaces, quotes, {@code #}, {@code ?}, parentheses and non-ASCII letters are safe,
 * and a run id such as {@code 2025-06-02T09:14:05Z} is not read as a URL scheme.
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
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
