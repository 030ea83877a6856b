package io.adcopilot.agent.semantic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The semantic layer of report metrics: five sums and six metrics derived from sums (never averaged ratios), with
 * labels in Chinese and English, units, and which way is better.
 */
public final class Metrics {

    private static final Map<String, MetricDefinition> ALL = new LinkedHashMap<>();

    static {
        add(new MetricDefinition("impressions", "展示", "impressions", MetricDefinition.Unit.COUNT, false, null, null, 1));
        add(new MetricDefinition("clicks", "点击", "clicks", MetricDefinition.Unit.COUNT, false, null, null, 1));
        add(new MetricDefinition("cost", "消耗", "spend", MetricDefinition.Unit.MONEY, false, null, null, 1));
        add(new MetricDefinition("conversions", "转化", "conversions", MetricDefinition.Unit.COUNT, false, null, null, 1));
        add(new MetricDefinition("revenue", "成交额", "revenue", MetricDefinition.Unit.MONEY, false, null, null, 1));
        add(new MetricDefinition("ctr", "点击率", "CTR", MetricDefinition.Unit.PERCENT, false, "clicks", "impressions", 1));
        add(new MetricDefinition("cpc", "点击成本", "CPC", MetricDefinition.Unit.MONEY, true, "cost", "clicks", 1));
        add(new MetricDefinition("cpm", "千次展示成本", "CPM", MetricDefinition.Unit.MONEY, true, "cost", "impressions", 1000));
        add(new MetricDefinition("cvr", "转化率", "CVR", MetricDefinition.Unit.PERCENT, false, "conversions", "clicks", 1));
        add(new MetricDefinition("cpa", "转化成本", "CPA", MetricDefinition.Unit.MONEY, true, "cost", "conversions", 1));
        add(new MetricDefinition("roi", "ROI", "ROI", MetricDefinition.Unit.RATIO, false, "revenue", "cost", 1));
    }

    /** What a question about "the data" shows when it names no metric. */
    public static final List<String> OVERVIEW = List.of("cost", "impressions", "clicks", "ctr", "conversions", "cpa");
    public static final List<String> SUMS = List.of("impressions", "clicks", "cost", "conversions", "revenue");

    private Metrics() {}

    private static void add(MetricDefinition m) {
        ALL.put(m.key(), m);
    }

    public static MetricDefinition of(String key) {
        MetricDefinition m = ALL.get(key);
        if (m == null) throw new IllegalArgumentException("unknown metric " + key);
        return m;
    }
}
