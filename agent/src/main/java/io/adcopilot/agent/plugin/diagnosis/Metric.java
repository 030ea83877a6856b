package io.adcopilot.agent.plugin.diagnosis;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a diagnosis can explain: the platform's five base sums and the ratios computed from them (as the platform
 * computes them: from sums, never by averaging ratios), plus {@code aov} (revenue per conversion), which explains ROI.
 */
public enum Metric {
    IMPRESSIONS("impressions", Unit.COUNT),
    CLICKS("clicks", Unit.COUNT),
    COST("cost", Unit.MONEY),
    CONVERSIONS("conversions", Unit.COUNT),
    REVENUE("revenue", Unit.MONEY),
    CTR("ctr", Unit.FRACTION, CLICKS, IMPRESSIONS, 1),
    CPC("cpc", Unit.MONEY, COST, CLICKS, 1),
    CPM("cpm", Unit.MONEY, COST, IMPRESSIONS, 1000),
    CVR("cvr", Unit.FRACTION, CONVERSIONS, CLICKS, 1),
    CPA("cpa", Unit.MONEY, COST, CONVERSIONS, 1),
    ROI("roi", Unit.RATIO, REVENUE, COST, 1),
    AOV("aov", Unit.MONEY, REVENUE, CONVERSIONS, 1);

    /** How a value is written: whole counts, CNY with two decimals, fractions as percentages, plain ratios. */
    public enum Unit { COUNT, MONEY, FRACTION, RATIO }

    private final String key;
    private final Unit unit;
    private final Metric numerator;
    private final Metric denominator;
    private final double scale;

    Metric(String key, Unit unit) {
        this(key, unit, null, null, 1);
    }

    Metric(String key, Unit unit, Metric numerator, Metric denominator, double scale) {
        this.key = key;
        this.unit = unit;
        this.numerator = numerator;
        this.denominator = denominator;
        this.scale = scale;
    }

    public String key() {
        return key;
    }

    public Unit unit() {
        return unit;
    }

    /** A ratio of two sums (ctr, cpc, cpm, cvr, cpa, roi, aov), as opposed to a sum itself. */
    public boolean isRatio() {
        return denominator != null;
    }

    /** The sum a ratio divides by (impressions for ctr and cpm, clicks for cpc and cvr, ...); empty for sums. */
    public Optional<Metric> denominatorMetric() {
        return Optional.ofNullable(denominator);
    }

    /** The scaled numerator of a ratio (cost × 1000 for cpm), or the sum itself. */
    public double numerator(BaseSums sums) {
        return isRatio() ? numerator.numerator(sums) * scale : sums.get(this);
    }

    /** The denominator of a ratio; 1 for a sum. */
    public double denominator(BaseSums sums) {
        return isRatio() ? sums.get(denominator) : 1;
    }

    /** The metric's value over these sums, or NaN where a ratio has nothing to divide by. */
    public double valueOf(BaseSums sums) {
        double d = denominator(sums);
        return d == 0 ? Double.NaN : numerator(sums) / d;
    }

    public static Optional<Metric> of(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
