package io.adcopilot.core.tool;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** What a tool call gives back. */
public sealed interface ToolResult {

    /** The tool ran; its structured result. */
    record Success(JsonNode content) implements ToolResult {}

    /** A write that changes nothing yet: its preview, and the token that applies exactly this call once. */
    record ConfirmationRequired(Preview preview, String confirmationToken, Instant expiresAt) implements ToolResult {}

    /**
     * The call was refused or failed: a stable code, a message, and a hint the model can act on (which field, what
     * is allowed, whether to retry and when).
     */
    record Failure(String code, String message, String hint, String field, Integer retryAfterSeconds)
            implements ToolResult {

        public static Failure of(String code, String message, String hint) {
            return new Failure(code, message, hint, null, null);
        }
    }
}
