package fanout.harness.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What {@code fanout calibrate} found (SPEC §9: θ is calibrated, not guessed): the same build measured in separate
 * runs, and per benchmark family the largest ratio between any two of them (the run-to-run spread), from which θ
 * is taken. Stored as {@code calibration.json} in the results folder, where {@code fanout compare} of two runs finds it
 * (JVMs of one run are held to 5%, as no drift between runs falls between them).
 *
 * @param format always {@link #FORMAT}
 * @param profile the profile the runs measured
 * @param machine the machine they ran on: its CPU, cores, memory and OS ({@link #machineOf})
 * @param date when the calibration was made (UTC, ISO-8601)
 * @param runs the ids of the runs, every two of which were compared
 * @param spread per family (workload id) the largest |ln(B/A)| of the ratios of geometric means over its records and
 *     every pair of runs
 * @param theta per family the noise threshold taken from it: the spread as a fraction, rounded up to the next 0.5%
 *     and at least 1%
 */
@JsonPropertyOrder({"format", "profile", "machine", "date", "runs", "spread", "theta"})
public record Calibration(String format, String profile, String machine, String date, List<String> runs,
        Map<String, Double> spread, Map<String, Double> theta) {

    public static final String FORMAT = "fanout-bench-calibration";
    /** Where in a results folder the calibration is kept. */
    public static final String FILE = "calibration.json";

    public Calibration {
        runs = runs == null ? List.of() : List.copyOf(runs);
        spread = spread == null ? Map.of() : new TreeMap<>(spread);
        theta = theta == null ? Map.of() : new TreeMap<>(theta);
    }

    /**
     * A run's machine as a calibration keeps it and {@code compare} tells machines apart: the first machine's CPU,
     * cores, memory and OS ({@link HostInfo#summary()}), not its name, which changes from one CI runner to the next.
     */
    public static String machineOf(RunInfo run) {
        List<HostInfo> machines = run.machines();
        return machines.isEmpty() ? "an unknown machine" : machines.get(0).summary();
    }

    /**
     * How a run differs from the runs this calibration measured, where it matters to θ: the profile (forks and
     * iterations set how far a run's numbers drift) and the machine; one line each, empty when alike.
     *
     * @param side the run's name in the lines, e.g. "A"
     */
    public List<String> differences(String side, RunInfo run) {
        List<String> lines = new ArrayList<>();
        if (!Objects.equals(profile, run.profile())) {
            lines.add("calibration profile differs: θ measured on " + profile + " runs; " + side + " is a "
                    + run.profile() + " run");
        }
        if (!Objects.equals(machine, machineOf(run))) {
            lines.add("calibration machine differs: θ measured on " + machine + "; " + side + " ran on "
                    + machineOf(run));
        }
        return lines;
    }
}
