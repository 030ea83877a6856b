package io.adcopilot.gateway;

import io.adcopilot.core.tool.Principal;
import tools.jackson.databind.JsonNode;

/** Runs a tool once the gateway has checked the call. */
@FunctionalInterface
public interface ToolBackend {
    JsonNode run(JsonNode arguments, Principal principal) throws ToolFailure;
}
