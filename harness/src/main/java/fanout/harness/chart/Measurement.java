package fanout.harness.chart;

import fanout.harness.model.ResultRecord;

/**
 * What charts and tables read from a measured record, with the fallbacks a record written by an older or
 * interrupted run may need: the error from the interval when the error itself is missing, the efficiency from the
 * ideal when it was not stored.
 */
public final class Measurement {
    private Measurement() {}

    /** The half-width of the 99.9% interval: the record's error, else half the interval, else 0. */
    public static double error(ResultRecord record) {
        if (record.error() != null && Double.isFinite(record.error())) {
            return record.error();
        }
        if (record.ci().size() == 2) {
            double halfWidth = (record.ci().get(1) - record.ci().get(0)) / 2;
            return Double.isFinite(halfWidth) ? halfWidth : 0;
        }
        return 0;
    }

    /** The lower and upper end of the 99.9% interval: the record's interval, else score ± error. */
    public static double[] interval(ResultRecord record) {
        if (record.ci().size() == 2) {
            return new double[] {record.ci().get(0), record.ci().get(1)};
        }
        double error = error(record);
        return new double[] {record.score() - error, record.score() + error};
    }

    /** ideal / score, or NaN where the record has no ideal. */
    public static double efficiency(ResultRecord record) {
        if (record.efficiency() != null) {
            return record.efficiency();
        }
        if (record.ideal() == null || record.score() == null || record.score() == 0) {
            return Double.NaN;
        }
        return record.ideal() / record.score();
    }

    /** A numeric parameter, or NaN when the record does not have it or it is not a number. */
    public static double param(ResultRecord record, String name) {
        String value = record.param(name);
        if (value == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The limit k when the strategy uses it, i.e. when its label names it ("SEMAPHORE(k=64)"); NaN for strategies
     * that ignore the parameter, such as SEQUENTIAL.
     */
    public static double usedLimit(ResultRecord record) {
        String limit = record.param("limit");
        return limit != null && record.label() != null && record.label().contains("k=" + limit)
                ? param(record, "limit") : Double.NaN;
    }
}
