package io.adcopilot.bench;

import java.util.Arrays;

/** Collected timings in nanoseconds, summarized in milliseconds. */
final class Latencies {

    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(nanos, 0, count).average().orElse(0) / 1e6;
    }
}
