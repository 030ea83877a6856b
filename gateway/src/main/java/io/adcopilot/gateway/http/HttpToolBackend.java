package io.adcopilot.gateway.http;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.gateway.ToolBackend;
import io.adcopilot.gateway.ToolFailure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Runs a tool by calling the platform as its {@link HttpBinding} says, and turns the answer into a result. */
public final class HttpToolBackend implements ToolBackend {

    private final HttpBinding binding;
    private final HttpConnector connector;
    private final boolean read;

    public HttpToolBackend(HttpBinding binding, HttpConnector connector, boolean read) {
        this.binding = binding;
        this.connector = connector;
        this.read = read;
    }

    @Override
    public JsonNode run(JsonNode arguments, Principal principal) throws ToolFailure {
        String path = binding.pathTemplate();
        Map<String, List<String>> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        List<HttpBinding.Param> all = new ArrayList<>(binding.params());
        ObjectNode args = arguments.isObject() ? (ObjectNode) arguments.deepCopy() : Json.object();
        for (HttpBinding.Param tenant : binding.tenantParams()) {
            args.put(tenant.argument(), principal.advertiserId());
            all.add(tenant);
        }
        for (HttpBinding.Param p : all) {
            JsonNode value = args.get(p.argument());
            if (value == null || value.isNull()) continue;
            switch (p.location()) {
                case PATH -> path = path.replace("{" + p.name() + "}",
                        URLEncoder.encode(value.asString(), StandardCharsets.UTF_8).replace("+", "%20"));
                case QUERY -> query.put(p.name(), values(value));
                case HEADER -> headers.put(p.name(), value.asString());
            }
        }
        String body = null;
        if (binding.body().wholeArgument().isPresent()) {
            JsonNode whole = args.get(binding.body().wholeArgument().get());
            body = whole == null ? null : Json.MAPPER.writeValueAsString(whole);
        } else if (!binding.body().flattened().isEmpty()) {
            ObjectNode object = Json.object();
            for (String name : binding.body().flattened()) {
                if (args.has(name)) object.set(name, args.get(name));
            }
            body = Json.MAPPER.writeValueAsString(object);
        }
        HttpConnector.Response response;
        try {
            response = connector.send(new HttpConnector.Request(binding.method(), path, query, headers, body,
                    principal.token()), read);
        } catch (HttpConnector.UnavailableException e) {
            throw ToolFailure.of("platform_unavailable", e.getMessage(),
                    "The platform cannot be reached right now; say so and try again later. Nothing was changed.");
        }
        return answer(response);
    }

    private static List<String> values(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value.isArray()) value.forEach(v -> out.add(v.asString()));
        else out.add(value.asString());
        return out;
    }

    private static JsonNode answer(HttpConnector.Response response) throws ToolFailure {
        JsonNode body;
        try {
            body = response.body() == null || response.body().isBlank() ? Json.object()
                    : Json.MAPPER.readTree(response.body());
        } catch (JacksonException e) {
            throw ToolFailure.of("platform_error", "the platform answered HTTP " + response.status()
                    + " with a body that is not JSON", "Report the failure; do not guess a result.");
        }
        if (response.status() >= 200 && response.status() < 300) return body;
        JsonNode error = body.path("error");
        String message = error.path("message").asString("HTTP " + response.status());
        String field = error.path("field").isString() ? error.path("field").asString() : null;
        throw new ToolFailure(switch (response.status()) {
            case 400 -> new ToolResult.Failure("invalid_argument", message,
                    "Fix " + (field == null ? "the arguments" : "'" + field + "'") + " as the message says and call again.",
                    field, null);
            case 401, 403 -> new ToolResult.Failure("unauthorized", message,
                    "The caller's token was refused by the platform; ask the user to sign in again.", null, null);
            case 404 -> new ToolResult.Failure("not_found", message,
                    "Use an id from the list tools (listCampaigns, listAdGroups, listCreatives).", field, null);
            case 409 -> new ToolResult.Failure("conflict", message,
                    "The current state does not allow this; read the entity again and propose a change that fits.",
                    field, null);
            case 429 -> new ToolResult.Failure("rate_limited", message, "Wait and try again.", null, 1);
            default -> new ToolResult.Failure("platform_error", message,
                    "The platform failed; tell the user it could not be done now. Do not invent a result.", field, null);
        });
    }
}
