package io.adcopilot.eval.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks a label's slots against the value forms of ad-domain.md, so that what is scored is what was meant: list
 * slots are lists of strings (closed ones from their vocabulary), object slots have exactly their keys, scalars
 * their type. Slots the spec does not name (a plugin's own) may be text, numbers or lists of them; scoring
 * ignores them.
 */
final class SlotForms {

    static final List<String> METRICS = List.of("impressions", "clicks", "cost", "conversions", "revenue", "ctr",
            "cpc", "cpm", "cvr", "cpa", "roi");
    private static final Map<String, List<String>> CLOSED_LISTS = Map.of(
            "metrics", METRICS,
            "dimensions", List.of("date", "campaign", "ad_group", "creative", "region", "device", "gender", "age"),
            "device", List.of("ios", "android", "pc"),
            "gender", List.of("male", "female"),
            "age", List.of("18-23", "24-30", "31-40", "41-49", "50+"));
    private static final Set<String> OPEN_LISTS = Set.of("campaign", "ad_group", "creative", "region");
    private static final Map<String, List<String>> CLOSED_SCALARS = Map.of(
            "status", List.of("paused", "active"),
            "entity_type", List.of("campaign", "ad_group", "creative"),
            "review_status", List.of("approved", "pending", "rejected"));

    /** A problem with one field, before it is given a line. */
    record FieldProblem(String field, String message) {}

    private SlotForms() {}

    static List<FieldProblem> check(JsonNode slots) {
        List<FieldProblem> out = new ArrayList<>();
        if (slots.isMissingNode() || slots.isNull()) return out;
        if (!slots.isObject()) {
            out.add(new FieldProblem("slots", "must be an object of slot name → value"));
            return out;
        }
        for (var e : slots.properties()) {
            String field = "slots." + e.getKey();
            JsonNode v = e.getValue();
            if (v.isNull()) continue;
            String name = e.getKey();
            if (CLOSED_LISTS.containsKey(name)) {
                list(field, v, CLOSED_LISTS.get(name), out);
            } else if (OPEN_LISTS.contains(name)) {
                list(field, v, null, out);
            } else if (CLOSED_SCALARS.containsKey(name)) {
                oneOf(field, v, CLOSED_SCALARS.get(name), out);
            } else if (name.equals("time_range") || name.equals("compare_to")) {
                range(field, v, out);
            } else if (name.equals("budget") || name.equals("bid")) {
                amount(field, v, out);
            } else if (name.equals("order")) {
                order(field, v, out);
            } else if (name.equals("limit")) {
                if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1) {
                    out.add(new FieldProblem(field, "must be a positive integer (got " + v + ")"));
                }
            } else if (!(v.isValueNode() || (v.isArray() && allValues(v)))) {
                out.add(new FieldProblem(field, "a slot the spec does not name may be text, a number or a list of them "
                        + "(got " + v + ")"));
            }
        }
        return out;
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode item : array) if (!item.isValueNode() || item.isNull()) return false;
        return true;
    }

    private static void list(String field, JsonNode v, List<String> allowed, List<FieldProblem> out) {
        if (!v.isArray()) {
            out.add(new FieldProblem(field, "must be a list, e.g. [\"" + (allowed == null ? "…" : allowed.get(0))
                    + "\"] (got " + v + ")"));
            return;
        }
        for (JsonNode item : v) {
            if (!item.isString() || item.asString().isBlank()) {
                out.add(new FieldProblem(field, "must hold non-blank strings (got " + item + ")"));
            } else if (allowed != null && !allowed.contains(item.asString())) {
                out.add(new FieldProblem(field, "unknown value \"" + item.asString() + "\"; one of " + allowed));
            }
        }
    }

    private static void oneOf(String field, JsonNode v, List<String> allowed, List<FieldProblem> out) {
        if (!v.isString() || !allowed.contains(v.asString())) {
            out.add(new FieldProblem(field, "must be one of " + allowed + " (got " + v + ")"));
        }
    }

    private static boolean keys(String field, JsonNode v, Set<String> expected, String form, List<FieldProblem> out) {
        if (!v.isObject() || !Set.copyOf(v.propertyNames()).equals(expected)) {
            out.add(new FieldProblem(field, "must be " + form + " (got " + v + ")"));
            return false;
        }
        return true;
    }

    private static void range(String field, JsonNode v, List<FieldProblem> out) {
        if (!keys(field, v, Set.of("start", "end"), "{\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}", out)) return;
        LocalDate start = date(field + ".start", v.path("start"), out);
        LocalDate end = date(field + ".end", v.path("end"), out);
        if (start != null && end != null && start.isAfter(end)) {
            out.add(new FieldProblem(field, "start " + start + " is after end " + end));
        }
    }

    private static LocalDate date(String field, JsonNode v, List<FieldProblem> out) {
        try {
            if (v.isString() && v.asString().length() == 10) return LocalDate.parse(v.asString());
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        out.add(new FieldProblem(field, "must be a date YYYY-MM-DD (got " + v + ")"));
        return null;
    }

    private static void amount(String field, JsonNode v, List<FieldProblem> out) {
        if (!keys(field, v, Set.of("op", "value", "unit"),
                "{\"op\": \"set\"|\"increase\"|\"decrease\", \"value\": number, \"unit\": \"CNY\"|\"percent\"}", out)) return;
        oneOf(field + ".op", v.path("op"), List.of("set", "increase", "decrease"), out);
        oneOf(field + ".unit", v.path("unit"), List.of("CNY", "percent"), out);
        if (!v.path("value").isNumber() || v.path("value").asDouble() <= 0) {
            out.add(new FieldProblem(field + ".value", "must be a positive number (got " + v.path("value") + ")"));
        }
    }

    private static void order(String field, JsonNode v, List<FieldProblem> out) {
        if (!keys(field, v, Set.of("metric", "direction"), "{\"metric\": M, \"direction\": \"desc\"|\"asc\"}", out)) return;
        oneOf(field + ".metric", v.path("metric"), METRICS, out);
        oneOf(field + ".direction", v.path("direction"), List.of("desc", "asc"), out);
    }
}
