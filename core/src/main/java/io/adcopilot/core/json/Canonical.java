package io.adcopilot.core.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON in one canonical text (object keys sorted, numbers as written), and its SHA-256 digest. */
public final class Canonical {

    private Canonical() {}

    public static JsonNode sorted(JsonNode node) {
        if (node == null) return JsonNodeFactory.instance.nullNode();
        if (node.isObject()) {
            var fields = new TreeMap<String, JsonNode>();
            for (var e : node.properties()) fields.put(e.getKey(), sorted(e.getValue()));
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        if (node.isNumber()) return JsonNodeFactory.instance.numberNode(node.decimalValue().stripTrailingZeros());
        return node;
    }

    public static String text(JsonNode node) {
        return Json.MAPPER.writeValueAsString(sorted(node));
    }

    public static String digest(JsonNode node) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text(node).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
