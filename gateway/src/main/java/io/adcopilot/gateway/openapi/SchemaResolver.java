package io.adcopilot.gateway.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an OpenAPI schema into a self-contained JSON Schema: local {@code $ref}s are inlined, OpenAPI 3.0's
 * {@code nullable} becomes a type union, vendor extensions are dropped except {@code x-description-zh}, which is
 * folded into the description. A cycle or an unresolvable reference is reported, not dropped.
 */
final class SchemaResolver {

    private static final List<String> OPENAPI_ONLY = List.of("example", "xml", "externalDocs", "discriminator");

    private final JsonNode document;
    private final List<String> problems;

    SchemaResolver(JsonNode document, List<String> problems) {
        this.document = document;
        this.problems = problems;
    }

    JsonNode resolve(JsonNode schema, String where) {
        return resolve(schema, where, new ArrayDeque<>());
    }

    private JsonNode resolve(JsonNode schema, String where, Deque<String> refs) {
        if (schema == null || schema.isMissingNode() || schema.isNull()) return JsonNodeFactory.instance.objectNode();
        if (schema.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : schema) out.add(resolve(item, where, refs));
            return out;
        }
        if (!schema.isObject()) return schema;
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            if (!ref.startsWith("#/")) {
                problems.add(where + ": external reference " + ref + " is not supported; the tool accepts any value there");
                return JsonNodeFactory.instance.objectNode();
            }
            if (refs.contains(ref)) {
                problems.add(where + ": recursive schema " + ref + " is cut at its second level");
                return JsonNodeFactory.instance.objectNode();
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                problems.add(where + ": unresolvable reference " + ref);
                return JsonNodeFactory.instance.objectNode();
            }
            refs.push(ref);
            JsonNode resolved = resolve(target, where, refs);
            refs.pop();
            return resolved;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (var entry : schema.properties()) {
            String key = entry.getKey();
            if (key.startsWith("x-") || OPENAPI_ONLY.contains(key) || key.equals("nullable")) continue;
            if (key.equals("properties") || key.equals("patternProperties") || key.equals("$defs")) {
                ObjectNode props = JsonNodeFactory.instance.objectNode();
                for (var p : entry.getValue().properties()) props.set(p.getKey(), resolve(p.getValue(), where, refs));
                out.set(key, props);
            } else if (entry.getValue().isContainer()) {
                out.set(key, resolve(entry.getValue(), where, refs));
            } else {
                out.set(key, entry.getValue());
            }
        }
        if (schema.path("nullable").asBoolean(false) && out.has("type") && out.get("type").isString()) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(out.get("type").asString()).add("null");
            out.set("type", types);
        }
        String zh = schema.path("x-description-zh").asString("");
        if (!zh.isBlank()) {
            String en = out.path("description").asString("");
            out.put("description", en.isBlank() ? zh : en + " / " + zh);
        }
        return out;
    }
}
