package io.adcopilot.agent.plugin;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolCall;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.core.trace.Span;
import io.adcopilot.core.trace.SpanKind;
import io.adcopilot.gateway.ToolGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Tool calls of one turn, through the gateway, for the turn's principal: each traced as a span, and each result kept
 * as evidence that the answer's numbers are checked against.
 */
public final class ToolCaller {

    private final ToolGateway gateway;
    private final Principal principal;
    private final Span turn;
    private final List<JsonNode> results = new ArrayList<>();

    public ToolCaller(ToolGateway gateway, Principal principal, Span turn) {
        this.gateway = gateway;
        this.principal = principal;
        this.turn = turn;
    }

    public ToolResult call(String tool, JsonNode arguments) {
        return call(tool, arguments, Optional.empty());
    }

    public ToolResult call(String tool, JsonNode arguments, Optional<String> idempotencyKey) {
        try (Span span = turn.child("tool " + tool, SpanKind.TOOL)) {
            span.set("tool.name", tool).set("tool.arguments", Json.MAPPER.writeValueAsString(arguments));
            ToolResult result = gateway.call(new ToolCall(tool, arguments, principal, turn.traceId(), idempotencyKey));
            if (result instanceof ToolResult.Success s) {
                results.add(s.content());
                span.set("tool.status", "ok");
            } else if (result instanceof ToolResult.ConfirmationRequired c) {
                results.add(Json.MAPPER.valueToTree(c.preview()));
                span.set("tool.status", "preview");
            } else {
                var f = (ToolResult.Failure) result;
                results.add(Json.MAPPER.valueToTree(f));
                span.set("tool.status", "error").set("error.type", f.code()).fail(f.message());
            }
            return result;
        }
    }

    /** Every result of this turn so far: contents, previews, and failures (what the tool said went wrong). */
    public List<JsonNode> results() {
        return List.copyOf(results);
    }

    public Principal principal() {
        return principal;
    }

    public Span span() {
        return turn;
    }
}
