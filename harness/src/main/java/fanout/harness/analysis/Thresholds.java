package fanout.harness.analysis;

import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.Calibration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The noise threshold θ per benchmark family (workload): a ratio within [1 / (1 + θ), 1 + θ] is no change. θ is
 * calibrated, not guessed (SPEC §9): {@code fanout calibrate} measures the same build twice, as two separate runs, and
 * takes θ of each family from their spread ({@link Calibration}); without a calibration every family gets
 * {@link #UNCALIBRATED}, and the output says so.
 *
 * @param theta θ per workload
 * @param source where they come from, in words
 */
public record Thresholds(Map<Workload, Double> theta, String source) {

    /** θ of a family no calibration covers. */
    public static final double UNCALIBRATED = 0.05;

    public Thresholds {
        theta = Map.copyOf(theta);
    }

    /** θ for every family, e.g. from {@code --threshold}. */
    public static Thresholds everywhere(double value, String source) {
        Map<Workload, Double> theta = new EnumMap<>(Workload.class);
        for (Workload workload : Workload.values()) {
            theta.put(workload, value);
        }
        return new Thresholds(theta, source);
    }

    /** The thresholds of no calibration: {@link #UNCALIBRATED} everywhere. */
    public static Thresholds uncalibrated() {
        return everywhere(UNCALIBRATED, "not calibrated (no calibration file): θ = 5% for every family; run"
                + " fanout calibrate");
    }

    /** The thresholds a calibration found, {@link #UNCALIBRATED} for a family it did not measure. */
    public static Thresholds of(Calibration calibration) {
        Map<Workload, Double> theta = new EnumMap<>(Workload.class);
        for (Workload workload : Workload.values()) {
            theta.put(workload, calibration.theta().getOrDefault(workload.id(), UNCALIBRATED));
        }
        return new Thresholds(theta, "calibrated by fanout calibrate on " + calibration.machine() + " ("
                + calibration.profile() + " profile, runs " + String.join(", ", calibration.runs()) + ", "
                + calibration.date() + ")");
    }

    /** θ of a workload. */
    public double of(Workload workload) {
        return theta.getOrDefault(workload, UNCALIBRATED);
    }

    /** "simulated-io 3%, overhead 8%, git 45%". */
    public String describe() {
        return theta.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().id() + " " + percent(e.getValue())).collect(Collectors.joining(", "));
    }

    /** A θ as a percentage: "5%", "2.5%". */
    public static String percent(double fraction) {
        return Numbers.number(Math.round(fraction * 1000) / 10.0) + "%";
    }

    @Override
    public String toString() {
        return describe() + " (" + source + ")";
    }
}
