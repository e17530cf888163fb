package fanout.workload;

import java.util.SplittableRandom;

/**
 * How long each simulated call takes. Every distribution is parameterised by its mean, so that a sweep
 * over distributions compares like with like: the same total work, spread differently.
 */
public enum LatencyDistribution {
    /** Every task takes exactly the mean. */
    FIXED {
        @Override
        double sample(double mean, SplittableRandom random) {
            return mean;
        }
    },
    /** Uniform on [0, 2·mean]. */
    UNIFORM {
        @Override
        double sample(double mean, SplittableRandom random) {
            return random.nextDouble(0, 2 * mean);
        }
    },
    /** Exponential with the given mean: many short calls, a few long ones. */
    EXPONENTIAL {
        @Override
        double sample(double mean, SplittableRandom random) {
            return -mean * Math.log(1 - random.nextDouble());
        }
    },
    /**
     * Log-normal with σ = 1 and the given mean (median = mean / √e ≈ 0.61·mean): a heavy tail of
     * stragglers, as measured for real service calls.
     */
    LOG_NORMAL {
        @Override
        double sample(double mean, SplittableRandom random) {
            double sigma = 1.0;
            double mu = Math.log(mean) - sigma * sigma / 2;
            return Math.exp(mu + sigma * gaussian(random));
        }
    },
    /**
     * Pareto with shape α = 1.5 and the given mean (scale = mean/3): the heaviest tail here; the slowest of
     * 1000 calls is typically ~30× the mean.
     */
    PARETO {
        @Override
        double sample(double mean, SplittableRandom random) {
            double alpha = 1.5;
            double scale = mean * (alpha - 1) / alpha;
            return scale / Math.pow(1 - random.nextDouble(), 1 / alpha);
        }
    };

    /** One latency of this distribution with the given mean (any unit; the result has the same unit). */
    abstract double sample(double mean, SplittableRandom random);

    /**
     * {@code n} latencies with the given mean, reproducible: the same seed gives the same values.
     *
     * @param mean the mean latency, any unit, not negative
     */
    public double[] samples(double mean, int n, long seed) {
        if (mean < 0 || Double.isNaN(mean) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("mean latency must be a finite number >= 0, was " + mean);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] latencies = new double[n];
        for (int i = 0; i < n; i++) {
            latencies[i] = mean == 0 ? 0 : sample(mean, random);
        }
        return latencies;
    }

    /** A standard normal variate (Box–Muller), from the seeded generator only. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
