package io.adcopilot.gateway;

import io.adcopilot.core.tool.ToolResult;

/** A tool that could not do its work, with the failure to hand back to the caller. */
public final class ToolFailure extends Exception {

    private final ToolResult.Failure failure;

    public ToolFailure(ToolResult.Failure failure) {
        super(failure.code() + ": " + failure.message(), null, false, false);
        this.failure = failure;
    }

    public static ToolFailure of(String code, String message, String hint) {
        return new ToolFailure(ToolResult.Failure.of(code, message, hint));
    }

    public ToolResult.Failure failure() {
        return failure;
    }
}
