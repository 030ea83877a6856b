package io.adcopilot.agent.plugin.diagnosis;

import java.util.List;
import java.util.Set;

/** The dimensions a diagnosis breaks a change down by, and how they relate. */
final class Dimensions {

    static final String CAMPAIGN = "campaign";
    static final String AD_GROUP = "ad_group";
    static final String CREATIVE = "creative";
    static final String REGION = "region";
    static final String DEVICE = "device";
    static final String GENDER = "gender";
    static final String AGE = "age";

    /** Every dimension, coarse entities first, then the audience. */
    static final List<String> ORDER = List.of(CAMPAIGN, AD_GROUP, CREATIVE, REGION, DEVICE, GENDER, AGE);

    /** The audience dimensions: every fact row has one value of each, so one grouped query covers them all. */
    static final List<String> AUDIENCE = List.of(REGION, DEVICE, GENDER, AGE);

    /** The entity dimensions: campaigns contain ad groups, which contain creatives. */
    static final List<String> ENTITIES = List.of(CAMPAIGN, AD_GROUP, CREATIVE);

    /** The dimensions a request may filter by. */
    static final Set<String> FILTERABLE = Set.of(CAMPAIGN, AD_GROUP, CREATIVE, REGION, DEVICE, GENDER, AGE);

    private Dimensions() {}

    static int rank(String dimension) {
        int i = ORDER.indexOf(dimension);
        return i < 0 ? ORDER.size() : i;
    }

    static boolean isAudience(String dimension) {
        return AUDIENCE.contains(dimension);
    }

    /** Whether every segment of {@code inner} lies inside one segment of {@code outer} (an ad group in its campaign). */
    static boolean isInside(String inner, String outer) {
        return ENTITIES.contains(inner) && ENTITIES.contains(outer) && ENTITIES.indexOf(outer) < ENTITIES.indexOf(inner);
    }
}
