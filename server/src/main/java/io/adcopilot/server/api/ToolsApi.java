package io.adcopilot.server.api;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolCall;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.gateway.ToolGateway;
import io.adcopilot.gateway.audit.AuditLog;
import io.adcopilot.gateway.retrieval.ToolRetriever;
import io.adcopilot.gateway.serve.OpenAiFunctions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The gateway over plain HTTP: {@code GET /api/tools} (OpenAI function specs; with {@code ?request=…} and more
 * tools than the threshold, only the {@code k} closest to the request), {@code POST /api/tools/{name}}
 * (a call: the result, a preview with its token, or an error with the matching HTTP status, 429 with
 * Retry-After), and {@code GET /api/audit} (the caller's audit records).
 */
public final class ToolsApi {

    private final ToolGateway gateway;
    private final ToolRetriever retriever;
    private final int retrievalThreshold;
    private final Callers callers;

    public ToolsApi(ToolGateway gateway, ToolRetriever retriever, int retrievalThreshold, Callers callers) {
        this.gateway = gateway;
        this.retriever = retriever;
        this.retrievalThreshold = retrievalThreshold;
        this.callers = callers;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/api/tools", this::list);
        routes.post("/api/tools/{name}", this::call);
        routes.get("/api/audit", this::audit);
    }

    private void list(Context ctx) {
        Principal principal = callers.advertiser(ctx);
        String request = ctx.queryParam("request");
        if (request == null || request.isBlank()) {
            ctx.json(OpenAiFunctions.of(gateway.tools(principal)));
            return;
        }
        int k = Math.max(1, Math.min(50, ctx.queryParamAsClass("k", Integer.class).getOrDefault(5)));
        ctx.json(OpenAiFunctions.of(retriever.select(request, retrievalThreshold, k)));
    }

    private void call(Context ctx) {
        Principal principal = callers.advertiser(ctx);
        JsonNode arguments;
        try {
            arguments = ctx.body().isBlank() ? Json.object() : Json.MAPPER.readTree(ctx.body());
        } catch (JacksonException e) {
            throw ApiError.badRequest(null, "the body must be the tool's arguments as a JSON object");
        }
        String trace = Optional.ofNullable(ctx.header("X-Trace-Id")).orElse(UUID.randomUUID().toString());
        ToolResult result = gateway.call(new ToolCall(ctx.pathParam("name"), arguments, principal, trace,
                Optional.ofNullable(ctx.header("Idempotency-Key"))));
        if (result instanceof ToolResult.Success s) {
            ctx.json(Map.of("status", "ok", "result", s.content()));
        } else if (result instanceof ToolResult.ConfirmationRequired c) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "preview");
            body.put("preview", c.preview());
            body.put("confirmation_token", c.confirmationToken());
            body.put("expires_at", c.expiresAt().toString());
            ctx.json(body);
        } else {
            var f = (ToolResult.Failure) result;
            throw new ApiError(statusOf(f.code()), f.code(), f.message(), f.hint(), f.field(), f.retryAfterSeconds());
        }
    }

    private void audit(Context ctx) {
        Principal principal = callers.advertiser(ctx);
        int limit = Math.min(1000, Math.max(1, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100)));
        Instant since = Optional.ofNullable(ctx.queryParam("since")).map(ToolsApi::instant).orElse(null);
        ctx.json(Map.of("items", gateway.audit().find(new AuditLog.Query(principal.advertiserId(),
                ctx.queryParam("tool"), ctx.queryParam("outcome"), ctx.queryParam("trace_id"), since, limit))));
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiError.badRequest("since", "since must be an ISO-8601 instant such as 2026-11-20T00:00:00Z");
        }
    }

    static int statusOf(String code) {
        return switch (code) {
            case "invalid_arguments", "invalid_argument" -> 400;
            case "unauthorized" -> 401;
            case "forbidden_entity" -> 403;
            case "unknown_tool", "not_found" -> 404;
            case "rate_limited" -> 429;
            case "platform_unavailable" -> 503;
            case "platform_error", "internal_error" -> 502;
            default -> 409;
        };
    }
}
