package io.adcopilot.eval.online;

import io.adcopilot.eval.trace.TraceSummary;
import java.util.Set;

/**
 * Which live turns go to human annotation: a share of them ({@code rate}, 0–1), optionally only some intents or
 * engines (empty = all), and a confidence range. A turn is in the sample when the hash of its trace id falls under
 * the rate, so the decision is stable and spread evenly.
 */
public record SamplingRule(String name, double rate, Set<String> intents, Set<String> engines, double minConfidence,
                           double maxConfidence) {

    public SamplingRule {
        if (rate < 0 || rate > 1) throw new IllegalArgumentException("rate must be between 0 and 1");
        if (minConfidence > maxConfidence) throw new IllegalArgumentException("min_confidence is above max_confidence");
        intents = Set.copyOf(intents);
        engines = Set.copyOf(engines);
    }

    public boolean matches(TraceSummary turn) {
        if (!intents.isEmpty() && !intents.contains(turn.intent())) return false;
        if (!engines.isEmpty() && !engines.contains(turn.engine())) return false;
        double confidence = turn.confidence() == null ? 0 : turn.confidence();
        if (confidence < minConfidence || confidence > maxConfidence) return false;
        return bucket(turn.traceId()) < rate;
    }

    /** Where a trace id falls in [0, 1): stable across runs and machines. */
    static double bucket(String traceId) {
        long h = 1125899906842597L;
        for (int i = 0; i < traceId.length(); i++) h = 31 * h + traceId.charAt(i);
        h ^= (h >>> 33);
        h *= 0xff51afd7ed558ccdL;
        h ^= (h >>> 33);
        return (h >>> 11) / (double) (1L << 53);
    }
}
