package io.adcopilot.eval.trace;

import java.time.Instant;

/**
 * A turn at a glance, from its root span: when and how long, whose, what was said, what was understood (intent,
 * slots as JSON, confidence, engine), how it ended, and the user's feedback score if any (1 or -1).
 */
public record TraceSummary(String traceId, Instant startedAt, double durationMs, String sessionId, String advertiserId,
                           String text, String intent, String slots, Double confidence, String engine, String outcome,
                           String status, Integer feedback) {}
