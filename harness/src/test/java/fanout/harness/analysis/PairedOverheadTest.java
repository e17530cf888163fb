package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.analysis.cases.OverheadCase;
import fanout.harness.model.JmhResult;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.ResultsJson;
import fanout.harness.run.RecordFactory;
import fanout.jmh.StrategyOverheadBenchmark.Implementation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The overhead benchmark's paired records as JMH wrote them (a real run: {@code resources/overhead}, 5 forks × 3
 * iterations, SEQUENTIAL and SEMAPHORE at N = 1000 on JDK 25): the counters are kept by fork through the results file,
 * and the ratio is computed from each fork's sums, not from the iterations and not from the pair's score.
 */
class PairedOverheadTest {
    private static final Path JMH = Path.of("src/test/resources/overhead/paired-jmh-result.json");

    @Test
    void theRatioIsTheGeometricMeanOfEachForksQuotientOfSums() throws IOException {
        List<JmhResult> results = ResultsJson.readJmh(JMH);
        JmhResult semaphore = results.stream().filter(r -> r.params().get("strategy").equals("SEMAPHORE")).findFirst()
                .orElseThrow();
        List<List<Double>> strategy = semaphore.secondaryMetrics().get(OverheadPair.STRATEGY_NANOS).rawData();
        List<List<Double>> bare = semaphore.secondaryMetrics().get(OverheadPair.BARE_NANOS).rawData();
        double logSum = 0;
        for (int fork = 0; fork < strategy.size(); fork++) {
            logSum += Math.log(sum(strategy.get(fork)) / sum(bare.get(fork)));
        }
        double expected = Math.exp(logSum / strategy.size());

        OverheadPair pair = pairOf(semaphore);

        assertTrue(pair.paired());
        assertEquals(5, strategy.size(), "five forks");
        assertEquals(expected, pair.ratio().orElseThrow().value(), 1e-12);
        assertTrue(pair.ratio().orElseThrow().byForks());
        assertEquals(5, pair.strategy().orElseThrow().nanosPerTask().forks());
        double pairs = semaphore.secondaryMetrics().get(OverheadPair.PAIRS).rawData().stream()
                .mapToDouble(PairedOverheadTest::sum).sum();
        double bytes = semaphore.secondaryMetrics().get(OverheadPair.STRATEGY_BYTES).rawData().stream()
                .mapToDouble(PairedOverheadTest::sum).sum();
        assertEquals(bytes / pairs / 1000, pair.strategy().orElseThrow().bytesPerTask().getAsDouble(), 1e-9);
    }

    @Test
    void theCountersSurviveTheResultsFile() throws IOException {
        JmhResult sequential = ResultsJson.readJmh(JMH).stream()
                .filter(r -> r.params().get("strategy").equals("SEQUENTIAL")).findFirst().orElseThrow();
        ResultRecord record = RecordFactory.measured(sequential, SampleResults.load().run().jvms().get(0));
        ResultDocument document = ResultDocument.of(SampleResults.load().run(), List.of(record));

        ResultDocument read = ResultsJson.mapper().readValue(ResultsJson.write(document), ResultDocument.class);

        assertEquals(sequential.secondaryMetrics().get(OverheadPair.BARE_NANOS).rawData(),
                read.records().get(0).secondaryForks().get(OverheadPair.BARE_NANOS));
        OverheadPair pair = OverheadPair.of(List.of(CaseResult.of(read.records().get(0)).as(OverheadCase.class)
                .orElseThrow())).get(0);
        assertEquals(Implementation.PAIRED, pair.benchmarkCase().implementation());
        assertTrue(pair.ratio().orElseThrow().value() > 3, "SEQUENTIAL's contract against a bare loop: "
                + pair.ratio());
    }

    /** A fork whose sum is zero (nothing measured there) gives no ratio, rather than being left out of it. */
    @Test
    void aForkWithNothingMeasuredIsNotDroppedSilently() {
        assertEquals(java.util.Optional.empty(), Ratio.ofForkSums(List.of(2.0, 4.0, 3.0), List.of(1.0, 0.0, 1.5)));
        assertEquals(java.util.Optional.empty(), Ratio.ofForkSums(List.of(2.0, 4.0), List.of(1.0)));
        Ratio twice = Ratio.ofForkSums(List.of(2.0, 4.0, 3.0), List.of(1.0, 2.0, 1.5)).orElseThrow();
        assertEquals(2.0, twice.value(), 1e-12);
        assertEquals(2.0, twice.lower(), 1e-12, "every fork agrees: a point");
    }

    private static OverheadPair pairOf(JmhResult result) {
        ResultRecord record = RecordFactory.measured(result, SampleResults.load().run().jvms().get(0));
        return OverheadPair.of(List.of(CaseResult.of(record).as(OverheadCase.class).orElseThrow())).get(0);
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }
}
