package io.adcopilot.gateway.confirm;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Preview;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.gateway.GatewayTool;
import io.adcopilot.gateway.ToolFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a write's preview: reads the entity's current state with the write's read counterpart (same path, GET)
 * and pairs each field the write would set with its current value.
 */
public final class PreviewBuilder {

    /** Arguments that address or guard the entity rather than change it. */
    private static final Set<String> NOT_CHANGES = Set.of("id", "version", "if_match");

    private final Map<String, GatewayTool> tools;

    public PreviewBuilder(Map<String, GatewayTool> tools) {
        this.tools = tools;
    }

    public Preview build(GatewayTool write, JsonNode arguments, Principal principal) throws ToolFailure {
        JsonNode current = Json.object();
        var reader = write.currentState().map(tools::get);
        if (reader.isPresent()) {
            ObjectNode readArguments = Json.object();
            for (String name : reader.get().spec().inputSchema().path("properties").propertyNames()) {
                if (arguments.has(name)) readArguments.set(name, arguments.get(name));
            }
            current = reader.get().backend().run(readArguments, principal);
        }
        List<Preview.FieldChange> changes = new ArrayList<>();
        for (var argument : arguments.properties()) {
            String field = argument.getKey();
            if (NOT_CHANGES.contains(field)) continue;
            JsonNode was = current.get(field);
            changes.add(new Preview.FieldChange(field, was, argument.getValue(), percent(was, argument.getValue())));
        }
        String entityId = arguments.path("id").asString(current.path("id").asString(null));
        return new Preview(write.spec().name(), entityId, current.path("name").asString(null), changes, List.of(), false);
    }

    private static Double percent(JsonNode was, JsonNode proposed) {
        if (was == null || !was.isNumber() || !proposed.isNumber() || was.decimalValue().signum() == 0) return null;
        double before = was.asDouble();
        return Math.round((proposed.asDouble() - before) / before * 10_000) / 100.0;
    }
}
