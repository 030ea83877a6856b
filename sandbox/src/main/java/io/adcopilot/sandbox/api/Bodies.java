package io.adcopilot.sandbox.api;

import io.adcopilot.sandbox.PlatformException;
import io.adcopilot.sandbox.SandboxJson;
import io.adcopilot.sandbox.manage.Patch;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reading request bodies, with errors that name the field and say what is allowed. */
final class Bodies {

    private Bodies() {}

    static JsonNode object(String body) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : SandboxJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw PlatformException.invalid(null, "request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw PlatformException.invalid(null, "request body must be a JSON object");
        }
        return node;
    }

    static void onlyFields(JsonNode body, Set<String> allowed) {
        for (String name : body.propertyNames()) {
            if (!allowed.contains(name)) {
                throw PlatformException.invalid(name, "unknown field '" + name + "'; allowed: "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** A patch body: the fields allowed for the entity, and {@code version} (or an If-Match header). */
    static Patch patch(String body, Set<String> fields, String ifMatch) {
        JsonNode node = object(body);
        var allowed = new TreeSet<>(fields);
        allowed.add("version");
        onlyFields(node, allowed);
        if (fields.stream().noneMatch(node::has)) {
            throw PlatformException.invalid(null, "nothing to update: send at least one of "
                    + String.join(", ", new TreeSet<>(fields)));
        }
        Optional<Long> version = Optional.ofNullable(node.get("version")).map(v -> {
            if (!v.isIntegralNumber()) throw PlatformException.invalid("version", "version must be an integer");
            return v.asLong();
        });
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim().replace("W/", "").replace("\"", "");
            try {
                version = Optional.of(Long.parseLong(tag));
            } catch (NumberFormatException e) {
                throw PlatformException.invalid("If-Match", "If-Match must carry the entity's version, e.g. \"3\"");
            }
        }
        return new Patch(decimal(node, "daily_budget"), decimal(node, "bid"), text(node, "status"), version);
    }

    static Optional<BigDecimal> decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null) return Optional.empty();
        if (!v.isNumber()) throw PlatformException.invalid(field, field + " must be a number (CNY); got " + v);
        return Optional.of(v.decimalValue());
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null) return Optional.empty();
        if (!v.isString()) throw PlatformException.invalid(field, field + " must be a string; got " + v);
        return Optional.of(v.asString());
    }
}
