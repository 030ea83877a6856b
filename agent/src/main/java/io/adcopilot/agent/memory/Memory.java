package io.adcopilot.agent.memory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something the copilot remembers about an advertiser: a preference that sets defaults (metrics or breakdowns to
 * show when none are asked for) or a fact about their account, as they said it.
 */
public record Memory(String id, String advertiserId, String kind, String text, Map<String, List<String>> defaults,
                     Instant createdAt) {

    public static final String PREFERENCE = "preference";
    public static final String FACT = "fact";

    public Memory {
        defaults = Map.copyOf(defaults);
    }
}
