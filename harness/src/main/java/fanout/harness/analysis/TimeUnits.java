package fanout.harness.analysis;

/** JMH's time units ({@code s/op}, {@code ms/op}, {@code us/op}, {@code ns/op}) and conversions between them. */
public final class TimeUnits {
    private TimeUnits() {}

    /** Converts milliseconds to {@code unit}. */
    public static double fromMillis(double millis, String unit) {
        return millis * 1_000_000 / nanosPer(unit);
    }

    /** Converts a value in {@code unit} to nanoseconds. */
    public static double toNanos(double value, String unit) {
        return value * nanosPer(unit);
    }

    private static double nanosPer(String unit) {
        String time = unit.split("/", 2)[0];
        return switch (time) {
            case "s" -> 1e9;
            case "ms" -> 1e6;
            case "us" -> 1e3;
            case "ns" -> 1;
            default -> throw new IllegalArgumentException("unknown time unit " + unit);
        };
    }
}
