package io.adcopilot.eval.stats;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927; method 3 of Newcombe 1998): good coverage
 * for small samples and proportions near 0 or 1, where the normal approximation fails.
 */
public final class Wilson {

    /** The standard normal quantile for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    private Wilson() {}

    /** The 95% interval for {@code successes} of {@code n}. */
    public static Interval interval95(long successes, long n) {
        return interval(successes, n, Z95);
    }

    /** The interval for {@code successes} of {@code n} at the normal quantile {@code z}; [0, 1] when n is 0. */
    public static Interval interval(long successes, long n, double z) {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 ≤ successes ≤ n: " + successes + " of " + n);
        }
        if (!(z > 0)) throw new IllegalArgumentException("z must be positive: " + z);
        if (n == 0) return new Interval(0, 1);
        double p = (double) successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double center = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, center - half), Math.min(1, center + half));
    }
}
