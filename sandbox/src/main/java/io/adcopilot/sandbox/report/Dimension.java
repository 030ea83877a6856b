package io.adcopilot.sandbox.report;

import java.util.Arrays;
import java.util.Optional;

/** What report rows can be grouped and filtered by. */
public enum Dimension {
    DATE("date", "date", false),
    CAMPAIGN("campaign", "campaign_id", true),
    AD_GROUP("ad_group", "ad_group_id", true),
    CREATIVE("creative", "creative_id", true),
    REGION("region", "region", false),
    DEVICE("device", "device", false),
    GENDER("gender", "gender", false),
    AGE("age", "age", false);

    private final String key;
    private final String column;
    private final boolean entity;

    Dimension(String key, String column, boolean entity) {
        this.key = key;
        this.column = column;
        this.entity = entity;
    }

    public String key() {
        return key;
    }

    String column() {
        return column;
    }

    /** Campaigns, ad groups and creatives: their rows also carry a {@code <key>_name}. */
    public boolean isEntity() {
        return entity;
    }

    public static Optional<Dimension> of(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
