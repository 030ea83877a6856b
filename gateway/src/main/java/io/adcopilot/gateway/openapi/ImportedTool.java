package io.adcopilot.gateway.openapi;

import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.http.HttpBinding;
import java.util.Optional;

/**
 * An operation of an OpenAPI document as a tool, with its HTTP binding. A write on a path that also has a GET
 * names that read as the {@code currentState} tool, whose result shows the preview's current values.
 */
public record ImportedTool(ToolSpec spec, HttpBinding binding, Optional<String> currentState) {}
