package io.adcopilot.core.trace;

/** Where finished spans go. Must not block the caller (a turn never waits for tracing). */
@FunctionalInterface
public interface SpanSink {
    void accept(SpanRecord span);

    SpanSink DISCARD = span -> {};
}
