package io.adcopilot.eval.nlu;

import io.adcopilot.core.json.Canonical;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A frame's slots as the set of (slot, value) pairs that scoring compares (ad-domain.md): one pair per element of a
 * list slot, one per object slot (time_range, compare_to, budget, bid, order) and one per scalar slot; numbers
 * compare by value, other keys are ignored.
 */
public final class SlotPairs {

    static final Set<String> LISTS = Set.of("metrics", "dimensions", "campaign", "ad_group", "creative", "region",
            "device", "gender", "age");
    static final Set<String> OBJECTS = Set.of("time_range", "compare_to", "budget", "bid", "order");
    static final Set<String> SCALARS = Set.of("limit", "status", "entity_type", "review_status");

    /** One compared pair: the slot and its value in canonical JSON. */
    public record Pair(String slot, String value) {}

    private SlotPairs() {}

    public static Set<Pair> of(JsonNode slots) {
        Set<Pair> out = new LinkedHashSet<>();
        if (slots == null || !slots.isObject()) return out;
        for (var e : slots.properties()) {
            String slot = e.getKey();
            JsonNode v = e.getValue();
            if (v == null || v.isNull()) continue;
            if (LISTS.contains(slot)) {
                if (v.isArray()) v.forEach(item -> out.add(new Pair(slot, Canonical.text(item))));
                else out.add(new Pair(slot, Canonical.text(v)));
            } else if (OBJECTS.contains(slot) || SCALARS.contains(slot)) {
                out.add(new Pair(slot, Canonical.text(v)));
            }
        }
        return out;
    }
}
