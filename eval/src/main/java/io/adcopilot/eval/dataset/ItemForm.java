package io.adcopilot.eval.dataset;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks one dataset item against ad-domain.md: {@code id}, {@code now} (ISO-8601 with an offset),
 * {@code advertiser}, {@code text} and {@code intent} are required; {@code history}, if present, is a list of
 * {@code {role: user|assistant, text}}; {@code slots}, if present, follows {@link SlotForms}.
 */
final class ItemForm {

    private static final Set<String> ROLES = Set.of("user", "assistant");

    private ItemForm() {}

    static List<SlotForms.FieldProblem> check(JsonNode item) {
        List<SlotForms.FieldProblem> out = new ArrayList<>();
        if (!item.isObject()) {
            out.add(new SlotForms.FieldProblem(null, "must be a JSON object (one dataset item a line)"));
            return out;
        }
        text(item, "id", "the item's id, e.g. \"dev-0001\"", out);
        text(item, "advertiser", "the advertiser id, e.g. \"adv-1001\"", out);
        text(item, "text", "what the user said", out);
        text(item, "intent", "the labelled intent, e.g. \"query_metrics\"", out);
        JsonNode now = item.path("now");
        if (!now.isString()) {
            out.add(new SlotForms.FieldProblem("now", "is required: ISO-8601 with an offset, e.g. 2026-11-20T10:00:00+08:00"));
        } else {
            try {
                OffsetDateTime.parse(now.asString());
            } catch (DateTimeParseException e) {
                out.add(new SlotForms.FieldProblem("now", "must be ISO-8601 with an offset, e.g. "
                        + "2026-11-20T10:00:00+08:00 (got \"" + now.asString() + "\")"));
            }
        }
        JsonNode history = item.path("history");
        if (!history.isMissingNode() && !history.isNull()) {
            if (!history.isArray()) {
                out.add(new SlotForms.FieldProblem("history", "must be a list of {\"role\", \"text\"}, oldest first"));
            } else {
                for (int i = 0; i < history.size(); i++) {
                    JsonNode turn = history.get(i);
                    if (!turn.isObject() || !ROLES.contains(turn.path("role").asString("user"))
                            || !turn.path("text").isString()) {
                        out.add(new SlotForms.FieldProblem("history[" + i + "]",
                                "must be {\"role\": \"user\"|\"assistant\", \"text\": \"…\"} (got " + turn + ")"));
                    }
                }
            }
        }
        out.addAll(SlotForms.check(item.path("slots")));
        return out;
    }

    private static void text(JsonNode item, String field, String what, List<SlotForms.FieldProblem> out) {
        JsonNode v = item.path(field);
        if (!v.isString() || v.asString().isBlank()) {
            out.add(new SlotForms.FieldProblem(field, "is required" + (v.isMissingNode() ? "" : " as non-blank text")
                    + ": " + what));
        }
    }
}
