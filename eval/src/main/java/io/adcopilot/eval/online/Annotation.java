package io.adcopilot.eval.online;

import java.time.Instant;

/** A reviewer's label of a turn: the intent and slots (JSON, in the spec's slot forms) it should have had. */
public record Annotation(String traceId, String reviewer, String intent, String slots, Instant createdAt) {}
