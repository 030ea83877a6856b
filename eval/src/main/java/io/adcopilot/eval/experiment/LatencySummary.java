package io.adcopilot.eval.experiment;

import java.util.Arrays;

/** Per-item latency in milliseconds: nearest-rank percentiles, mean and maximum. */
public record LatencySummary(double p50, double p90, double p99, double mean, double max) {

    public static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0, 0);

    public static LatencySummary of(double[] millis) {
        if (millis.length == 0) return NONE;
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new LatencySummary(percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                Arrays.stream(sorted).average().orElse(0), sorted[sorted.length - 1]);
    }

    /** The smallest value with at least p% of the values at or below it. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
