package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.model.Measurement;
import fanout.harness.model.ResultRecord;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** A record's time as shown: the geometric mean of its fork means, with a t interval over the forks on a log scale. */
class EstimateTest {

    @Test
    void theForksAreTheSamplesNotTheIterations() {
        // Fork 1 ran fast, fork 2 slow; their iterations agree closely within each fork.
        Measurement m = new Measurement(150, 0.5, List.of(149.5, 150.5), "ms/op",
                List.of(List.of(100.0, 100.2, 99.8), List.of(200.0, 200.4, 199.6)),
                new Measurement.Sampling(2, 1, "1 s", 3, "1 s"));

        Estimate e = Estimate.of(m, 0.999);

        double l1 = Math.log(100.0);
        double l2 = Math.log(200.0);
        double mean = (l1 + l2) / 2;
        double sd = Math.abs(l2 - l1) / Math.sqrt(2);
        double half = TDistribution.of(1).inverseSurvivalProbability(0.0005) * sd / Math.sqrt(2);
        assertEquals(Math.exp(mean), e.center(), 1e-9);
        assertEquals(1, Math.exp(mean - half) / e.lower(), 1e-9);
        assertEquals(1, Math.exp(mean + half) / e.upper(), 1e-9);
        assertTrue(e.upper() - e.lower() > 100 * (m.upper() - m.lower()),
                "the run-to-run spread of two forks, far wider than JMH's iteration interval");
        assertEquals(2, e.forks());
        assertTrue(e.byFork());
    }

    @Test
    void noIntervalOfATimeReachesBelowZero() {
        // JMH's interval of these samples reaches below zero (-493 to 632); the log-scale one cannot.
        Measurement m = new Measurement(70, 563.0, List.of(-493.0, 633.0), "us/op",
                List.of(List.of(2.0, 3.0), List.of(300.0, 5.0)), new Measurement.Sampling(2, 1, "1 s", 2, "1 s"));

        Estimate e = Estimate.of(m);

        assertTrue(e.lower() > 0, e.toString());
        assertTrue(e.lower() < e.center() && e.center() < e.upper(), e.toString());
    }

    @Test
    void withOneForkTheIterationsStandInAndSaySo() {
        Measurement one = new Measurement(100, 1.0, List.of(99.0, 101.0), "ms/op",
                List.of(List.of(99.0, 100.0, 101.0)), new Measurement.Sampling(1, 1, "1 s", 3, "1 s"));

        Estimate e = Estimate.of(one, 0.999);

        double[] logs = {Math.log(99), Math.log(100), Math.log(101)};
        double mean = Arrays.stream(logs).average().orElseThrow();
        assertEquals(Math.exp(mean), e.center(), 1e-9);
        assertTrue(e.lower() < e.center() && e.upper() > e.center());
        assertFalse(e.byFork());
        assertEquals(1, e.forks());
    }

    @Test
    void aSchema3RecordReadsAsOneGroupOfIterations() {
        ResultRecord v3 = SampleResults.load().records().stream().filter(ResultRecord::ok).findFirst().orElseThrow();

        Estimate e = Estimate.of(v3.measurement());

        assertFalse(v3.measurement().byFork());
        assertFalse(e.byFork());
        assertEquals(1, e.forks());
        assertEquals(v3.measurement().score(), e.center(), v3.measurement().score() * 0.01);
    }

    @Test
    void aSingleSampleIsAPoint() {
        Measurement single = new Measurement(42, null, List.of(), "ms/op", List.of(List.of(42.0)),
                new Measurement.Sampling(1, 0, "1 s", 1, "1 s"));

        Estimate e = Estimate.of(single);

        assertEquals(42, e.center(), 1e-12);
        assertTrue(e.degenerate());
    }
}
