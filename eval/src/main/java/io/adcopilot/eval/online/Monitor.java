package io.adcopilot.eval.online;

/**
 * A watched metric of live traffic: alert when {@code metric} over the last {@code windowDays} crosses its
 * {@code threshold} (the water level: below it for accuracy, above it for error and complaint rates and latency),
 * once at least {@code minSamples} count; alerts go to {@code webhookUrl} (or the server's default) as JSON.
 */
public record Monitor(String id, String name, Metric metric, double threshold, int windowDays, int minSamples,
                      String webhookUrl) {

    /** What a monitor can watch, and which side of the threshold is bad. */
    public enum Metric {
        ONLINE_INTENT_ACCURACY(true), TOOL_ERROR_RATE(false), NEGATIVE_FEEDBACK_RATE(false), P95_LATENCY_MS(false);

        private final boolean lowIsBad;

        Metric(boolean lowIsBad) {
            this.lowIsBad = lowIsBad;
        }

        public boolean breached(double value, double threshold) {
            return lowIsBad ? value < threshold : value > threshold;
        }

        public String key() {
            return name().toLowerCase();
        }

        public static Metric of(String key) {
            for (Metric m : values()) if (m.key().equals(key)) return m;
            throw new IllegalArgumentException("unknown metric '" + key + "': one of online_intent_accuracy, "
                    + "tool_error_rate, negative_feedback_rate, p95_latency_ms");
        }
    }

    public Monitor {
        if (windowDays < 1) throw new IllegalArgumentException("window_days must be at least 1");
        if (minSamples < 1) throw new IllegalArgumentException("min_samples must be at least 1");
    }
}
