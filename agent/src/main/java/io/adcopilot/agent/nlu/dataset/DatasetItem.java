package io.adcopilot.agent.nlu.dataset;

import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.Turn;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.json.Json;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One labelled utterance of a dataset (ad-domain.md): id, now, advertiser, history, text, intent, slots. */
public record DatasetItem(String id, OffsetDateTime now, String advertiser, List<Turn> history, String text,
                          String intent, Slots slots) {

    public DatasetItem {
        history = List.copyOf(history);
    }

    /** The item's context for a principal of its advertiser. */
    public NluContext context(java.util.function.Function<String, Principal> principals) {
        return new NluContext(principals.apply(advertiser), now.toZonedDateTime(), history);
    }

    public static DatasetItem fromJson(JsonNode n) {
        List<Turn> history = new ArrayList<>();
        n.path("history").forEach(t -> history.add(new Turn(t.path("role").asString("user"), t.path("text").asString())));
        return new DatasetItem(n.path("id").asString(), OffsetDateTime.parse(n.path("now").asString()),
                n.path("advertiser").asString(), history, n.path("text").asString(), n.path("intent").asString(null),
                Slots.fromJson(n.path("slots")));
    }

    public ObjectNode toJson() {
        ObjectNode out = Json.object().put("id", id).put("now", now.toString()).put("advertiser", advertiser);
        if (!history.isEmpty()) {
            var array = out.putArray("history");
            history.forEach(t -> array.addObject().put("role", t.role()).put("text", t.text()));
        }
        out.put("text", text);
        if (intent != null) out.put("intent", intent);
        out.set("slots", slots.toJson());
        return out;
    }
}
