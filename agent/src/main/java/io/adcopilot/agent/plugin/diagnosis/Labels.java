package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.turn.Language;
import java.util.Map;
import java.util.stream.Collectors;

/** How metrics, dimensions and segments are named in each language. */
final class Labels {

    private static final Map<Metric, String> METRICS_ZH = Map.ofEntries(
            Map.entry(Metric.IMPRESSIONS, "展示量"), Map.entry(Metric.CLICKS, "点击量"), Map.entry(Metric.COST, "花费"),
            Map.entry(Metric.CONVERSIONS, "转化数"), Map.entry(Metric.REVENUE, "收入"), Map.entry(Metric.CTR, "CTR"),
            Map.entry(Metric.CPC, "CPC"), Map.entry(Metric.CPM, "CPM"), Map.entry(Metric.CVR, "CVR"),
            Map.entry(Metric.CPA, "CPA"), Map.entry(Metric.ROI, "ROI"), Map.entry(Metric.AOV, "客单价"));
    private static final Map<Metric, String> METRICS_EN = Map.ofEntries(
            Map.entry(Metric.IMPRESSIONS, "impressions"), Map.entry(Metric.CLICKS, "clicks"),
            Map.entry(Metric.COST, "cost"), Map.entry(Metric.CONVERSIONS, "conversions"),
            Map.entry(Metric.REVENUE, "revenue"), Map.entry(Metric.CTR, "CTR"), Map.entry(Metric.CPC, "CPC"),
            Map.entry(Metric.CPM, "CPM"), Map.entry(Metric.CVR, "CVR"), Map.entry(Metric.CPA, "CPA"),
            Map.entry(Metric.ROI, "ROI"), Map.entry(Metric.AOV, "AOV"));
    private static final Map<String, String> DIMENSIONS_ZH = Map.of("campaign", "计划", "ad_group", "广告组",
            "creative", "创意", "region", "地域", "device", "设备", "gender", "性别", "age", "年龄");
    private static final Map<String, String> DIMENSIONS_EN = Map.of("campaign", "campaign", "ad_group", "ad group",
            "creative", "creative", "region", "region", "device", "device", "gender", "gender", "age", "age");
    private static final Map<String, String> VALUES_ZH = Map.of("ios", "iOS", "android", "安卓", "pc", "PC",
            "male", "男性", "female", "女性");
    private static final Map<String, String> VALUES_EN = Map.of("ios", "iOS", "android", "Android", "pc", "PC",
            "male", "men", "female", "women");

    private Labels() {}

    static String metric(Metric metric, Language language) {
        return (language == Language.ZH ? METRICS_ZH : METRICS_EN).get(metric);
    }

    static String dimension(String dimension, Language language) {
        return (language == Language.ZH ? DIMENSIONS_ZH : DIMENSIONS_EN).getOrDefault(dimension, dimension);
    }

    /** 广东·安卓, 计划「双十一大促」; 广东 · Android, campaign "Singles' Day". */
    static String segment(Segment segment, Language language) {
        return segment.facets().stream().map(f -> facet(f, language))
                .collect(Collectors.joining(language == Language.ZH ? "·" : " · "));
    }

    static String facet(Facet facet, Language language) {
        boolean zh = language == Language.ZH;
        return switch (facet.dimension()) {
            case "campaign", "ad_group", "creative" -> zh
                    ? dimension(facet.dimension(), language) + "「" + facet.name() + "」"
                    : dimension(facet.dimension(), language) + " \"" + facet.name() + "\"";
            case "age" -> age(facet.value(), zh);
            default -> (zh ? VALUES_ZH : VALUES_EN).getOrDefault(facet.value(), facet.value());
        };
    }

    private static String age(String value, boolean zh) {
        if (!zh) return "age " + value;
        return value.endsWith("+") ? value.substring(0, value.length() - 1) + "岁及以上" : value + "岁";
    }
}
