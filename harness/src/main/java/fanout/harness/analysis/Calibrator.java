package fanout.harness.analysis;

import fanout.harness.UsageException;
import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.Calibration;
import fanout.harness.model.ResultDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives θ per benchmark family from A/A runs: separate runs of the same build, whose every difference is noise —
 * run-to-run drift of the machine included, which no statistic inside one run can see (SPEC §9). Every two of the
 * runs are compared; for each family the spread is the largest |ln(B/A)| of the ratios of geometric means over its
 * cases measured with two or more forks on both sides, over all those pairs, and θ is that spread as a fraction,
 * rounded up to the next 0.5% and at least 1%: a later pair of runs whose drift stays within the calibration's then
 * gives no verdict that a change happened, since a verdict needs the whole interval beyond θ, and the point estimate
 * lies inside the interval. More runs see more of the drift: on this project's machine one pair put git's at 10%, the
 * next at 38%.
 */
public final class Calibrator {
    /** The smallest θ a calibration gives, whatever the spread. */
    static final double FLOOR = 0.01;
    /** θ is rounded up to a multiple of this. */
    static final double STEP = 0.005;

    private Calibrator() {}

    /** The calibration of the A/A pair {@code a}, {@code b}; their profile and machine name it. */
    public static Calibration calibrate(ResultDocument a, ResultDocument b, Instant now) {
        return calibrate(List.of(a, b), now);
    }

    /**
     * The calibration of two or more runs of the same build, every two of them compared; the first names the
     * profile and the machine.
     *
     * @throws UsageException if the runs differ in profile, machines, JVM builds or flags, or no case of theirs was
     *     measured with two or more forks
     */
    public static Calibration calibrate(List<ResultDocument> runs, Instant now) {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("a calibration compares two or more runs, not " + runs.size());
        }
        List<String> unlike = unlike(runs);
        if (!unlike.isEmpty()) {
            throw new UsageException("a calibration needs runs of one profile on one machine with the same JVMs: "
                    + String.join("; ", unlike));
        }
        Map<Workload, Double> spread = new EnumMap<>(Workload.class);
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                ResultDocument a = runs.get(i);
                ResultDocument b = runs.get(j);
                Comparison comparison = new Comparer().compareFiles(a.run().id(), a, b.run().id(), b);
                for (Change change : comparison.changes()) {
                    if (change.verdict() != Verdict.TOO_FEW_FORKS) {
                        spread.merge(change.benchmarkCase().workload(), Math.abs(Math.log(change.ratio().value())),
                                Math::max);
                    }
                }
            }
        }
        if (spread.isEmpty()) {
            throw new UsageException("no case was measured with two or more forks in two runs, so the runs say nothing"
                    + " of their spread; calibrate a profile with two or more forks a case (ci)");
        }
        ResultDocument a = runs.get(0);
        Map<String, Double> spreads = new TreeMap<>();
        Map<String, Double> theta = new TreeMap<>();
        spread.forEach((workload, logRatio) -> {
            spreads.put(workload.id(), logRatio);
            theta.put(workload.id(), theta(logRatio));
        });
        return new Calibration(Calibration.FORMAT, a.run().profile(), Calibration.machineOf(a.run()), now.toString(),
                runs.stream().map(run -> run.run().id()).toList(), spreads, theta);
    }

    /**
     * How the later runs differ from the first in what a calibration must hold fixed, one line each: the profile,
     * machines, JVM builds and flags {@code compare} checks. Suite commits may differ (a commit that changed
     * only the reports measures the same benchmarks); {@code fanout calibrate} names them.
     */
    static List<String> unlike(List<ResultDocument> runs) {
        List<String> lines = new ArrayList<>();
        ResultDocument first = runs.get(0);
        for (ResultDocument run : runs.subList(1, runs.size())) {
            String pair = first.run().id() + " and " + run.run().id();
            Comparer.differences(first.run(), run.run()).forEach(line -> lines.add(pair + ": " + line));
        }
        return lines;
    }

    /** θ for a largest |ln ratio|: as a fraction, rounded up to the next {@value #STEP}, at least {@value #FLOOR}. */
    static double theta(double logRatio) {
        double fraction = Math.exp(logRatio) - 1;
        double rounded = Math.ceil(fraction / STEP - 1e-9) * STEP;
        return Math.max(FLOOR, Math.round(rounded * 1000) / 1000.0);
    }
}
