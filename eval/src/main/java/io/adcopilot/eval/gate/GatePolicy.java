package io.adcopilot.eval.gate;

import java.util.OptionalDouble;

/**
 * What a candidate must hold to pass: a water level for its overall intent accuracy (optional), the largest drop
 * in an intent's accuracy tolerated when the drop is significant, and the significance level of McNemar's test.
 */
public record GatePolicy(OptionalDouble minIntentAccuracy, double maxIntentDrop, double alpha) {

    public static final double DEFAULT_MAX_INTENT_DROP = 0.05;
    public static final double DEFAULT_ALPHA = 0.05;
    public static final GatePolicy DEFAULT = new GatePolicy(OptionalDouble.empty(), DEFAULT_MAX_INTENT_DROP, DEFAULT_ALPHA);

    public GatePolicy {
        if (minIntentAccuracy.isPresent() && !(minIntentAccuracy.getAsDouble() >= 0 && minIntentAccuracy.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("min intent accuracy must be in [0, 1]: " + minIntentAccuracy.getAsDouble());
        }
        if (!(maxIntentDrop >= 0 && maxIntentDrop <= 1)) {
            throw new IllegalArgumentException("max intent drop must be in [0, 1]: " + maxIntentDrop);
        }
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
    }
}
