package fanout.harness.run;

import java.time.Duration;

/**
 * How long JMH measures one benchmark case: forks, warm-up and measurement iterations and their length.
 * A fan-out longer than an iteration is measured once per iteration, so long cases use fewer iterations.
 */
public record Iterations(int forks, int warmupIterations, Duration warmupTime, int measurementIterations,
        Duration measurementTime) {

    public Iterations {
        if (forks < 1) {
            throw new IllegalArgumentException("forks must be at least 1 (forking keeps cases from spoiling each other)");
        }
        if (measurementIterations < 1 || forks * measurementIterations < 2) {
            throw new IllegalArgumentException("at least 2 measured iterations in all (forks × iterations) are needed "
                    + "for an error bar; the fork is the sample, so one iteration a fork is enough with two forks");
        }
    }

    /**
     * The wall time this takes for a fan-out of {@code opMillis}, roughly: JVM start, then every iteration,
     * each at least one fan-out long. Used for the ETA only.
     */
    public Duration estimate(double opMillis) {
        double warmup = warmupIterations * Math.max(warmupTime.toMillis(), opMillis);
        double measure = measurementIterations * Math.max(measurementTime.toMillis(), opMillis);
        return Duration.ofMillis(Math.round(forks * (1500 + warmup + measure)));
    }
}
