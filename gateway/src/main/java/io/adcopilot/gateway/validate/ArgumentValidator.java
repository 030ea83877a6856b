package io.adcopilot.gateway.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.adcopilot.core.tool.ToolResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Checks arguments against a tool's input JSON Schema (2020-12) and explains what is wrong: which field, the
 * problem, and what the schema allows there.
 */
public final class ArgumentValidator {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public Optional<ToolResult.Failure> check(String tool, JsonNode inputSchema, JsonNode arguments) {
        Schema schema = schemas.computeIfAbsent(tool, t -> registry.getSchema(inputSchema));
        List<Error> errors = schema.validate(arguments);
        if (errors.isEmpty()) return Optional.empty();
        var message = new StringJoiner("; ");
        var allowed = new StringJoiner("; ");
        for (Error e : errors) {
            message.add(e.getMessage());
            describeAllowed(schemaAt(inputSchema, e), fieldOf(e)).ifPresent(allowed::add);
        }
        String field = fieldOf(errors.get(0));
        String hint = allowed.length() > 0 ? "Allowed: " + allowed + ". Fix the arguments and call again."
                : "Fix the arguments to match the tool's input schema and call again.";
        return Optional.of(new ToolResult.Failure("invalid_arguments", message.toString(), hint, field, null));
    }

    /** The argument's path, e.g. {@code time_range.start} or {@code metrics[1]}; {@code null} for the whole object. */
    private static String fieldOf(Error e) {
        var path = new StringBuilder();
        for (String segment : e.getInstanceLocation().toString().split("/")) {
            if (segment.isEmpty() || segment.equals("$")) continue;
            if (segment.chars().allMatch(Character::isDigit)) path.append('[').append(segment).append(']');
            else path.append(path.length() == 0 ? "" : ".").append(segment);
        }
        if (e.getProperty() != null && (e.getKeyword().equals("required") || e.getKeyword().equals("additionalProperties"))) {
            path.append(path.length() == 0 ? "" : ".").append(e.getProperty());
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** The schema object whose keyword the error broke (the error's schema location without that keyword). */
    private static JsonNode schemaAt(JsonNode inputSchema, Error e) {
        var fragment = e.getSchemaLocation().getFragment();
        var pointer = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) pointer.append('/').append(fragment.getName(i));
        return inputSchema.at(pointer.toString());
    }

    private static Optional<String> describeAllowed(JsonNode schema, String field) {
        if (schema == null || !schema.isObject()) return Optional.empty();
        var parts = new StringJoiner(", ");
        if (schema.has("enum")) parts.add("one of " + schema.get("enum"));
        if (schema.has("type")) parts.add("type " + schema.get("type"));
        if (schema.has("minimum")) parts.add("≥ " + schema.get("minimum"));
        if (schema.has("maximum")) parts.add("≤ " + schema.get("maximum"));
        if (schema.has("pattern")) parts.add("matching " + schema.get("pattern").asString());
        if (schema.has("format")) parts.add("format " + schema.get("format").asString());
        if (parts.length() == 0) return Optional.empty();
        return Optional.of((field == null ? "arguments" : field) + ": " + parts);
    }
}
