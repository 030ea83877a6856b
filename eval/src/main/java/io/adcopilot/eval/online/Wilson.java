package io.adcopilot.eval.online;

/** The Wilson score interval of a proportion: {@code successes} of {@code n}, at the 95% level unless given z. */
public record Wilson(double estimate, double low, double high, int n) {

    public static final double Z95 = 1.959963984540054;

    public static Wilson of(int successes, int n) {
        return of(successes, n, Z95);
    }

    public static Wilson of(int successes, int n, double z) {
        if (n == 0) return new Wilson(Double.NaN, 0, 1, 0);
        double p = (double) successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new Wilson(p, Math.max(0, centre - half), Math.min(1, centre + half), n);
    }
}
