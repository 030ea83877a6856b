package io.adcopilot.agent.nlu.slot;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ad domain's slots and which intents take which (ad-domain.md). */
public final class SlotNames {

    public static final String METRICS = "metrics";
    public static final String TIME_RANGE = "time_range";
    public static final String COMPARE_TO = "compare_to";
    public static final String DIMENSIONS = "dimensions";
    public static final String CAMPAIGN = "campaign";
    public static final String AD_GROUP = "ad_group";
    public static final String CREATIVE = "creative";
    public static final String REGION = "region";
    public static final String DEVICE = "device";
    public static final String GENDER = "gender";
    public static final String AGE = "age";
    public static final String ORDER = "order";
    public static final String LIMIT = "limit";
    public static final String BUDGET = "budget";
    public static final String BID = "bid";
    public static final String STATUS = "status";
    public static final String ENTITY_TYPE = "entity_type";
    public static final String REVIEW_STATUS = "review_status";

    /** Slots whose value is a list of strings. */
    public static final Set<String> LISTS = Set.of(METRICS, DIMENSIONS, CAMPAIGN, AD_GROUP, CREATIVE, REGION, DEVICE,
            GENDER, AGE);
    /** Slots that name entities, by kind. */
    public static final List<String> ENTITIES = List.of(CAMPAIGN, AD_GROUP, CREATIVE);

    public static final Map<String, Set<String>> BY_INTENT = Map.of(
            "query_metrics", Set.of(METRICS, TIME_RANGE, COMPARE_TO, DIMENSIONS, CAMPAIGN, AD_GROUP, CREATIVE, REGION,
                    DEVICE, GENDER, AGE, ORDER, LIMIT),
            "diagnose_change", Set.of(METRICS, TIME_RANGE, COMPARE_TO, CAMPAIGN, AD_GROUP, CREATIVE, REGION, DEVICE),
            "update_budget", Set.of(CAMPAIGN, BUDGET),
            "update_bid", Set.of(AD_GROUP, BID),
            "update_status", Set.of(CAMPAIGN, AD_GROUP, CREATIVE, STATUS),
            "list_entities", Set.of(ENTITY_TYPE, STATUS, CAMPAIGN, REVIEW_STATUS),
            "account_balance", Set.of(),
            "knowledge_qa", Set.of(),
            "smalltalk", Set.of(),
            "out_of_scope", Set.of());

    private SlotNames() {}

    /** The slots an intent takes; unknown intents (from plugins) take whatever they were given. */
    public static Set<String> of(String intent) {
        return BY_INTENT.get(intent);
    }
}
