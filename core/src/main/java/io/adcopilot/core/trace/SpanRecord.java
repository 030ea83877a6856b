package io.adcopilot.core.trace;

import java.time.Instant;
import java.util.Map;

/** A finished span: which trace and parent it belongs to, what it was, when, how it ended, and its attributes. */
public record SpanRecord(String traceId, String spanId, String parentId, String name, SpanKind kind, Instant start,
                         Instant end, String status, String error, Map<String, Object> attributes) {

    public SpanRecord {
        attributes = Map.copyOf(attributes);
    }

    public double durationMs() {
        return java.time.Duration.between(start, end).toNanos() / 1e6;
    }
}
