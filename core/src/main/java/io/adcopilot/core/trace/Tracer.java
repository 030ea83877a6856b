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
        return new Span(sink, clock, UUID.randomUUID().toString().replace("-", ""), null, name, kind);
    }
}
