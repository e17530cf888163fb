package fanout.harness.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * What JMH measured for one record: the mean score, the half-width of its 99.9% confidence interval, the interval
 * itself, the unit of all of them and every iteration's score. A record has one only if it was measured
 * ({@link RecordStatus#OK}); unsupported and failed records have none.
 *
 * @param score the mean (JMH average time: the makespan of one fan-out)
 * @param error the half-width of JMH's 99.9% confidence interval; null where JMH could not give one (one sample),
 *     then derived from {@code ci} if that is known
 * @param ci JMH's 99.9% confidence interval {@code [lower, upper]}; empty where not known, then {@code score ±
 *     error}
 * @param unit the unit of score, error, interval and samples, e.g. {@code ms/op}
 * @param samples every iteration's score, fork after fork
 */
@JsonPropertyOrder({"score", "error", "ci", "unit", "samples"})
public record Measurement(double score, Double error, List<Double> ci, String unit, List<Double> samples) {

    public Measurement {
        Objects.requireNonNull(unit, "unit");
        ci = ci == null ? List.of() : List.copyOf(ci);
        samples = samples == null ? List.of() : List.copyOf(samples);
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

    /** The half-width of the 99.9% interval; 0 where neither it nor the interval is known (a single sample). */
    public double halfWidth() {
        return error == null ? 0 : error;
    }

    /** The lower end of the 99.9% interval ({@code score} where it is not known). */
    public double lower() {
        return ci.size() == 2 ? ci.get(0) : score;
    }

    /** The upper end of the 99.9% interval ({@code score} where it is not known). */
    public double upper() {
        return ci.size() == 2 ? ci.get(1) : score;
    }

    /** This measurement with every value (score, error, interval, samples) passed through {@code f}. */
    public Measurement map(DoubleUnaryOperator f) {
        return new Measurement(f.applyAsDouble(score), error == null ? null : Math.abs(
                f.applyAsDouble(score + error) - f.applyAsDouble(score)),
                ci.stream().map(f::applyAsDouble).toList(), unit, samples.stream().map(f::applyAsDouble).toList());
    }
}
