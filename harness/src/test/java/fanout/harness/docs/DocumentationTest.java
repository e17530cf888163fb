package fanout.harness.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README fits on one screen above its first link into {@code docs/}, where everything else lives, and every
 * relative link of the README, of {@code docs/} and of {@code results/README.md} reaches a file (and, with a
 * {@code #fragment}, a heading of it) in the project.
 */
class DocumentationTest {

    /** Surefire runs in the module's folder, {@code harness/}; the project root is its parent. */
    static final Path ROOT = Path.of("..");
    static final Path README = ROOT.resolve("README.md");

    /** One screen: the question, what it answers, the two commands, where the report lands, compare. */
    static final int ONE_SCREEN = 60;

    static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void theReadmeFitsOnOneScreenAboveItsFirstLinkToDocs() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            if (lines.get(i).contains("](docs/")) {
                first = i;
            }
        }
        assertTrue(first >= 0, "README.md has no link into docs/");
        int above = first;
        assertTrue(above <= ONE_SCREEN, () -> "README.md has " + above + " lines above its first link to docs/ (line "
                + (above + 1) + "); at most " + ONE_SCREEN + " fit on one screen: move the rest into docs/");
    }

    @Test
    void everyRelativeLinkOfTheDocumentationReachesAFileAndHeading() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(README, ROOT.resolve("results/README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                Matcher link = LINK.matcher(lines.get(i));
                while (link.find()) {
                    String problem = problem(page, link.group(1));
                    if (problem != null) {
                        broken.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + link.group(1) + " " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** What is wrong with a link of {@code page}, or null if nothing is (links off the project are not followed). */
    static String problem(Path page, String target) throws IOException {
        if (target.matches("[a-z]+:.*")) {
            return null;
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
            return "names a file that does not exist";
        }
        if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
            return "names a heading " + resolved.getFileName() + " does not have";
        }
        return null;
    }

    /** The anchors GitHub gives the headings of a Markdown file. */
    static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new HashSet<>();
        if (!markdown.toString().endsWith(".md")) {
            return anchors;
        }
        boolean inCode = false;
        for (String line : Files.readAllLines(markdown)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            } else if (!inCode && line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
                String anchor = heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                String unique = anchor;
                for (int n = 1; !anchors.add(unique); n++) {
                    unique = anchor + "-" + n;
                }
            }
        }
        return anchors;
    }
}
