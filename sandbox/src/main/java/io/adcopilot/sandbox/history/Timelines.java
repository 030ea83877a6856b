package io.adcopilot.sandbox.history;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The value of every entity field at any instant, from the change history. */
public final class Timelines {

    private final Map<String, NavigableMap<Instant, String>> byField = new HashMap<>();

    public Timelines(Collection<Change> changes) {
        for (Change c : changes) {
            byField.computeIfAbsent(key(c.entityId(), c.field()), k -> new TreeMap<>()).put(c.at(), c.value());
        }
    }

    /** The value in force at {@code t}: the last change at or before it. */
    public Optional<String> valueAt(String entityId, String field, Instant t) {
        var timeline = byField.get(key(entityId, field));
        if (timeline == null) return Optional.empty();
        var entry = timeline.floorEntry(t);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    /** Instants strictly inside (from, to) at which the field changed. */
    public List<Instant> changesWithin(String entityId, String field, Instant from, Instant to) {
        var timeline = byField.get(key(entityId, field));
        if (timeline == null || !from.isBefore(to)) return List.of();
        return List.copyOf(timeline.subMap(from, false, to, false).keySet());
    }

    private static String key(String entityId, String field) {
        return entityId + '\u0000' + field;
    }
}
