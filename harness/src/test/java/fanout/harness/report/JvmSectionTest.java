package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.TwoJvmRun;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.model.ResultDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The reports' JVMs section on a run whose verdicts are known ({@link TwoJvmRun}) and on a run on one JVM. */
class JvmSectionTest {
    private static final ResultDocument TWO_JVMS = TwoJvmRun.build();
    private static final String COUNTS = "of 6 records measured on both, 0 improved, 2 regressed, 4 are"
            + " equivalent, 0 inconclusive, 0 with too few forks for a verdict";

    @Test
    void htmlSectionLeadsWithTheSummaryThenChart7ThenVerdictsThenTheUnsupported(@TempDir Path runDir)
            throws Exception {
        Reports.Written written = Reports.writeAll(TWO_JVMS, runDir);
        Document page = XmlPages.parse(Files.readString(written.html()));

        assertTrue(XmlPages.attributes(page, "href").contains("#jvms"), "no nav link to the JVMs section");
        List<Element> section = section(page, "jvms");
        assertEquals("p", section.get(0).getTagName());
        assertTrue(section.get(0).getTextContent().startsWith("On JDK 25.0.1 vs JDK 17.0.15: " + COUNTS),
                section.get(0).getTextContent());
        assertEquals("figure", section.get(1).getTagName());
        assertEquals("jvm-comparison", section.get(1).getAttribute("id"));
        assertTrue(section.get(1).getTextContent().contains("2.0× slower"), "chart 7's interpretation");
        Element verdicts = (Element) section.get(2).getElementsByTagName("table").item(0);
        String caption = verdicts.getElementsByTagName("caption").item(0).getTextContent();
        assertTrue(caption.startsWith("Verdicts, JDK 25.0.1 vs JDK 17.0.15"), caption);
        assertEquals(List.of("regressed", "regressed"), rowClasses(verdicts, "regressed"));
        assertEquals(4, rowClasses(verdicts, "equivalent").size());
        String rest = text(section.subList(3, section.size()));
        assertTrue(rest.contains("VIRTUAL_SCOPE") && rest.contains("unsupported") && rest.contains(TwoJvmRun.REASON),
                rest);
        assertEquals(1, XmlPages.attributes(page, "id").stream().filter("jvm-comparison"::equals).count(),
                "chart 7 shown once, in the JVMs section only");
    }

    @Test
    void unsupportedRecordsAreListedWithReasonAndCount() {
        Table table = JvmSection.notMeasured(RunAnalysis.of(TWO_JVMS).jvmComparisons().orElseThrow().pairs().get(0));

        assertEquals(1, table.rows().size());
        assertEquals(List.of(new Cell.Text("jdk17"), new Cell.Text("SimulatedIoBenchmark.fanOut"),
                new Cell.Text("VIRTUAL_SCOPE"), new Cell.Text("unsupported"), new Cell.Number("2"),
                new Cell.Text(TwoJvmRun.REASON)), table.rows().get(0).cells());
    }

    @Test
    void markdownHasTheSameSection(@TempDir Path runDir) throws Exception {
        Reports.Written written = Reports.writeAll(TWO_JVMS, runDir);
        String md = Files.readString(written.markdown());

        String section = md.substring(md.indexOf("\n## JVMs\n"), md.indexOf("\n## Results\n"));
        assertTrue(section.startsWith("\n## JVMs\n\nOn JDK 25.0.1 vs JDK 17.0.15: " + COUNTS), section);
        assertTrue(section.contains("](charts/jvm-comparison.svg)"), section);
        assertEquals(2, section.split("\\| REGRESSED \\|", -1).length - 1, section);
        assertEquals(4, section.split("\\| equivalent \\|", -1).length - 1, section);
        assertTrue(section.contains("| jdk17 | SimulatedIoBenchmark.fanOut | VIRTUAL_SCOPE | unsupported | 2 |"),
                section);
        assertTrue(section.contains(MarkdownRenderer.escape(TwoJvmRun.REASON)), section);
        assertFalse(md.substring(md.indexOf("\n## Charts\n"), md.indexOf("\n## JVMs\n"))
                .contains("jvm-comparison"), "chart 7 under Charts");
    }

    @Test
    void aRunOnOneJvmGetsOneLineAndNoChart7(@TempDir Path runDir) throws Exception {
        Reports.Written written = Reports.writeAll(SampleResults.load(), runDir);
        Document page = XmlPages.parse(Files.readString(written.html()));

        List<Element> section = section(page, "jvms");
        assertEquals(1, section.size());
        assertTrue(section.get(0).getTextContent().startsWith("This run measured on one JVM, JDK 25.0.1"),
                section.get(0).getTextContent());
        assertFalse(Files.exists(runDir.resolve("charts/jvm-comparison.png")));
        assertTrue(Files.readString(written.markdown()).contains("## JVMs\n\nThis run measured on one JVM"));
    }

    @Test
    void hostileReasonsStayText(@TempDir Path runDir) throws Exception {
        String hostile = "<script>alert(1)</script> & | x";
        ResultDocument doc = SampleResults.mapRecords(TWO_JVMS, r -> !r.ok(),
                r -> SampleResults.withStatus(r, r.status(), hostile));

        Reports.Written written = Reports.writeAll(doc, runDir);
        Document page = XmlPages.parse(Files.readString(written.html()));

        assertEquals(0, page.getElementsByTagName("script").getLength());
        assertTrue(text(section(page, "jvms")).contains(hostile));
        assertTrue(Files.readString(written.markdown()).contains(MarkdownRenderer.escape(hostile)));
    }

    /** The elements after the h2 with {@code id}, up to the next h2. */
    private static List<Element> section(Document page, String id) {
        NodeList headings = page.getElementsByTagName("h2");
        for (int i = 0; i < headings.getLength(); i++) {
            Element h2 = (Element) headings.item(i);
            if (id.equals(h2.getAttribute("id"))) {
                List<Element> elements = new ArrayList<>();
                for (Node n = h2.getNextSibling(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        if (e.getTagName().equals("h2")) {
                            break;
                        }
                        elements.add(e);
                    }
                }
                return elements;
            }
        }
        throw new AssertionError("no section " + id);
    }

    private static List<String> rowClasses(Element table, String wanted) {
        List<String> classes = new ArrayList<>();
        NodeList rows = table.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            String c = ((Element) rows.item(i)).getAttribute("class");
            if (c.equals(wanted)) {
                classes.add(c);
            }
        }
        return classes;
    }

    private static String text(List<Element> elements) {
        StringBuilder text = new StringBuilder();
        elements.forEach(e -> text.append(e.getTextContent()).append('\n'));
        return text.toString();
    }
}
