package io.adcopilot.gateway;

import io.adcopilot.core.tool.ToolSpec;
import java.util.Optional;

/**
 * A tool the gateway serves: its spec, what runs it, and — for writes — the read tool whose result holds the
 * entity's current values, for previews.
 */
public record GatewayTool(ToolSpec spec, ToolBackend backend, Optional<String> currentState) {}
