package io.adcopilot.eval.stats;

/** A confidence interval for a proportion: {@code low ≤ high}, both in [0, 1]. */
public record Interval(double low, double high) {

    public Interval {
        if (low > high) throw new IllegalArgumentException("low " + low + " > high " + high);
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
