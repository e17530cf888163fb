package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LinksAndMarkdownTest {

    @Test
    void linksEncodeEverySegment() {
        Path root = Path.of("/results");

        assertEquals("runs/2025-06-02T09%3A14%3A05Z%20full/report.html",
                Links.relative(root, root.resolve("runs/2025-06-02T09:14:05Z full/report.html")));
        assertEquals("runs/a%23b%3Fc%25%28d%29/x.md", Links.relative(root, root.resolve("runs/a#b?c%(d)/x.md")));
        assertEquals("runs/caf%C3%A9/x.md", Links.relative(root, root.resolve("runs/café/x.md")));
    }

    @Test
    void markdownEscapesSyntaxButLeavesWordsAlone() {
        assertEquals("a \\| b \\<b\\> \\*x\\* ALL_OF \\_y\\_ \\[1, 2\\] \\&amp;",
                MarkdownRenderer.escape("a | b <b> *x* ALL_OF _y_ [1, 2] &amp;"));
        assertEquals("one two", MarkdownRenderer.escape("one\n  two"));
    }
}
