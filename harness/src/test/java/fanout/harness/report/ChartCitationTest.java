package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.LessonsRun;
import fanout.harness.OverheadSweepRun;
import fanout.harness.SampleResults;
import fanout.harness.TwoJvmRun;
import fanout.harness.chart.Charts;
import fanout.harness.chart.FanoutChart;
import fanout.harness.chart.RenderedChart;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Under every chart of both reports stands the Markdown a reader pastes to cite it: an image link to the chart's SVG,
 * relative to the run folder and to a file that exists, with the title as alt text, and a caption naming the run, the
 * suite's version, the JVM and the machine. Read back from the written pages, not from {@link ChartCitation}, so that
 * a snippet a renderer drops or mangles fails here.
 */
class ChartCitationTest {
    private static final String HOSTILE = "<i>x</i> | *y* _z_ [w](v) # & \\ `q` ```";
    /** {@code ![alt](path)}, the alt text with its backslash escapes. */
    private static final Pattern IMAGE = Pattern.compile("!\\[((?:\\\\.|[^\\]\\\\])*)\\]\\(([^)\\s]+)\\)");

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("sample", SampleResults.load()),
                Arguments.of("two JVMs", TwoJvmRun.build()),
                Arguments.of("lessons", LessonsRun.build()),
                Arguments.of("overhead sweep", OverheadSweepRun.build()),
                Arguments.of("hostile text", SampleResults.hostile(TwoJvmRun.build(), HOSTILE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void everyChartHasASnippetInBothFormatsThatLinksItsSvgAndNamesTheRun(String name, ResultDocument doc,
            @TempDir Path runDir) throws Exception {
        Reports.Written written = Reports.writeAll(doc, runDir);
        assertTrue(!written.charts().isEmpty(), "the run draws no chart");

        Map<String, String> html = fromHtml(XmlPages.parse(Files.readString(written.html())));
        Map<String, String> markdown = fromMarkdown(Files.readAllLines(written.markdown()));

        List<String> ids = written.charts().stream().map(RenderedChart::id).toList();
        assertEquals(ids, List.copyOf(html.keySet()), "a snippet per chart in report.html");
        assertEquals(ids, List.copyOf(markdown.keySet()), "a snippet per chart in report.md");
        for (RenderedChart chart : written.charts()) {
            String snippet = html.get(chart.id());
            assertEquals(snippet, markdown.get(chart.id()), chart.id() + ": the two reports cite it alike");
            assertCites(snippet, chart, doc, runDir);
        }
    }

    @Test
    void theNoteOnTheChartsFolderStandsOnceInEachReport(@TempDir Path runDir) throws Exception {
        Reports.Written written = Reports.writeAll(TwoJvmRun.build(), runDir);

        String html = XmlPages.parse(Files.readString(written.html())).getDocumentElement().getTextContent();
        String md = Files.readString(written.markdown());
        String note = MarkdownRenderer.escape(ChartCitation.NOTE);
        assertEquals(1, count(html, ChartCitation.NOTE), "the note in report.html");
        assertEquals(1, count(md, note), "the note in report.md");
        assertTrue(md.indexOf(note) < md.indexOf("\n### "), "the note stands before the first chart");
        assertTrue(ChartCitation.NOTE.contains("charts/ folder"));
    }

    @Test
    void theRunsTogetherDrawEveryChart(@TempDir Path runDir) throws Exception {
        Set<String> drawn = new TreeSet<>();
        int i = 0;
        for (Arguments run : runs().toList()) {
            Path dir = runDir.resolve("run" + i++);
            Reports.writeAll((ResultDocument) run.get()[1], dir).charts().forEach(c -> drawn.add(c.id()));
        }
        assertEquals(new TreeSet<>(Charts.all().stream().map(FanoutChart::id).toList()), drawn,
                "a chart no run of this test draws has no snippet tested");
    }

    @Test
    void aFenceOutlastsTheBackticksOfItsCode() {
        assertEquals("```", MarkdownRenderer.fence("no backticks"));
        assertEquals("```", MarkdownRenderer.fence("`q` ``r``"));
        assertEquals("````", MarkdownRenderer.fence("a ``` b"));
        assertEquals("``````", MarkdownRenderer.fence("`````"));
    }

    /**
     * The snippet is an image line, a blank line and an italic caption; the image's alt text is the chart's title, its
     * path {@code charts/<id>.svg} names the SVG that was written; the caption names the run id, the suite's version,
     * each JVM's version and the machine's CPU.
     */
    private static void assertCites(String snippet, RenderedChart chart, ResultDocument doc, Path runDir) {
        String[] lines = snippet.split("\n", -1);
        assertEquals(3, lines.length, snippet);
        Matcher image = IMAGE.matcher(lines[0]);
        assertTrue(image.matches(), "not an image link: " + lines[0]);
        assertEquals(chart.title(), unescape(image.group(1)), "the alt text");
        assertEquals("charts/" + chart.id() + ".svg", image.group(2), "the path, relative to the run folder");
        Path svg = runDir.resolve(image.group(2));
        assertTrue(Files.isRegularFile(svg), svg + " does not exist");
        assertEquals(chart.svg().toAbsolutePath().normalize(), svg.toAbsolutePath().normalize());

        assertEquals("", lines[1], "a blank line between the image and its caption");
        String caption = lines[2];
        assertTrue(caption.length() > 2 && caption.startsWith("*") && caption.endsWith("*")
                && !caption.endsWith("\\*"), "not one italic line: " + caption);
        String text = unescape(caption.substring(1, caption.length() - 1));
        assertTrue(text.startsWith(chart.title() + ". Measured "), text);
        assertTrue(text.contains("run " + doc.run().id()), "the run id: " + text);
        assertTrue(text.contains("fanout-bench " + doc.run().suiteVersion() + " ("), "the suite's version: " + text);
        assertTrue(text.contains(doc.run().host().cpuModel()), "the machine: " + text);
        assertTrue(text.contains(doc.run().startedAt().toString().substring(0, 10)), "the date: " + text);
        List<String> versions = doc.run().jvms().stream().map(JvmInfo::version).toList();
        assertTrue(versions.stream().anyMatch(text::contains), "a JVM's version " + versions + ": " + text);
    }

    /** Per chart id, the code of the {@code <details>} in its figure's caption. */
    private static Map<String, String> fromHtml(Document page) {
        Map<String, String> snippets = new LinkedHashMap<>();
        NodeList figures = page.getElementsByTagName("figure");
        for (int i = 0; i < figures.getLength(); i++) {
            Element figure = (Element) figures.item(i);
            Element details = only(only(figure, "figcaption"), "details");
            assertEquals(ChartCitation.SUMMARY, only(details, "summary").getTextContent());
            snippets.put(figure.getAttribute("id"), only(only(details, "pre"), "code").getTextContent());
        }
        return snippets;
    }

    /**
     * Per chart, keyed by the id in its image's file name, the fenced code of the {@code <details>} that follows it
     * before the next heading.
     */
    private static Map<String, String> fromMarkdown(List<String> lines) {
        Map<String, String> snippets = new LinkedHashMap<>();
        Pattern chartImage = Pattern.compile("^!\\[.*\\]\\(charts/([^)]+)\\.svg\\)$");
        String id = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher image = chartImage.matcher(line);
            if (image.matches() && id == null) {
                id = image.group(1);
            } else if (line.startsWith("#")) {
                id = null;
            } else if (id != null && line.equals("<details><summary>" + ChartCitation.SUMMARY + "</summary>")) {
                assertEquals("", lines.get(i + 1), "a blank line opens the Markdown inside <details>");
                String opening = lines.get(i + 2);
                assertTrue(opening.matches("`{3,}markdown"), opening);
                String fence = opening.substring(0, opening.length() - "markdown".length());
                List<String> code = new ArrayList<>();
                int j = i + 3;
                for (; !lines.get(j).equals(fence); j++) {
                    code.add(lines.get(j));
                }
                assertEquals("", lines.get(j + 1));
                assertEquals("</details>", lines.get(j + 2));
                snippets.put(id, String.join("\n", code));
                id = null;
                i = j + 2;
            }
        }
        return snippets;
    }

    private static Element only(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        assertEquals(1, found.size(), "one <" + tag + "> in <" + parent.getTagName() + ">");
        return found.get(0);
    }

    /** Markdown inline text as it reads: backslash escapes undone. */
    private static String unescape(String markdown) {
        return markdown.replaceAll("\\\\(.)", "$1");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
