package fanout.harness.analysis;

import fanout.harness.model.Measurement;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A measurement's samples as the statistics here use them: the fork is the unit of replication (SPEC §9; JMH's
 * {@code JMHSample_13_RunToRun}), so each fork is summarised by the mean of its iterations, on a log scale (a time's
 * errors are relative, and a difference of logs is a ratio). Where a measurement's samples are not grouped by fork (a
 * file written before they were), its iterations stand in, which understates the run-to-run spread; {@link #byFork()}
 * says which.
 *
 * @param logs the log of each fork's mean (or of each iteration, for an ungrouped file), each finite
 * @param byFork whether {@code logs} are fork means (of two or more forks)
 */
record Forks(double[] logs, boolean byFork) {

    /**
     * The fork means of a measurement on a log scale; its iterations where it has fewer than two forks or the forks
     * are not known.
     */
    static Forks of(Measurement measurement) {
        if (measurement.byFork()) {
            double[] forkLogs = measurement.forks().stream().filter(fork -> !fork.isEmpty())
                    .mapToDouble(fork -> Math.log(fork.stream().mapToDouble(Double::doubleValue).average()
                            .orElseThrow()))
                    .filter(Double::isFinite).toArray();
            if (forkLogs.length >= 2) {
                return new Forks(forkLogs, true);
            }
        }
        List<Double> samples = measurement.samples();
        return new Forks(samples.stream().mapToDouble(s -> Math.log(s)).filter(Double::isFinite).toArray(), false);
    }

    /** One value per fork (each above zero), on a log scale: by fork where there are two or more. */
    static Forks ofValues(List<Double> perFork) {
        double[] logs = perFork.stream().mapToDouble(Math::log).filter(Double::isFinite).toArray();
        return new Forks(logs, logs.length >= 2);
    }

    int count() {
        return logs.length;
    }

    double mean() {
        double sum = 0;
        for (double log : logs) {
            sum += log;
        }
        return sum / logs.length;
    }

    /** The sample variance (n − 1); 0 for a single value. */
    double variance() {
        if (logs.length < 2) {
            return 0;
        }
        double mean = mean();
        double sum = 0;
        for (double log : logs) {
            sum += (log - mean) * (log - mean);
        }
        return sum / (logs.length - 1);
    }

    /** The two-sided Student-t quantile for {@code confidence} (e.g. 0.999) with {@code df} degrees of freedom. */
    static double t(double df, double confidence) {
        return TDistribution.of(df).inverseSurvivalProbability((1 - confidence) / 2);
    }
}
