package fanout.harness.analysis;

import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.Calibration;
import fanout.harness.model.RunInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The noise threshold θ per benchmark family (workload): a ratio interval within [1 / (1 + θ), 1 + θ] is
 * equivalence, one wholly beyond it a change. θ is calibrated, not guessed (SPEC §9): {@code fanout calibrate}
 * measures the same build in separate runs and takes θ of each family from the largest spread between two of them
 * ({@link Calibration}); without a calibration every family gets {@link #UNCALIBRATED}, and the output says so. JVMs
 * of one run get {@link #withinRun()}.
 *
 * @param theta θ per workload
 * @param source where they come from, in words
 * @param calibration the calibration they come from; null when they come from none
 */
public record Thresholds(Map<Workload, Double> theta, String source, Calibration calibration) {

    /** θ of a family no calibration covers. */
    public static final double UNCALIBRATED = 0.05;

    public Thresholds {
        theta = Map.copyOf(theta);
    }

    /** Thresholds from no calibration. */
    public Thresholds(Map<Workload, Double> theta, String source) {
        this(theta, source, null);
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

    /**
     * The thresholds for two JVMs of one run: {@link #UNCALIBRATED} everywhere. A calibration measures the drift
     * between runs minutes apart; the JVMs of one run take turns case by case, so that drift falls on both and its θ
     * would hide real differences.
     */
    public static Thresholds withinRun() {
        return everywhere(UNCALIBRATED, "5% for JVMs of one run: they take turns case by case, so the drift"
                + " between runs a calibration measures does not apply");
    }

    /** The thresholds a calibration found, {@link #UNCALIBRATED} for a family it did not measure. */
    public static Thresholds of(Calibration calibration) {
        Map<Workload, Double> theta = new EnumMap<>(Workload.class);
        for (Workload workload : Workload.values()) {
            theta.put(workload, calibration.theta().getOrDefault(workload.id(), UNCALIBRATED));
        }
        return new Thresholds(theta, "calibrated by fanout calibrate on " + calibration.machine() + " ("
                + calibration.profile() + " profile, runs " + String.join(", ", calibration.runs()) + ", "
                + calibration.date() + ")", calibration);
    }

    /**
     * How a run differs from the runs the calibration measured (profile, machine), one line each; empty when these
     * thresholds come from no calibration or the run is like them.
     *
     * @param side the run's name in the lines, e.g. "A"
     */
    public List<String> differences(String side, RunInfo run) {
        return calibration == null || run == null ? List.of() : calibration.differences(side, run);
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
