package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.TwoJvmRun;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The HTML and the Markdown report of a run are two views of one list of sections (STYLE practice 15): read back,
 * both give the same headings, sentences, table captions, headings and cells, charts with the Markdown to cite them,
 * and list items, in the same order, as JMH's ResultFormatTest holds its formats to one result.
 */
class RenderersAgreeTest {

    static Stream<Arguments> runs() {
        ResultDocument sample = SampleResults.load();
        var run = sample.run();
        ResultDocument incomplete = sample.withRun(new fanout.harness.model.RunInfo(run.id(), run.profile(),
                run.startedAt(), null, false, run.planned() + 3, run.suiteVersion(), run.suiteCommit(), run.host(),
                run.jvms(), List.of("a note with | and * and <b>")));
        return Stream.of(
                Arguments.of("sample", sample),
                Arguments.of("two JVMs", TwoJvmRun.build()),
                Arguments.of("incomplete, with a note", incomplete),
                Arguments.of("hostile text", SampleResults.hostile(TwoJvmRun.build(),
                        "<i>x</i> | *y* _z_ [w](v) # & \\ `q`")),
                Arguments.of("failed records", SampleResults.mapRecords(sample, fanout.harness.model.ResultRecord::ok,
                        r -> SampleResults.withStatus(r, RecordStatus.FAILED, "boom | <b>"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void htmlAndMarkdownShowTheSameContent(String name, ResultDocument doc, @TempDir Path runDir) throws Exception {
        Files.writeString(runDir.resolve("results.json"), "{}");
        Reports.Written written = Reports.writeAll(doc, runDir);

        List<String> html = fromHtml(XmlPages.parse(Files.readString(written.html())));
        List<String> markdown = fromMarkdown(Files.readAllLines(written.markdown()));

        assertTrue(html.size() > 60, html.size() + " entries: " + html);
        assertEquals(html, markdown);
    }

    /** Issue 12: the report answers first; environment and method come after. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void bothOpenWithTheAnswer(String name, ResultDocument doc, @TempDir Path runDir) throws Exception {
        Files.writeString(runDir.resolve("results.json"), "{}");
        Reports.Written written = Reports.writeAll(doc, runDir);

        for (List<String> content : List.of(fromHtml(XmlPages.parse(Files.readString(written.html()))),
                fromMarkdown(Files.readAllLines(written.markdown())))) {
            List<String> headings = content.stream().filter(entry -> entry.startsWith("h2: ")).toList();
            assertEquals("h2: The answer: which strategy to use", headings.get(0), headings.toString());
            assertEquals("h2: Environment", headings.get(1));
        }
    }

    /** The page's content in reading order, one entry per heading, paragraph, caption, row, chart or list item. */
    private static List<String> fromHtml(Document page) {
        List<String> content = new ArrayList<>();
        Element body = (Element) page.getElementsByTagName("body").item(0);
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getTagName()) {
                case "h1", "h2" -> content.add(e.getTagName() + ": " + e.getTextContent());
                case "p" -> content.add("text: " + e.getTextContent());
                case "ul" -> children(e, "li").forEach(li -> content.add("item: " + li.getTextContent()));
                case "figure" -> {
                    Element figcaption = children(e, "figcaption").get(0);
                    StringBuilder caption = new StringBuilder();
                    for (Node c = figcaption.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (!(c instanceof Element d && d.getTagName().equals("details"))) {
                            caption.append(c.getTextContent());
                        }
                    }
                    content.add("chart: " + caption.substring(0, caption.lastIndexOf(" SVG · PNG")));
                    // and an entry for the Markdown to cite it
                    for (Element details : children(figcaption, "details")) {
                        Element code = children(children(details, "pre").get(0), "code").get(0);
                        content.add(children(details, "summary").get(0).getTextContent() + ": "
                                + code.getTextContent());
                    }
                }
                case "div" -> {
                    Element table = children(e, "table").get(0);
                    String caption = children(table, "caption").get(0).getTextContent();
                    if (!caption.isEmpty()) {
                        content.add("caption: " + caption);
                    }
                    for (Element section : children(table, "thead", "tbody")) {
                        for (Element row : children(section, "tr")) {
                            List<String> cells = new ArrayList<>();
                            children(row, "th", "td").forEach(cell -> cells.add(cell.getTextContent()));
                            content.add("row: " + cells);
                        }
                    }
                }
                case "nav" -> { }
                default -> content.add("unexpected " + e.getTagName());
            }
        }
        return content;
    }

    private static final Pattern LINK = Pattern.compile("!?\\[((?:\\\\.|[^\\]\\\\])*)\\]\\([^)]*\\)");

    /** The Markdown's content in the same form as {@link #fromHtml}. */
    private static List<String> fromMarkdown(List<String> lines) {
        List<String> content = new ArrayList<>();
        String pendingChart = null;
        boolean headerNext = true;
        String summary = null;
        String fence = null;
        List<String> code = new ArrayList<>();
        for (String line : lines) {
            if (fence != null) {
                if (line.equals(fence)) {
                    content.add(summary + ": " + String.join("\n", code));
                    fence = null;
                    code.clear();
                } else {
                    code.add(line);
                }
                continue;
            }
            if (line.startsWith("<details><summary>") && line.endsWith("</summary>")) {
                summary = line.substring("<details><summary>".length(), line.length() - "</summary>".length());
                continue;
            }
            if (summary != null && line.startsWith("```")) {
                fence = line.replaceAll("[^`]", "");
                continue;
            }
            if (line.equals("</details>")) {
                summary = null;
                continue;
            }
            if (!line.startsWith("|")) {
                headerNext = true;
            }
            if (line.isBlank() || line.startsWith("|---") || line.startsWith("![")) {
                continue;
            }
            if (line.startsWith("# ")) {
                content.add("h1: " + text(line.substring(2)));
            } else if (line.startsWith("## ")) {
                content.add("h2: " + text(line.substring(3)));
            } else if (line.startsWith("### ")) {
                pendingChart = text(line.substring(4));
            } else if (pendingChart != null) {
                content.add("chart: " + pendingChart + ". " + text(line));
                pendingChart = null;
            } else if (line.startsWith("- ")) {
                content.add("item: " + text(line.substring(2)));
            } else if (line.startsWith("> **") && line.endsWith("**")) {
                content.add("text: " + text(line.substring(4, line.length() - 2)));
            } else if (line.startsWith("**") && line.endsWith("**")) {
                content.add("caption: " + text(line.substring(2, line.length() - 2)));
            } else if (line.startsWith("|")) {
                List<String> cells = cells(line);
                if (!(headerNext && cells.stream().allMatch(String::isEmpty))) {
                    content.add("row: " + cells);
                }
                headerNext = false;
            } else {
                content.add("text: " + text(line));
            }
        }
        return content;
    }

    /** A row's cells, split at the bars the escaping left unescaped. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cell.append(c).append(line.charAt(++i));
            } else if (c == '|') {
                cells.add(text(cell.toString().strip()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    /** Markdown inline text as it reads: links as their text, backslash escapes undone. */
    private static String text(String markdown) {
        String linked = LINK.matcher(markdown).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        return linked.replaceAll("\\\\(.)", "$1");
    }

    private static List<Element> children(Element parent, String... tags) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && List.of(tags).contains(e.getTagName())) {
                found.add(e);
            }
        }
        return found;
    }
}
