package io.adcopilot.core.tool;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a write would change: each field's current and proposed value, the guardrails' warnings, and whether the
 * warnings must be acknowledged ({@code acknowledge_warnings: true}) when confirming.
 */
public record Preview(String tool, String entityId, String entityName, List<FieldChange> changes,
                      List<Warning> warnings, boolean acknowledgementRequired) {

    public Preview {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /** One field: current → proposed, and the relative change in percent where both are numbers. */
    public record FieldChange(String field, JsonNode current, JsonNode proposed, Double changePercent) {}

    /** A guardrail's remark on a change. */
    public record Warning(String code, String message) {}
}
