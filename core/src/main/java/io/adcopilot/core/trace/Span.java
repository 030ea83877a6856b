package io.adcopilot.core.trace;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A running span: attributes are set while it runs, {@link #close()} ends it and hands its record to the sink.
 * Children share the trace id. Not thread-safe: one span is used by one thread at a time.
 */
public final class Span implements AutoCloseable {

    private final SpanSink sink;
    private final Clock clock;
    private final String traceId;
    private final String spanId;
    private final String parentId;
    private final String name;
    private final SpanKind kind;
    private final Instant start;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private String error;
    private boolean closed;

    private static final ThreadLocal<Span> CURRENT = new ThreadLocal<>();

    Span(SpanSink sink, Clock clock, String traceId, String parentId, String name, SpanKind kind) {
        this.sink = sink;
        this.clock = clock;
        this.traceId = traceId;
        this.spanId = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        this.parentId = parentId;
        this.name = name;
        this.kind = kind;
        this.start = clock.instant();
    }

    public String traceId() {
        return traceId;
    }

    public String spanId() {
        return spanId;
    }

    /** Sets an attribute (null values are skipped); returns this span. */
    public Span set(String key, Object value) {
        if (value != null) attributes.put(key, value);
        return this;
    }

    /** Marks the span failed with a message. */
    public Span fail(String message) {
        this.error = message;
        return this;
    }

    public Span child(String name, SpanKind kind) {
        return new Span(sink, clock, traceId, spanId, name, kind);
    }

    /** The span this thread made current, if any: where stages that know no span (an LLM call) record theirs. */
    public static java.util.Optional<Span> current() {
        return java.util.Optional.ofNullable(CURRENT.get());
    }

    /** Makes this span the thread's current one until the returned scope closes. */
    public Scope makeCurrent() {
        Span previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) CURRENT.remove();
            else CURRENT.set(previous);
        };
    }

    /** A scope of {@link #makeCurrent()}. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Records a child that has already finished (its times measured elsewhere). */
    public void recordChild(String name, SpanKind kind, Instant start, Instant end, String error,
                            Map<String, Object> attributes) {
        sink.accept(new SpanRecord(traceId, UUID.randomUUID().toString().replace("-", "").substring(0, 16), spanId,
                name, kind, start, end, error == null ? "ok" : "error", error, attributes));
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        sink.accept(new SpanRecord(traceId, spanId, parentId, name, kind, start, clock.instant(),
                error == null ? "ok" : "error", error, attributes));
    }
}
