package fanout.harness.chart;

import fanout.harness.model.ResultRecord;

/**
 * The speedup of one record over the SEQUENTIAL record at the same N and latency, with its error propagated from
 * both (relative errors added in quadrature), and the speedup the two models predict.
 *
 * @param record the strategy's record
 * @param value sequential score / strategy score
 * @param error the propagated half-width
 * @param ideal sequential ideal / strategy ideal, NaN where either has no ideal
 */
record Speedup(ResultRecord record, double value, double error, double ideal) {

    static Speedup of(ResultRecord record, ResultRecord sequential) {
        double value = sequential.score() / record.score();
        double relative = Math.hypot(Measurement.error(sequential) / sequential.score(),
                Measurement.error(record) / record.score());
        double ideal = sequential.ideal() != null && record.ideal() != null && record.ideal() > 0
                ? sequential.ideal() / record.ideal() : Double.NaN;
        return new Speedup(record, value, value * relative, ideal);
    }

    double n() {
        return FixedLatencySelection.n(record);
    }

    /** The share of the ideal speedup reached, NaN without an ideal. */
    double shareOfIdeal() {
        return value / ideal;
    }
}
