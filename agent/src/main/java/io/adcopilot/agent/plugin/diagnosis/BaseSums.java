package io.adcopilot.agent.plugin.diagnosis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The five sums every metric is computed from, over some set of report rows. */
public record BaseSums(double impressions, double clicks, double cost, double conversions, double revenue) {

    public static final BaseSums ZERO = new BaseSums(0, 0, 0, 0, 0);

    /** The metric keys a diagnosis asks the platform for. */
    public static final List<String> KEYS = List.of("impressions", "clicks", "cost", "conversions", "revenue");

    /** The sums in a report row or totals map (numbers by metric key; missing or null counts as zero). */
    public static BaseSums of(Map<String, ?> values) {
        return new BaseSums(number(values, "impressions"), number(values, "clicks"), number(values, "cost"),
                number(values, "conversions"), number(values, "revenue"));
    }

    /** Whether every listed metric key has a value in {@code values}. */
    public static boolean complete(Map<String, ?> values) {
        return KEYS.stream().allMatch(k -> values.get(k) != null);
    }

    public double get(Metric base) {
        return switch (base) {
            case IMPRESSIONS -> impressions;
            case CLICKS -> clicks;
            case COST -> cost;
            case CONVERSIONS -> conversions;
            case REVENUE -> revenue;
            default -> throw new IllegalArgumentException(base + " is not a base sum");
        };
    }

    public BaseSums plus(BaseSums o) {
        return new BaseSums(impressions + o.impressions, clicks + o.clicks, cost + o.cost,
                conversions + o.conversions, revenue + o.revenue);
    }

    public BaseSums minus(BaseSums o) {
        return new BaseSums(impressions - o.impressions, clicks - o.clicks, cost - o.cost,
                conversions - o.conversions, revenue - o.revenue);
    }

    /** No delivery at all: nothing shown, clicked, spent, converted or earned. */
    public boolean isEmpty() {
        return impressions == 0 && clicks == 0 && cost == 0 && conversions == 0 && revenue == 0;
    }

    private static double number(Map<String, ?> values, String key) {
        Object v = values.get(key);
        if (v == null) return 0;
        if (v instanceof BigDecimal d) return d.doubleValue();
        if (v instanceof Number n) return n.doubleValue();
        return new BigDecimal(v.toString()).doubleValue();
    }
}
