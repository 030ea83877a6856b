package io.adcopilot.eval.trace;

import java.time.Instant;
import java.util.Optional;

/**
 * Which turns to list: a time window, intent, engine, status ({@code ok} or {@code error}), feedback
 * ({@code positive}, {@code negative} or {@code none}), a confidence range, one advertiser's, newest first, at most
 * {@code limit}.
 */
public record TraceQuery(Optional<Instant> since, Optional<Instant> until, Optional<String> intent,
                         Optional<String> engine, Optional<String> status, Optional<String> feedback,
                         Optional<Double> minConfidence, Optional<Double> maxConfidence, Optional<String> advertiserId,
                         int limit) {

    public static final int MAX_LIMIT = 1000;

    public static TraceQuery recent(int limit) {
        return new TraceQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    public TraceQuery forAdvertiser(String advertiser) {
        return new TraceQuery(since, until, intent, engine, status, feedback, minConfidence, maxConfidence,
                Optional.of(advertiser), limit);
    }
}
