package io.adcopilot.agent.plugin.diagnosis;

/**
 * How much one segment moved the metric: its sums and its own metric value in both periods, its weight (for a ratio,
 * its share of the denominator, averaged over the periods; 1 for a sum), and its share of the total change split
 * into a rate effect (its own value changed) and a mix effect (its weight changed). For sums the whole contribution
 * is the segment's own change and the mix effect is zero.
 */
public record Contribution(Segment segment, BaseSums before, BaseSums after, double valueBefore, double valueAfter,
                           double weight, double rateEffect, double mixEffect) {

    /** The segment's contribution to the total change, in the metric's unit. */
    public double total() {
        return rateEffect + mixEffect;
    }

    /** The segment's own relative change ((after − before) / |before|), NaN where it has no value before. */
    public double relativeChange() {
        return Changes.relative(valueBefore, valueAfter);
    }
}
