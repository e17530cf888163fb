package fanout.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.ResultsJson;
import fanout.harness.UsageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparerTest {

    static final ResultDocument A = ResultsJson.read(Path.of("src/test/resources/golden/results.json"));
    static final ResultDocument B = ResultsJson.read(Path.of("src/test/resources/compare/semaphore-slower.json"));

    private static ResultRecord semaphore(ResultDocument d) {
        return d.records().stream().filter(r -> "SEMAPHORE(k=64)".equals(r.label())).findFirst().orElseThrow();
    }

    @Test
    void welchReachesAlphaForTheOneAndAHalfShiftWithThreeSamplesASide() {
        ResultRecord a = semaphore(A);
        ResultRecord b = semaphore(B);
        assertEquals(3, a.samples().size());

        double p = Comparer.pValue(a.samples(), b.samples());

        assertTrue(p < 0.01, "p = " + p);
        assertEquals(1.0, Comparer.pValue(a.samples(), a.samples()), 1e-12);
    }

    @Test
    void ratioAndConservativeIntervalFromTheTwoConfidenceIntervals() {
        Change change = new Comparer(0.05, 0.01).change(semaphore(A), semaphore(B));

        assertEquals(1.5, change.ratio(), 1e-12);
        List<Double> ca = semaphore(A).ci();
        List<Double> cb = semaphore(B).ci();
        assertEquals(cb.get(0) / ca.get(1), change.ratioLow(), 1e-12);
        assertEquals(cb.get(1) / ca.get(0), change.ratioHigh(), 1e-12);
        assertTrue(change.ratioLow() < 1.5 && change.ratioHigh() > 1.5);
        assertEquals(Verdict.REGRESSED, change.verdict());
    }

    @Test
    void anIntervalReachingZeroGivesAnUnboundedRatio() {
        ResultRecord wide = A.records().stream().filter(r -> r.ci().get(0) < 0).findFirst().orElseThrow();

        Change change = new Comparer(0.05, 0.01).change(wide, wide);

        assertEquals(0.0, change.ratioLow());
        assertEquals(Double.POSITIVE_INFINITY, change.ratioHigh());
        assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, change.verdict());
    }

    @Test
    void aSignificantChangeWithinTheThresholdIsNoChange() {
        ResultRecord a = semaphore(A);
        ResultRecord slightly = scaled(a, 1.03);

        Change change = new Comparer(0.05, 0.01).change(a, slightly);

        assertTrue(change.pValue() < 0.01, "p = " + change.pValue());
        assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, change.verdict());
        assertEquals(Verdict.REGRESSED, new Comparer(0.02, 0.01).change(a, slightly).verdict());
    }

    @Test
    void aLargeButNoisyChangeIsNotSignificant() {
        ResultRecord noisy = A.records().stream().filter(r -> "VIRTUAL_SCOPE bare".equals(r.label())).findFirst()
                .orElseThrow();

        Change change = new Comparer(0.05, 0.01).change(noisy, scaled(noisy, 1.5));

        assertTrue(change.pValue() > 0.01, "p = " + change.pValue());
        assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, change.verdict());
    }

    @Test
    void filesOfDifferentSchemaVersionsAreRefused() {
        ResultDocument other = new ResultDocument(A.format(), 1, A.run(), A.records());

        UsageException e = assertThrows(UsageException.class,
                () -> new Comparer(0.05, 0.01).compareFiles("a.json", A, "old.json", other));

        assertTrue(e.getMessage().contains("a.json has schema version " + ResultDocument.SCHEMA_VERSION
                + " but old.json has 1"), e.getMessage());
    }

    @Test
    void theHtmlFragmentEscapesText() {
        ResultRecord a = semaphore(A);
        ResultRecord evil = new ResultRecord(a.benchmark(), a.workload(), a.strategy(), "<script>x</script>", a.jvm(),
                a.params(), RecordStatus.OK, null, a.score(), a.error(), a.ci(), a.unit(), a.samples(), a.ideal(),
                a.efficiency(), Map.of());
        Comparison comparison = new Comparer(0.05, 0.01).compareFiles("a&b.json", A.withRecords(List.of(evil)),
                "<b>.json", B);

        String html = CompareHtml.render(comparison);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("a&amp;b.json"), html);
        assertTrue(html.contains("class=\"regressed\""), html);
        assertTrue(html.contains("1 compared: 0 improved, 1 regressed, 0 no significant change"), html);
    }

    private static ResultRecord scaled(ResultRecord r, double f) {
        return new ResultRecord(r.benchmark(), r.workload(), r.strategy(), r.label(), r.jvm(), r.params(), r.status(),
                r.reason(), r.score() * f, r.error() * f, r.ci().stream().map(x -> x * f).toList(), r.unit(),
                r.samples().stream().map(x -> x * f).toList(), r.ideal(), r.efficiency(), r.secondary());
    }
}
