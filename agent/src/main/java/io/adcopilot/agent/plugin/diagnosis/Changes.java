package io.adcopilot.agent.plugin.diagnosis;

/** Small arithmetic on changes that must never divide by zero. */
final class Changes {

    private Changes() {}

    /** (after − before) / |before|; NaN where before is zero or either value is undefined. */
    static double relative(double before, double after) {
        if (Double.isNaN(before) || Double.isNaN(after) || before == 0) return Double.NaN;
        return (after - before) / Math.abs(before);
    }

    /** Whether {@code value} points the same way as {@code direction} (both positive or both negative). */
    static boolean sameDirection(double value, double direction) {
        return value != 0 && direction != 0 && Math.signum(value) == Math.signum(direction);
    }
}
