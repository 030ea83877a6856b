package io.adcopilot.eval.online;

import java.time.Instant;

/** What a user said of a turn: thumbs up (1) or down (-1), a comment, and the intent they meant, if they said. */
public record Feedback(String traceId, String advertiserId, int score, String comment, String correctedIntent,
                       Instant createdAt) {}
