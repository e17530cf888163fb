package fanout.harness.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * What JMH measured for one record: its mean score, the half-width of JMH's 99.9% confidence interval, that
 * interval, the unit of all of them, every iteration's score grouped by the fork (JVM) that measured it, and how it
 * was sampled. A record has one only if it was measured ({@link RecordStatus#OK}); unsupported and failed records have
 * none.
 *
 * <p>The fork is the unit of replication (SPEC §9): iterations of one fork share that JVM's JIT decisions, heap
 * layout and thread placement, so statistics that decide anything are computed from the forks; JMH's own error and
 * interval treat every iteration as independent and are kept only as JMH reported them.
 *
 * @param score the mean over every iteration (JMH average time: the makespan of one fan-out)
 * @param error the half-width of JMH's 99.9% confidence interval; null where JMH could not give one (one sample),
 *     then derived from {@code ci} if that is known
 * @param ci JMH's 99.9% confidence interval {@code [lower, upper]}; empty where not known, then {@code score ±
 *     error}
 * @param unit the unit of every value here, e.g. {@code ms/op}
 * @param forks every measurement iteration's score, one list per fork in the order the forks ran; a file written
 *     before samples were kept by fork holds them all in one list, with no {@code sampling}
 * @param sampling how many forks and iterations of what length measured it; null where not known (older files)
 */
@JsonPropertyOrder({"score", "error", "ci", "unit", "forks", "sampling"})
public record Measurement(double score, Double error, List<Double> ci, String unit, List<List<Double>> forks,
        Sampling sampling) {

    public Measurement {
        Objects.requireNonNull(unit, "unit");
        ci = ci == null ? List.of() : List.copyOf(ci);
        forks = forks == null ? List.of() : forks.stream().map(List::copyOf).toList();
        if (!ci.isEmpty() && ci.size() != 2) {
            throw new IllegalArgumentException("a confidence interval has two ends, not " + ci.size() + ": " + ci);
        }
        if (error != null && !Double.isFinite(error)) {
            error = null;
        }
        if (error == null && ci.size() == 2 && Double.isFinite(ci.get(1) - ci.get(0))) {
            error = (ci.get(1) - ci.get(0)) / 2;
        }
        if (ci.isEmpty() && error != null) {
            ci = List.of(score - error, score + error);
        }
    }

    /**
     * How a record was sampled: forks × measurement iterations of a given length, after warm-up iterations.
     *
     * @param forks how many JVMs were started to measure it
     * @param warmupIterations warm-up iterations per fork, not measured
     * @param warmupTime the length of one warm-up iteration, as JMH states it (e.g. {@code 400 ms})
     * @param iterations measured iterations per fork
     * @param iterationTime the length of one measured iteration
     */
    @JsonPropertyOrder({"forks", "warmupIterations", "warmupTime", "iterations", "iterationTime"})
    public record Sampling(int forks, int warmupIterations, String warmupTime, int iterations, String iterationTime) {

        /** "3 forks × 4 iterations of 400 ms". */
        @Override
        public String toString() {
            return forks + (forks == 1 ? " fork × " : " forks × ") + iterations
                    + (iterations == 1 ? " iteration of " : " iterations of ") + iterationTime;
        }
    }

    /** Every iteration's score, fork after fork. */
    public List<Double> samples() {
        return forks.stream().flatMap(List::stream).toList();
    }

    /** Whether the samples are known to be grouped by fork (not an older file's single group). */
    public boolean byFork() {
        return sampling != null;
    }

    /** The half-width of JMH's 99.9% interval; 0 where neither it nor the interval is known (a single sample). */
    public double halfWidth() {
        return error == null ? 0 : error;
    }

    /** The lower end of JMH's 99.9% interval ({@code score} where it is not known). */
    public double lower() {
        return ci.size() == 2 ? ci.get(0) : score;
    }

    /** The upper end of JMH's 99.9% interval ({@code score} where it is not known). */
    public double upper() {
        return ci.size() == 2 ? ci.get(1) : score;
    }

    /** This measurement with every value (score, error, interval, samples) passed through {@code f}. */
    public Measurement map(DoubleUnaryOperator f) {
        return new Measurement(f.applyAsDouble(score), error == null ? null : Math.abs(
                f.applyAsDouble(score + error) - f.applyAsDouble(score)),
                ci.stream().map(f::applyAsDouble).toList(), unit,
                forks.stream().map(fork -> fork.stream().map(f::applyAsDouble).toList()).toList(), sampling);
    }
}
