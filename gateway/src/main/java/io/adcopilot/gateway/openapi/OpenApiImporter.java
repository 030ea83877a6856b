package io.adcopilot.gateway.openapi;

import io.adcopilot.core.tool.ToolAnnotations;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.http.HttpBinding;
import io.adcopilot.gateway.http.HttpBinding.Location;
import io.adcopilot.gateway.http.HttpBinding.Param;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports an OpenAPI 3 document as tools: operationId → name; path, query and header parameters and a JSON body's
 * properties → one argument object; GET (or {@code x-consequential: false}) → read, other methods → write;
 * {@code description} / {@code x-description-zh} → English / Chinese descriptions. Tenant parameters (by name) are
 * kept out of the schema and filled from the principal. Whatever cannot be mapped is listed in the result.
 */
public final class OpenApiImporter {

    /** Arguments every write tool accepts for the confirmation protocol. */
    public static final String CONFIRMATION_TOKEN = "confirmation_token";
    public static final String ACKNOWLEDGE_WARNINGS = "acknowledge_warnings";
    public static final String IDEMPOTENCY_KEY = "idempotency_key";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final Set<String> tenantParameters;

    /** @param tenantParameters parameter names (any location, case-insensitive) that identify the tenant */
    public OpenApiImporter(Set<String> tenantParameters) {
        this.tenantParameters = tenantParameters.stream().map(n -> n.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
    }

    public ImportResult importDocument(JsonNode document) {
        List<String> problems = new ArrayList<>();
        if (!document.path("openapi").asString("").startsWith("3.")) {
            problems.add("not an OpenAPI 3 document (openapi: " + document.path("openapi") + ")");
            return new ImportResult(List.of(), problems);
        }
        var resolver = new SchemaResolver(document, problems);
        List<ImportedTool> tools = new ArrayList<>();
        Map<String, String> readsByPath = new java.util.HashMap<>();
        for (var path : document.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.has("operationId")) readsByPath.put(path.getKey(), get.get("operationId").asString());
        }
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                String method = entry.getKey().toLowerCase(Locale.ROOT);
                if (!METHODS.contains(method)) {
                    if (!entry.getKey().equals("parameters") && !entry.getKey().equals("summary")
                            && !entry.getKey().equals("description")) {
                        problems.add(path.getKey() + ": unknown path item field '" + entry.getKey() + "' ignored");
                    }
                    continue;
                }
                String where = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                operation(where, method, path.getKey(), path.getValue(), entry.getValue(), resolver, problems,
                        readsByPath).ifPresent(tools::add);
            }
        }
        if (document.has("webhooks")) problems.add("webhooks are not tools and were not imported");
        return new ImportResult(tools, problems);
    }

    private Optional<ImportedTool> operation(String where, String method, String path, JsonNode pathItem,
                                             JsonNode op, SchemaResolver resolver, List<String> problems,
                                             Map<String, String> readsByPath) {
        if (!op.hasNonNull("operationId")) {
            problems.add(where + ": no operationId, so no tool name; operation not imported");
            return Optional.empty();
        }
        String name = op.get("operationId").asString();
        if (op.has("callbacks")) problems.add(where + ": callbacks are not supported and were ignored");

        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        Set<String> required = new LinkedHashSet<>();
        List<Param> params = new ArrayList<>();
        List<Param> tenant = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        pathItem.path("parameters").forEach(all::add);
        op.path("parameters").forEach(all::add);
        for (JsonNode p : all) {
            if (p.has("$ref")) p = resolver.resolve(p, where);
            String pName = p.path("name").asString();
            String in = p.path("in").asString();
            Location location = switch (in) {
                case "path" -> Location.PATH;
                case "query" -> Location.QUERY;
                case "header" -> Location.HEADER;
                default -> null;
            };
            if (location == null) {
                problems.add(where + ": parameter '" + pName + "' in " + in + " is not supported; " + name
                        + " is imported without it");
                continue;
            }
            if (!p.has("schema")) {
                problems.add(where + ": parameter '" + pName + "' has no schema (content-typed parameters are not "
                        + "supported); it is accepted as a string");
            }
            boolean isRequired = p.path("required").asBoolean(location == Location.PATH);
            String argument = argumentName(pName);
            if (tenantParameters.contains(pName.toLowerCase(Locale.ROOT))) {
                tenant.add(new Param(argument, pName, location, isRequired));
                continue;
            }
            ObjectNode schema = (ObjectNode) resolver.resolve(p.path("schema"), where + " parameter " + pName);
            if (!p.has("schema")) schema.put("type", "string");
            String description = join(p.path("description").asString(""), p.path("x-description-zh").asString(""));
            if (!description.isBlank()) schema.put("description", description);
            properties.set(argument, schema);
            if (isRequired) required.add(argument);
            params.add(new Param(argument, pName, location, isRequired));
        }

        HttpBinding.Body body = HttpBinding.Body.none();
        JsonNode requestBody = op.path("requestBody");
        if (requestBody.has("$ref")) requestBody = resolver.resolve(requestBody, where);
        if (!requestBody.isMissingNode()) {
            JsonNode content = requestBody.path("content");
            JsonNode json = content.path("application/json");
            for (String type : content.propertyNames()) {
                if (!type.equals("application/json")) {
                    problems.add(where + ": request body type " + type + " is not supported"
                            + (json.isMissingNode() ? "; operation not imported" : "; only application/json is used"));
                }
            }
            if (json.isMissingNode()) return Optional.empty();
            JsonNode schema = resolver.resolve(json.path("schema"), where + " body");
            boolean bodyRequired = requestBody.path("required").asBoolean(false);
            if (schema.path("type").asString("").equals("object") && schema.has("properties")) {
                Set<String> flattened = new LinkedHashSet<>();
                for (var prop : schema.path("properties").properties()) {
                    if (prop.getValue().path("readOnly").asBoolean(false)) continue;
                    if (properties.has(prop.getKey())) {
                        problems.add(where + ": body property '" + prop.getKey() + "' has the name of a parameter; "
                                + "the parameter wins and the body property is not settable");
                        continue;
                    }
                    properties.set(prop.getKey(), prop.getValue());
                    flattened.add(prop.getKey());
                }
                if (bodyRequired) schema.path("required").forEach(r -> required.add(r.asString()));
                body = new HttpBinding.Body(flattened, Optional.empty());
                if (schema.has("minProperties") || schema.has("oneOf") || schema.has("anyOf")) {
                    problems.add(where + ": body-level constraints (minProperties/oneOf/anyOf) are checked by the "
                            + "platform, not by the tool schema");
                }
            } else {
                properties.set("body", schema);
                if (bodyRequired) required.add("body");
                body = new HttpBinding.Body(Set.of(), Optional.of("body"));
            }
        }

        boolean read = method.equals("get") || method.equals("head");
        JsonNode consequential = op.get("x-consequential");
        if (consequential != null && consequential.isBoolean()) read = !consequential.asBoolean();
        if (!read) {
            properties.putObject(CONFIRMATION_TOKEN).put("type", "string").put("description",
                    "Leave out to get a preview and a token; repeat the identical call with the token to apply it once.");
            properties.putObject(ACKNOWLEDGE_WARNINGS).put("type", "boolean").put("description",
                    "Set to true when confirming a change whose preview requires its warnings to be acknowledged.");
            properties.putObject(IDEMPOTENCY_KEY).put("type", "string").put("maxLength", 200).put("description",
                    "Optional: a key for this change; a retried call with the same key never applies it twice.");
        }
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("type", "object");
        input.set("properties", properties);
        if (!required.isEmpty()) {
            var array = input.putArray("required");
            required.forEach(array::add);
        }
        input.put("additionalProperties", false);

        JsonNode output = outputSchema(op, resolver, where, problems);
        ToolAnnotations annotations = read ? ToolAnnotations.READ_ONLY
                : new ToolAnnotations(false, !method.equals("post"), !method.equals("post"), false);
        var spec = new ToolSpec(name, op.path("summary").asString(name), op.path("x-description-zh").asString(""),
                op.path("description").asString(op.path("summary").asString(name)), input, output,
                read ? ToolSpec.Access.READ : ToolSpec.Access.WRITE, annotations, examples(op));
        var binding = new HttpBinding(method.toUpperCase(Locale.ROOT), path, params, body, tenant);
        Optional<String> current = read ? Optional.empty() : Optional.ofNullable(readsByPath.get(path));
        return Optional.of(new ImportedTool(spec, binding, current));
    }

    private static JsonNode outputSchema(JsonNode op, SchemaResolver resolver, String where, List<String> problems) {
        for (var response : op.path("responses").properties()) {
            if (!response.getKey().startsWith("2")) continue;
            JsonNode json = response.getValue().path("content").path("application/json");
            if (json.isMissingNode()) continue;
            JsonNode schema = resolver.resolve(json.path("schema"), where + " response");
            if (schema.path("type").asString("").equals("object")) return schema;
            ObjectNode wrapped = JsonNodeFactory.instance.objectNode().put("type", "object");
            wrapped.putObject("properties").set("result", schema);
            problems.add(where + ": the success response is not an object; its value appears as {\"result\": …}");
            return wrapped;
        }
        return JsonNodeFactory.instance.objectNode().put("type", "object");
    }

    /** Example requests of an operation ({@code x-examples}: a list of strings). */
    private static List<String> examples(JsonNode op) {
        List<String> out = new ArrayList<>();
        op.path("x-examples").forEach(e -> {
            if (e.isString()) out.add(e.asString());
        });
        return out;
    }

    /** Header names become snake_case arguments ({@code If-Match} → {@code if_match}). */
    private static String argumentName(String wireName) {
        return wireName.replace('-', '_').toLowerCase(Locale.ROOT);
    }

    private static String join(String en, String zh) {
        if (zh.isBlank()) return en;
        return en.isBlank() ? zh : en + " / " + zh;
    }
}
