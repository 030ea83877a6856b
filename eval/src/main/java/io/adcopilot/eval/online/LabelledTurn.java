package io.adcopilot.eval.online;

import java.time.Instant;

/** A sampled live turn with its first label: what the copilot understood, and what the reviewer said it meant. */
public record LabelledTurn(String traceId, Instant startedAt, String predictedIntent, String predictedSlots,
                           String intent, String slots) {}
