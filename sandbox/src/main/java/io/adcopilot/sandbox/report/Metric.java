package io.adcopilot.sandbox.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/** Report metrics. Derived metrics are computed from sums over the selected rows, never by averaging ratios. */
public enum Metric {
    IMPRESSIONS("impressions", "coalesce(sum(impressions), 0)", Unit.COUNT),
    CLICKS("clicks", "coalesce(sum(clicks), 0)", Unit.COUNT),
    COST("cost", "coalesce(sum(cost), 0)", Unit.MONEY),
    CONVERSIONS("conversions", "coalesce(sum(conversions), 0)", Unit.COUNT),
    REVENUE("revenue", "coalesce(sum(revenue), 0)", Unit.MONEY),
    CTR("ctr", "sum(clicks)::DOUBLE / nullif(sum(impressions), 0)", Unit.FRACTION),
    CPC("cpc", "sum(cost)::DOUBLE / nullif(sum(clicks), 0)", Unit.MONEY),
    CPM("cpm", "sum(cost)::DOUBLE * 1000 / nullif(sum(impressions), 0)", Unit.MONEY),
    CVR("cvr", "sum(conversions)::DOUBLE / nullif(sum(clicks), 0)", Unit.FRACTION),
    CPA("cpa", "sum(cost)::DOUBLE / nullif(sum(conversions), 0)", Unit.MONEY),
    ROI("roi", "sum(revenue)::DOUBLE / nullif(sum(cost), 0)", Unit.RATIO);

    /** How a metric's value is written: whole counts, CNY with two decimals, fractions (ctr, cvr), ratios (roi). */
    public enum Unit { COUNT, MONEY, FRACTION, RATIO }

    private final String key;
    private final String sql;
    private final Unit unit;

    Metric(String key, String sql, Unit unit) {
        this.key = key;
        this.sql = sql;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    String sql() {
        return sql;
    }

    public Unit unit() {
        return unit;
    }

    public static Optional<Metric> of(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }

    /** The value as the API returns it, or null where a ratio has no denominator. */
    Object present(Object raw) {
        if (raw == null) return null;
        return switch (unit) {
            case COUNT -> ((Number) raw).longValue();
            case MONEY -> new BigDecimal(raw.toString()).setScale(2, RoundingMode.HALF_UP);
            case FRACTION -> new BigDecimal(raw.toString()).setScale(6, RoundingMode.HALF_UP);
            case RATIO -> new BigDecimal(raw.toString()).setScale(4, RoundingMode.HALF_UP);
        };
    }
}
