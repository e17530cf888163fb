package fanout.harness.analysis;

import static fanout.harness.analysis.RatioTest.forks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.UsageException;
import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.Workload;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Comparer}: the fork as the unit, one interval that decides against θ, simultaneous intervals, and like with
 * like. Synthetic measurements whose fork means are known make every verdict predictable; the checked-in schema-3 runs
 * (samples not kept by fork) show that an old file gets no verdict it cannot carry.
 */
class ComparerTest {

    static final Path A_FILE = Path.of("src/test/resources/compare/golden-v3.json");
    static final ResultDocument A = ResultsJson.read(A_FILE);
    static final ResultDocument B = ResultsJson.read(Path.of("src/test/resources/compare/semaphore-slower.json"));
    /** A simulated-I/O case, for the family of θ. */
    static final Case CASE = SampleResults.caseOf(A.records().get(0));

    /** Five forks near 100 ms, and the same five 10% slower. */
    static final Measurement BASE = forks(100, 101, 99, 100.5, 99.5);
    static final Measurement TEN_PERCENT_SLOWER = BASE.map(x -> x * 1.10);

    @TempDir
    Path tmp;

    private static Comparer theta(double theta) {
        return new Comparer(Thresholds.everywhere(theta, "test"), 0.05);
    }

    private static Verdict verdict(Comparer comparer, Measurement a, Measurement b) {
        return comparer.change(CASE, "jdk", a, "jdk", b, 0.95).verdict();
    }

    @Test
    void theVerdictIsTheIntervalAgainstTheta() {
        Ratio ratio = theta(0.03).change(CASE, "jdk", BASE, "jdk", TEN_PERCENT_SLOWER, 0.95).ratio();
        assertTrue(ratio.lower() > 1.03 && ratio.lower() < 1.10 && ratio.upper() > 1.10 && ratio.upper() < 1.12,
                ratio.toString());

        assertEquals(Verdict.REGRESSED, verdict(theta(0.03), BASE, TEN_PERCENT_SLOWER));
        assertEquals(Verdict.IMPROVED, verdict(theta(0.03), TEN_PERCENT_SLOWER, BASE));
        assertEquals(Verdict.EQUIVALENT, verdict(theta(0.15), BASE, TEN_PERCENT_SLOWER), "within ±15%");
        assertEquals(Verdict.INCONCLUSIVE, verdict(theta(0.10), BASE, TEN_PERCENT_SLOWER),
                "the interval straddles 1.10");
        assertEquals(Verdict.EQUIVALENT, verdict(theta(0.03), BASE, BASE));
    }

    @Test
    void theIntervalThatDecidedIsTheOneReported() {
        Change change = theta(0.03).change(CASE, "jdk", BASE, "jdk", TEN_PERCENT_SLOWER, 0.95);

        assertEquals(Ratio.of(TEN_PERCENT_SLOWER, BASE, 0.95), change.ratio());
        assertEquals(1.1, change.ratio().value(), 1e-12);
        assertEquals("1.1× slower", change.effect());
        assertEquals(0.03, change.theta());
    }

    @Test
    void wideIntervalsOfNoisyForksAreInconclusiveNotAVerdict() {
        Measurement noisy = forks(100, 160, 70);

        assertEquals(Verdict.INCONCLUSIVE, verdict(theta(0.05), noisy, noisy.map(x -> x * 1.5)));
    }

    @Test
    void withoutTwoForksASideThereIsNoVerdict() {
        Measurement oneFork = forks(100);
        Measurement v3 = A.records().get(0).measurement();

        assertEquals(Verdict.TOO_FEW_FORKS, verdict(theta(0.03), oneFork, BASE));
        assertEquals(Verdict.TOO_FEW_FORKS, verdict(theta(0.03), BASE, oneFork));
        assertFalse(v3.byFork(), "a schema-3 record keeps no forks");
        assertEquals(Verdict.TOO_FEW_FORKS, verdict(theta(0.03), v3, v3.map(x -> x * 3)));
    }

    @Test
    void theIntervalsAreSimultaneousOverEveryCaseWithForks() {
        ResultDocument a = SampleResults.inForks(A, 3);
        ResultDocument b = SampleResults.inForks(B, 3);

        Comparison comparison = theta(0.05).compareFiles("a", a, "b", b);

        long withForks = comparison.changes().size() - comparison.count(Verdict.TOO_FEW_FORKS);
        assertEquals(6, withForks);
        assertEquals(1 - 0.05 / 6, comparison.confidence(), 1e-12);
        comparison.changes().forEach(c -> assertEquals(comparison.confidence(), c.ratio().confidence(), 1e-12));
        assertTrue(comparison.method().contains("all 6 hold together at 95% (Bonferroni)"), comparison.method());
    }

    @Test
    void thetaIsPerFamily() {
        Map<Workload, Double> theta = new EnumMap<>(Workload.class);
        theta.put(Workload.SIMULATED_IO, 0.03);
        theta.put(Workload.OVERHEAD, 0.20);
        theta.put(Workload.GIT, 0.5);
        Comparer comparer = new Comparer(new Thresholds(theta, "test"), 0.05);
        Case overhead = SampleResults.caseOf(A.records().stream()
                .filter(r -> SampleResults.caseOf(r).workload() == Workload.OVERHEAD).findFirst().orElseThrow());

        assertEquals(Verdict.REGRESSED, comparer.change(CASE, "j", BASE, "j", TEN_PERCENT_SLOWER, 0.95).verdict());
        assertEquals(Verdict.EQUIVALENT, comparer.change(overhead, "j", BASE, "j", TEN_PERCENT_SLOWER, 0.95)
                .verdict());
    }

    @Test
    void sidesThatAreNotAlikeAreListedLineByLine() {
        ResultDocument otherMachine = SampleResults.withCpuModel(A, "Intel Xeon Gold 6338");
        var run = otherMachine.run();
        ResultDocument otherFlags = otherMachine.withRun(new fanout.harness.model.RunInfo(run.id(), run.profile(),
                run.startedAt(), run.finishedAt(), run.complete(), run.planned(), run.suiteVersion(),
                run.suiteCommit(), run.host(), run.jvms().stream().map(j -> new fanout.harness.model.JvmInfo(j.id(),
                        j.path(), j.version(), j.vendor(), j.vmName(), j.vmVersion(), List.of("-Xmx1g"),
                        j.defaultAsyncParallelism(), j.cores(), j.host(), j.run())).toList(), run.notes()));

        Comparison alike = theta(0.05).compareFiles("a", A, "b", B);
        Comparison unlike = theta(0.05).compareFiles("a", A, "b", otherFlags);

        assertEquals(List.of(), alike.differences());
        assertEquals(2, unlike.differences().size(), unlike.differences().toString());
        assertTrue(unlike.differences().get(0).startsWith("machines differ: A AMD EPYC"), unlike.differences().get(0));
        assertTrue(unlike.differences().get(0).contains("; B Intel Xeon Gold 6338"), unlike.differences().get(0));
        assertTrue(unlike.differences().get(1).startsWith("jdk25 flags differ: A -XX:+UseG1GC"),
                unlike.differences().get(1));
    }

    @Test
    void alphaMustBeAProbability() {
        assertThrows(UsageException.class, () -> new Comparer(Thresholds.uncalibrated(), 0));
        assertThrows(UsageException.class, () -> new Comparer(Thresholds.everywhere(-0.01, "x"), 0.05));
        assertThrows(UsageException.class, () -> new Comparer(Thresholds.everywhere(Double.NaN, "x"), 0.05));
        // A θ above 100% is a family whose runs differ by more than a factor of two: allowed, and said.
        assertEquals(Verdict.EQUIVALENT, new Comparer(Thresholds.everywhere(1.26, "x"), 0.05)
                .change(CASE, "j", BASE, "j", BASE.map(x -> x * 2), 0.95).verdict());
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
    void aSchema3FileIsReadAsTheCurrentVersionButGivesNoVerdict() {
        Comparison comparison = new Comparer().compareFiles("v3.json", A, "v3-again.json", A);

        assertEquals(ResultDocument.SCHEMA_VERSION, A.schemaVersion(), "version 3 is upgraded on read");
        assertEquals(A.records().size(), comparison.count(Verdict.TOO_FEW_FORKS));
        comparison.changes().forEach(c -> assertEquals(1.0, c.ratio().value(), 1e-12, c.toString()));
    }

    @Test
    void theVerdictTableEscapesTextInHtmlAndMarkdown() {
        // Labels are derived from enums now; what a file can still put into the table as text is its JVM id.
        String hostile = "<script>x</script>";
        ResultRecord semaphore = A.records().stream().filter(r -> "SEMAPHORE(k=64)".equals(SampleResults.label(r)))
                .findFirst().orElseThrow();
        ResultDocument a = SampleResults.inForks(A.withRecords(List.of(semaphore.withJvm(hostile))), 3);
        ResultDocument b = SampleResults.inForks(SampleResults.mapRecords(B, r -> r.withJvm(hostile)), 3);
        Comparison comparison = theta(0.05).compareFiles("a&b.json", a, "<b>.json", b);

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
        assertTrue(html.contains("1 compared: 0 improved, 1 regressed"), html);
        assertFalse(markdown.contains("<script>") || markdown.contains("<b>"), markdown);
        assertTrue(markdown.contains("\\<script\\>x\\</script\\>"), markdown);
        assertTrue(markdown.contains("a\\&b.json") && markdown.contains("\\<b\\>.json"), markdown);
    }
}
