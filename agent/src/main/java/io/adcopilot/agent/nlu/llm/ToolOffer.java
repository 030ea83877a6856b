package io.adcopilot.agent.nlu.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.openapi.OpenApiImporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tools offered to the model for one request: {@code report_frames} always, and the gateway's tools retrieved for
 * the request whose calls can be read as frames ({@link ToolFrames}), with the arguments the model must not set taken
 * out of their schemas: the confirmation protocol's ({@code confirmation_token}, {@code acknowledge_warnings},
 * {@code idempotency_key}), and a write's optimistic-concurrency ones ({@code if_match}, {@code version}), which only
 * the plugin that read the entity knows. The arguments of a call are validated against the schema as offered.
 */
final class ToolOffer {

    static final Set<String> CONTROL_ARGUMENTS = Set.of(OpenApiImporter.CONFIRMATION_TOKEN,
            OpenApiImporter.ACKNOWLEDGE_WARNINGS, OpenApiImporter.IDEMPOTENCY_KEY);
    static final Set<String> CONCURRENCY_ARGUMENTS = Set.of("if_match", "version");

    static final ToolOffer NONE = new ToolOffer(Map.of());

    private final Map<String, ToolSpec> tools;

    private ToolOffer(Map<String, ToolSpec> tools) {
        this.tools = tools;
    }

    /** The retrieved tools that map to frames, in the order given, once each, their schemas stripped. */
    static ToolOffer of(Collection<ToolSpec> retrieved) {
        if (retrieved == null || retrieved.isEmpty()) return NONE;
        Map<String, ToolSpec> tools = new LinkedHashMap<>();
        for (ToolSpec spec : retrieved) {
            if (spec == null || !ToolFrames.maps(spec.name()) || tools.containsKey(spec.name())) continue;
            if (spec.inputSchema() == null || !spec.inputSchema().isObject()) continue;
            tools.put(spec.name(), spec.withInputSchema(stripped(spec)));
        }
        return tools.isEmpty() ? NONE : new ToolOffer(java.util.Collections.unmodifiableMap(tools));
    }

    boolean isEmpty() {
        return tools.isEmpty();
    }

    List<String> names() {
        return List.copyOf(tools.keySet());
    }

    /** An offered gateway tool, with its schema as offered. */
    Optional<ToolSpec> tool(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    /** What the request offers: {@code report_frames} first, then the gateway's tools. */
    List<ToolSpecification> specifications() {
        List<ToolSpecification> out = new ArrayList<>();
        out.add(FrameTool.SPECIFICATION);
        tools.values().forEach(t -> out.add(specification(t)));
        return out;
    }

    private static ToolSpecification specification(ToolSpec tool) {
        JsonNode schema = tool.inputSchema();
        JsonObjectSchema.Builder parameters = JsonObjectSchema.builder();
        for (var property : schema.path("properties").properties()) {
            parameters.addProperty(property.getKey(), JsonRawSchema.from(property.getValue().toString()));
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        if (!required.isEmpty()) parameters.required(required);
        if (schema.has("additionalProperties")) parameters.additionalProperties(schema.path("additionalProperties").asBoolean(true));
        return ToolSpecification.builder()
                .name(tool.name())
                .description(tool.description())
                .parameters(parameters.build())
                .build();
    }

    /** The tool's input schema without the arguments the model must not set. */
    static JsonNode stripped(ToolSpec spec) {
        ObjectNode schema = (ObjectNode) spec.inputSchema().deepCopy();
        Set<String> hidden = new java.util.HashSet<>(CONTROL_ARGUMENTS);
        if (spec.isWrite()) hidden.addAll(CONCURRENCY_ARGUMENTS);
        if (schema.path("properties").isObject()) ((ObjectNode) schema.get("properties")).remove(hidden);
        if (schema.path("required").isArray()) {
            ArrayNode required = schema.putArray("required");
            spec.inputSchema().path("required").forEach(r -> {
                if (!hidden.contains(r.asString())) required.add(r);
            });
            if (required.isEmpty()) schema.remove("required");
        }
        return schema;
    }
}
