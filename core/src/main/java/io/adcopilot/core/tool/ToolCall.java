package io.adcopilot.core.tool;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One call of a tool for a principal. A write's {@code confirmation_token} (and {@code acknowledge_warnings}) travel
 * in the arguments, as they do over MCP. The idempotency key makes a retried write apply at most once.
 */
public record ToolCall(String tool, JsonNode arguments, Principal principal, String traceId,
                       Optional<String> idempotencyKey) {

    public static ToolCall of(String tool, JsonNode arguments, Principal principal, String traceId) {
        return new ToolCall(tool, arguments, principal, traceId, Optional.empty());
    }
}
