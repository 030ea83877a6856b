package io.adcopilot.eval.nlu;

import io.adcopilot.core.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One line of a predictions file (ad-domain.md): the item id, the predicted intent, slots and confidence. */
public record Prediction(String id, String intent, JsonNode slots, double confidence) {

    public ObjectNode toJson() {
        ObjectNode out = Json.object().put("id", id).put("intent", intent)
                .put("confidence", Math.round(confidence * 10_000) / 10_000.0);
        out.set("slots", slots);
        return out;
    }

    public static Prediction fromJson(JsonNode n) {
        return new Prediction(n.path("id").asString(), n.path("intent").isNull() ? null : n.path("intent").asString(null),
                n.path("slots"), n.path("confidence").asDouble(0));
    }
}
