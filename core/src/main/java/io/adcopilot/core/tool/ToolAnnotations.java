package io.adcopilot.core.tool;

/** Behaviour hints for clients, as MCP defines them. */
public record ToolAnnotations(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {

    public static final ToolAnnotations READ_ONLY = new ToolAnnotations(true, false, true, false);
}
