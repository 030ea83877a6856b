package io.adcopilot.core.trace;

import java.time.Clock;
import java.util.UUID;

/** Starts traces; every span of a trace ends up in the tracer's sink. */
public final class Tracer {

    private final SpanSink sink;
    private final Clock clock;

    public Tracer(SpanSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    /** A tracer that records nothing. */
    public static Tracer discarding() {
        return new Tracer(SpanSink.DISCARD, Clock.systemUTC());
    }

    /** The root span of a new trace. */
    public Span start(String name, SpanKind kind) {
        return new Span(sink, clock, newTraceId(), null, name, kind);
    }

    /**
     * 32 hex digits: the start time in milliseconds (12 digits), then 20 random ones — unique, and in time order, so
     * that a store finds a trace's rows by range without an index.
     */
    String newTraceId() {
        String random = UUID.randomUUID().toString().replace("-", "");
        return String.format("%012x", clock.millis()) + random.substring(0, 20);
    }
}
