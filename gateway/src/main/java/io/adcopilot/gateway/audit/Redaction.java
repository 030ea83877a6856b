package io.adcopilot.gateway.audit;

import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Arguments as the audit log may keep them: secrets replaced, long texts cut. */
public final class Redaction {

    private static final Set<String> SECRET = Set.of("token", "secret", "password", "authorization", "api_key",
            "apikey", "confirmation_token");
    private static final int MAX_TEXT = 500;

    private Redaction() {}

    public static JsonNode redact(JsonNode arguments) {
        if (arguments == null) return null;
        JsonNode copy = arguments.deepCopy();
        walk(copy);
        return copy;
    }

    private static void walk(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : Set.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                String lower = name.toLowerCase(Locale.ROOT);
                if (SECRET.stream().anyMatch(lower::contains)) {
                    object.put(name, "[redacted]");
                } else if (value.isString() && value.asString().length() > MAX_TEXT) {
                    object.put(name, value.asString().substring(0, MAX_TEXT) + "…");
                } else {
                    walk(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(Redaction::walk);
        }
    }
}
