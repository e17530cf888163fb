package fanout.harness.analysis;

import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.Calibration;
import fanout.harness.model.HostInfo;
import fanout.harness.model.ResultDocument;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives θ per benchmark family from an A/A pair: two separate runs of the same build, whose every difference is
 * noise — run-to-run drift of the machine included, which no statistic inside one run can see (SPEC §9). For each
 * family the spread is the largest |ln(B/A)| of the ratios of geometric means over its cases measured with two or more
 * forks on both sides, and θ is that spread as a fraction, rounded up to the next 0.5% and at least 1%: a later pair of
 * runs whose drift stays within the calibration's then gives no verdict that a change happened, since a verdict needs
 * the whole interval beyond θ, and the point estimate lies inside the interval.
 */
public final class Calibrator {
    /** The smallest θ a calibration gives, whatever the spread. */
    static final double FLOOR = 0.01;
    /** θ is rounded up to a multiple of this. */
    static final double STEP = 0.005;

    private Calibrator() {}

    /** The calibration of the A/A pair {@code a}, {@code b}; their profile and machine name it. */
    public static Calibration calibrate(ResultDocument a, ResultDocument b, Instant now) {
        Comparison comparison = new Comparer().compareFiles(a.run().id(), a, b.run().id(), b);
        Map<Workload, Double> spread = new EnumMap<>(Workload.class);
        for (Change change : comparison.changes()) {
            if (change.verdict() != Verdict.TOO_FEW_FORKS) {
                spread.merge(change.benchmarkCase().workload(), Math.abs(Math.log(change.ratio().value())),
                        Math::max);
            }
        }
        Map<String, Double> spreads = new TreeMap<>();
        Map<String, Double> theta = new TreeMap<>();
        spread.forEach((workload, logRatio) -> {
            spreads.put(workload.id(), logRatio);
            theta.put(workload.id(), theta(logRatio));
        });
        List<HostInfo> machines = a.run().machines();
        String machine = machines.isEmpty() ? "an unknown machine" : machines.get(0).name() + " ("
                + machines.get(0).summary() + ")";
        return new Calibration(Calibration.FORMAT, a.run().profile(), machine, now.toString(),
                List.of(a.run().id(), b.run().id()), spreads, theta);
    }

    /** θ for a largest |ln ratio|: as a fraction, rounded up to the next {@value #STEP}, at least {@value #FLOOR}. */
    static double theta(double logRatio) {
        double fraction = Math.exp(logRatio) - 1;
        double rounded = Math.ceil(fraction / STEP - 1e-9) * STEP;
        return Math.max(FLOOR, Math.round(rounded * 1000) / 1000.0);
    }
}
