package io.adcopilot.agent.nlu.slot;

import io.adcopilot.core.json.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The slots of a frame, by name, in the spec's value forms: lists of strings, {@link DateRange}, {@link Amount},
 * {@link Order}, an integer limit, or a string. Immutable; {@link #with} and {@link #without} make new ones.
 */
public final class Slots {

    public static final Slots NONE = new Slots(Map.of());

    private final Map<String, Object> values;

    private Slots(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Slots of(Map<String, Object> values) {
        return new Slots(values);
    }

    public Slots with(String name, Object value) {
        if (value == null || (value instanceof List<?> l && l.isEmpty())) return without(name);
        var copy = new LinkedHashMap<>(values);
        copy.put(name, value instanceof List<?> l ? List.copyOf(new LinkedHashSet<>(l)) : value);
        return new Slots(copy);
    }

    public Slots without(String name) {
        if (!values.containsKey(name)) return this;
        var copy = new LinkedHashMap<>(values);
        copy.remove(name);
        return new Slots(copy);
    }

    /** Only the named slots. */
    public Slots only(Set<String> names) {
        var copy = new LinkedHashMap<String, Object>();
        values.forEach((k, v) -> {
            if (names.contains(k)) copy.put(k, v);
        });
        return new Slots(copy);
    }

    /** These slots, replaced where {@code newer} has a value. */
    public Slots overriddenBy(Slots newer) {
        var copy = new LinkedHashMap<>(values);
        copy.putAll(newer.values);
        return new Slots(copy);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Set<String> names() {
        return values.keySet();
    }

    public Object get(String name) {
        return values.get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object v = values.get(name);
        return v instanceof List<?> ? (List<String>) v : List.of();
    }

    public Optional<DateRange> range(String name) {
        return values.get(name) instanceof DateRange r ? Optional.of(r) : Optional.empty();
    }

    public Optional<Amount> amount(String name) {
        return values.get(name) instanceof Amount a ? Optional.of(a) : Optional.empty();
    }

    public Optional<Order> order() {
        return values.get(SlotNames.ORDER) instanceof Order o ? Optional.of(o) : Optional.empty();
    }

    public Optional<Integer> limit() {
        return values.get(SlotNames.LIMIT) instanceof Integer i ? Optional.of(i) : Optional.empty();
    }

    public Optional<String> text(String name) {
        return values.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** The spec's JSON form. */
    public ObjectNode toJson() {
        ObjectNode out = Json.object();
        values.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                var array = out.putArray(name);
                list.forEach(item -> array.add(String.valueOf(item)));
            } else if (value instanceof DateRange r) {
                out.putObject(name).put("start", r.start().toString()).put("end", r.end().toString());
            } else if (value instanceof Amount a) {
                out.putObject(name).put("op", a.op().key()).put("value", a.value()).put("unit", a.unit().key());
            } else if (value instanceof Order o) {
                out.putObject(name).put("metric", o.metric()).put("direction", o.direction());
            } else if (value instanceof Integer i) {
                out.put(name, i);
            } else {
                out.put(name, String.valueOf(value));
            }
        });
        return out;
    }

    /** Reads the spec's JSON form; unknown keys are kept as text or raw lists. */
    public static Slots fromJson(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node == null || !node.isObject()) return NONE;
        for (var e : node.properties()) {
            String name = e.getKey();
            JsonNode v = e.getValue();
            if (v.isNull()) continue;
            switch (name) {
                case SlotNames.TIME_RANGE, SlotNames.COMPARE_TO -> out.put(name, new DateRange(
                        LocalDate.parse(v.path("start").asString()), LocalDate.parse(v.path("end").asString())));
                case SlotNames.BUDGET, SlotNames.BID -> out.put(name, new Amount(
                        Amount.Op.valueOf(v.path("op").asString().toUpperCase()), new BigDecimal(v.path("value").asString()),
                        v.path("unit").asString().equals("percent") ? Amount.Unit.PERCENT : Amount.Unit.CNY));
                case SlotNames.ORDER -> out.put(name, new Order(v.path("metric").asString(),
                        v.path("direction").asString("desc")));
                case SlotNames.LIMIT -> out.put(name, v.asInt());
                default -> {
                    if (v.isArray()) {
                        List<String> items = new ArrayList<>();
                        v.forEach(i -> items.add(i.asString()));
                        out.put(name, items);
                    } else {
                        out.put(name, v.asString());
                    }
                }
            }
        }
        return new Slots(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Slots s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return toJson().toString();
    }
}
