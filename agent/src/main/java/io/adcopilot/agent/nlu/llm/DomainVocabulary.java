package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.slot.SlotNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ad domain's closed vocabularies (ad-domain.md): the intents in a fixed order with what each means, and the
 * values each closed slot may take. The tool schema, the prompt and the validation all read them from here.
 */
final class DomainVocabulary {

    static final Map<String, String> INTENTS = intents();

    static final List<String> METRICS = List.of("impressions", "clicks", "cost", "conversions", "revenue", "ctr",
            "cpc", "cpm", "cvr", "cpa", "roi");
    static final List<String> DIRECTIONS = List.of("desc", "asc");
    static final List<String> OPS = List.of("set", "increase", "decrease");
    static final List<String> UNITS = List.of("CNY", "percent");
    static final List<String> ENTITY_KINDS = List.of(SlotNames.CAMPAIGN, SlotNames.AD_GROUP, SlotNames.CREATIVE);

    /** Province-level regions, as the {@code region} slot names them: in Chinese, without 省/市/自治区. */
    static final List<String> REGIONS = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江",
            "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南",
            "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");

    /** The values of closed slots, by slot: list slots take several, the others one. */
    static final Map<String, List<String>> VALUES = Map.of(
            SlotNames.METRICS, METRICS,
            SlotNames.DIMENSIONS, List.of("date", "campaign", "ad_group", "creative", "region", "device", "gender", "age"),
            SlotNames.REGION, REGIONS,
            SlotNames.DEVICE, List.of("ios", "android", "pc"),
            SlotNames.GENDER, List.of("male", "female"),
            SlotNames.AGE, List.of("18-23", "24-30", "31-40", "41-49", "50+"),
            SlotNames.STATUS, List.of("paused", "active"),
            SlotNames.ENTITY_TYPE, List.of("campaign", "ad_group", "creative"),
            SlotNames.REVIEW_STATUS, List.of("approved", "pending", "rejected"));

    private DomainVocabulary() {}

    private static Map<String, String> intents() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("query_metrics", "numbers from reports: totals, breakdowns, trends, rankings, comparisons");
        out.put("diagnose_change", "why a metric went up or down");
        out.put("update_budget", "change a campaign's daily budget");
        out.put("update_bid", "change an ad group's bid");
        out.put("update_status", "pause or resume a campaign, ad group or creative");
        out.put("list_entities", "list campaigns / ad groups / creatives, optionally filtered");
        out.put("account_balance", "account balance / remaining funds");
        out.put("knowledge_qa", "how-to, policy and concept questions about advertising on the platform");
        out.put("smalltalk", "greetings, thanks, who are you");
        out.put("out_of_scope", "anything an ad copilot cannot serve (weather, poems, stocks, other products)");
        return java.util.Collections.unmodifiableMap(out);
    }
}
