package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.analysis.cases.OverheadCase;
import fanout.harness.compare.CompareReport;
import fanout.harness.model.Measurement;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.ResultsJson;
import fanout.harness.model.ResultsJson.InvalidResultsException;
import fanout.harness.report.Block;
import fanout.harness.report.HtmlRenderer;
import fanout.harness.report.Report;
import fanout.harness.report.VerdictTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Comparer} on checked-in schema-3 data: the golden run as it was written in schema 3 (A) and a copy of it in
 * which exactly one benchmark (SEMAPHORE) is 1.5 times slower (B).
 */
class ComparerTest {

    static final Path A_FILE = Path.of("src/test/resources/compare/golden-v3.json");
    static final ResultDocument A = ResultsJson.read(A_FILE);
    static final ResultDocument B = ResultsJson.read(Path.of("src/test/resources/compare/semaphore-slower.json"));

    @TempDir
    Path tmp;

    private static ResultRecord semaphore(ResultDocument d) {
        return d.records().stream().filter(r -> "SEMAPHORE(k=64)".equals(SampleResults.label(r))).findFirst()
                .orElseThrow();
    }

    /** {@link Comparer#change} of a record of A against a measurement of the same case. */
    private static Change change(Comparer comparer, ResultRecord a, ResultRecord b) {
        return comparer.change(SampleResults.caseOf(a), a.jvm(), a.measurement(), b.jvm(), b.measurement());
    }

    @Test
    void welchReachesAlphaForTheOneAndAHalfShiftWithThreeSamplesASide() {
        Measurement a = semaphore(A).measurement();
        Measurement b = semaphore(B).measurement();
        assertEquals(3, a.samples().size());

        double p = Comparer.pValue(a.samples(), b.samples());

        assertTrue(p < 0.01, "p = " + p);
        assertEquals(1.0, Comparer.pValue(a.samples(), a.samples()), 1e-12);
    }

    @Test
    void ratioAndConservativeIntervalFromTheTwoConfidenceIntervals() {
        Change change = change(new Comparer(0.05, 0.01), semaphore(A), semaphore(B));

        assertEquals(1.5, change.ratio().value(), 1e-12);
        List<Double> ca = semaphore(A).measurement().ci();
        List<Double> cb = semaphore(B).measurement().ci();
        assertEquals(cb.get(0) / ca.get(1), change.ratio().lower(), 1e-12);
        assertEquals(cb.get(1) / ca.get(0), change.ratio().upper(), 1e-12);
        assertTrue(change.ratio().lower() < 1.5 && change.ratio().upper() > 1.5);
        assertEquals(Verdict.REGRESSED, change.verdict());
        assertEquals("1.5× slower", change.effect());
        assertEquals("ms/op", change.unit());
    }

    @Test
    void anIntervalReachingZeroGivesAnUnboundedRatio() {
        ResultRecord wide = A.records().stream().filter(r -> r.measurement().ci().get(0) < 0).findFirst()
                .orElseThrow();

        Change change = change(new Comparer(0.05, 0.01), wide, wide);

        assertEquals(0.0, change.ratio().lower());
        assertEquals(Double.POSITIVE_INFINITY, change.ratio().upper());
        assertFalse(change.ratio().bounded());
        assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, change.verdict());
    }

    @Test
    void aSignificantChangeWithinTheThresholdIsNoChange() {
        ResultRecord a = semaphore(A);
        ResultRecord slightly = SampleResults.scaled(a, 1.03);

        Change change = change(new Comparer(0.05, 0.01), a, slightly);

        assertTrue(change.pValue() < 0.01, "p = " + change.pValue());
        assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, change.verdict());
        assertEquals(Verdict.REGRESSED, change(new Comparer(0.02, 0.01), a, slightly).verdict());
    }

    @Test
    void aLargeButNoisyChangeIsNotSignificant() {
        // The overhead benchmark's bare primitive: its label is the strategy's, implementation=BARE a setting.
        ResultRecord noisy = A.records().stream()
                .filter(r -> SampleResults.caseOf(r) instanceof OverheadCase c && c.bare()).findFirst().orElseThrow();
        assertEquals("VIRTUAL_SCOPE", SampleResults.label(noisy));

        Change change = change(new Comparer(0.05, 0.01), noisy, SampleResults.scaled(noisy, 1.5));

        assertTrue(change.pValue() > 0.01, "p = " + change.pValue());
        assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, change.verdict());
    }

    @ParameterizedTest(name = "schema version {0}")
    @ValueSource(ints = {2, 99})
    void aSchemaVersionTheSuiteCannotReadIsRefusedInOneLine(int version) throws IOException {
        String v3 = Files.readString(A_FILE);
        assertTrue(v3.contains("\"schemaVersion\" : 3"), "the copy is of schema 3");
        Path other = Files.writeString(tmp.resolve("schema" + version + ".json"),
                v3.replace("\"schemaVersion\" : 3", "\"schemaVersion\" : " + version));

        InvalidResultsException e = assertThrows(InvalidResultsException.class, () -> ResultsJson.read(other));

        assertEquals(other + ": schema version " + version + ", this suite reads versions 3 to "
                + ResultDocument.SCHEMA_VERSION, e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aSchema3FileIsReadAsTheCurrentVersionAndComparesWithOne() {
        ResultDocument current = ResultsJson.read(Path.of("src/test/resources/golden/results.json"));

        Comparison comparison = new Comparer(0.05, 0.01).compareFiles("v3.json", A, "v4.json", current);

        assertEquals(ResultDocument.SCHEMA_VERSION, A.schemaVersion(), "version 3 is upgraded on read");
        assertEquals(A.records().size(), comparison.changes().size());
        assertEquals(A.records().size(), comparison.count(Verdict.NO_SIGNIFICANT_CHANGE));
        comparison.changes().forEach(c -> assertEquals(1.0, c.ratio().value(), 1e-15, c.toString()));
        assertEquals(List.of(), comparison.notComparable());
        assertEquals(List.of(), comparison.missing());
    }

    @Test
    void theVerdictTableEscapesTextInHtmlAndMarkdown() {
        // Labels are derived from enums now; what a file can still put into the table as text is its JVM id.
        String hostile = "<script>x</script>";
        ResultDocument a = A.withRecords(List.of(semaphore(A).withJvm(hostile)));
        ResultDocument b = SampleResults.mapRecords(B, r -> r.withJvm(hostile));
        Comparison comparison = new Comparer(0.05, 0.01).compareFiles("a&b.json", a, "<b>.json", b);

        String html = HtmlRenderer.page(new Report("Comparison", List.of(), List.of(new Report.Section("comparison",
                "Comparison", List.of(new Block.Paragraph(comparison.summary(), Block.Paragraph.Kind.SUMMARY),
                        VerdictTable.of(comparison, "A: " + comparison.nameA() + ", B: " + comparison.nameB(),
                                ""))))), tmp);
        String markdown = new CompareReport(comparison).markdown(tmp);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("a&amp;b.json"), html);
        assertTrue(html.contains("&lt;b&gt;.json"), html);
        assertTrue(html.contains("class=\"regressed\""), html);
        assertTrue(html.contains("1 compared: 0 improved, 1 regressed, 0 no significant change"), html);
        assertFalse(markdown.contains("<script>") || markdown.contains("<b>"), markdown);
        assertTrue(markdown.contains("\\<script\\>x\\</script\\>"), markdown);
        assertTrue(markdown.contains("a\\&b.json") && markdown.contains("\\<b\\>.json"), markdown);
        assertTrue(markdown.contains("1 compared: 0 improved, 1 regressed, 0 no significant change"), markdown);
    }
}
