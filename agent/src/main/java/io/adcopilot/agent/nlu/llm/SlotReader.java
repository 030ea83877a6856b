package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.entity.Entity;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.slot.Order;
import io.adcopilot.agent.nlu.slot.SlotNames;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads one slot value the model gave into its typed form (lists of strings, {@link DateRange}, {@link Amount},
 * {@link Order}, an integer limit, a string), checking it against the spec: closed values from their lists, ISO
 * dates with start ≤ end, positive amounts, entity ids of the right kind that the advertiser has. What is wrong is
 * added to the errors, in words the model can act on; the value is then absent.
 */
final class SlotReader {

    private final Map<String, Entity> entities;
    private final List<String> errors;

    SlotReader(EntityCatalog catalog, List<String> errors) {
        this.entities = catalog.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
        this.errors = errors;
    }

    /** The value of slot {@code name}, or empty when it is null, an empty list, or wrong (then with an error). */
    Optional<Object> read(String name, JsonNode value, String path) {
        if (value == null || value.isNull() || value.isMissingNode()) return Optional.empty();
        switch (name) {
            case SlotNames.TIME_RANGE, SlotNames.COMPARE_TO:
                return Optional.ofNullable(dateRange(value, path));
            case SlotNames.BUDGET, SlotNames.BID:
                return Optional.ofNullable(amount(value, path));
            case SlotNames.ORDER:
                return Optional.ofNullable(order(value, path));
            case SlotNames.LIMIT:
                return Optional.ofNullable(limit(value, path));
            case SlotNames.CAMPAIGN, SlotNames.AD_GROUP, SlotNames.CREATIVE:
                return Optional.ofNullable(list(value, path, id -> entityError(name, id)));
            case SlotNames.REGION:
                return Optional.ofNullable(list(value, path, this::regionError))
                        .map(regions -> regions.stream().map(SlotReader::province).distinct().toList());
            default:
                List<String> allowed = DomainVocabulary.VALUES.get(name);
                if (allowed == null) return Optional.of(value.isString() ? value.stringValue() : value.toString());
                if (SlotNames.LISTS.contains(name)) return Optional.ofNullable(list(value, path, v -> oneOfError(v, allowed)));
                return Optional.ofNullable(oneOf(value, allowed, path));
        }
    }

    private DateRange dateRange(JsonNode value, String path) {
        if (!value.isObject()) return fail(path, "must be {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}");
        LocalDate start = date(value.get("start"), path + ".start");
        LocalDate end = date(value.get("end"), path + ".end");
        if (start == null || end == null) return null;
        if (end.isBefore(start)) return fail(path, "end " + end + " is before start " + start);
        return new DateRange(start, end);
    }

    private LocalDate date(JsonNode value, String path) {
        if (value == null || !value.isString()) return fail(path, "must be a date YYYY-MM-DD");
        try {
            return LocalDate.parse(value.stringValue().trim());
        } catch (DateTimeParseException e) {
            return fail(path, "'" + value.stringValue() + "' is not a date YYYY-MM-DD");
        }
    }

    private Amount amount(JsonNode value, String path) {
        if (!value.isObject()) return fail(path, "must be {\"op\": ..., \"value\": number, \"unit\": ...}");
        String op = oneOf(value.get("op"), DomainVocabulary.OPS, path + ".op");
        String unit = oneOf(value.get("unit"), DomainVocabulary.UNITS, path + ".unit");
        BigDecimal number = positiveNumber(value.get("value"), path + ".value");
        if (op == null || unit == null || number == null) return null;
        return new Amount(Amount.Op.valueOf(op.toUpperCase()), number,
                unit.equals("percent") ? Amount.Unit.PERCENT : Amount.Unit.CNY);
    }

    private BigDecimal positiveNumber(JsonNode value, String path) {
        if (value == null || !value.isNumber()) return fail(path, "must be a number");
        BigDecimal number = value.decimalValue().stripTrailingZeros();
        if (number.signum() <= 0) return fail(path, "must be positive (the op says the direction)");
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    private Order order(JsonNode value, String path) {
        if (!value.isObject()) return fail(path, "must be {\"metric\": ..., \"direction\": \"desc\" | \"asc\"}");
        String metric = oneOf(value.get("metric"), DomainVocabulary.METRICS, path + ".metric");
        String direction = oneOf(value.get("direction"), DomainVocabulary.DIRECTIONS, path + ".direction");
        return metric == null || direction == null ? null : new Order(metric, direction);
    }

    private Integer limit(JsonNode value, String path) {
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToInt() || value.intValue() <= 0) {
            return fail(path, "must be a positive integer");
        }
        return value.intValue();
    }

    /**
     * A list of strings, each checked by {@code check} (null when fine, else the problem); a bare string is a list
     * of one. Null when empty or wrong.
     */
    private List<String> list(JsonNode value, String path, Function<String, String> check) {
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) value.forEach(items::add);
        else items.add(value);
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemPath = value.isArray() ? path + "[" + i + "]" : path;
            String problem = item.isString() ? check.apply(item.stringValue().trim()) : "must be a string";
            if (problem != null) {
                fail(itemPath, problem);
                ok = false;
            } else {
                out.add(item.stringValue().trim());
            }
        }
        return ok && !out.isEmpty() ? List.copyOf(out) : null;
    }

    private String oneOf(JsonNode value, List<String> allowed, String path) {
        if (value == null || !value.isString()) return fail(path, "must be one of " + allowed);
        String problem = oneOfError(value.stringValue(), allowed);
        return problem == null ? value.stringValue() : fail(path, problem);
    }

    private static String oneOfError(String value, List<String> allowed) {
        return allowed.contains(value) ? null : "'" + value + "' is not one of " + allowed;
    }

    private String entityError(String kind, String id) {
        Entity entity = entities.get(id);
        if (entity == null) return "'" + id + "' is not the id of one of the advertiser's entities (use an id from the entity list)";
        if (!entity.kind().equals(kind)) return "'" + id + "' is a " + entity.kind() + ", not a " + kind;
        return null;
    }

    private String regionError(String region) {
        return DomainVocabulary.REGIONS.contains(province(region)) ? null
                : "'" + region + "' is not a province name in Chinese without 省/市 (e.g. 广东)";
    }

    /** 广东省 → 广东, 北京市 → 北京. */
    private static String province(String region) {
        return region.length() > 2 && (region.endsWith("省") || region.endsWith("市"))
                ? region.substring(0, region.length() - 1) : region;
    }

    private <T> T fail(String path, String problem) {
        errors.add(path + ": " + problem);
        return null;
    }
}
