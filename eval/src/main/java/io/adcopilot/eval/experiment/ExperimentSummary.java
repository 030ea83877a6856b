package io.adcopilot.eval.experiment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An experiment in a list: what ran and its headline figures (the spec's metrics, latency p50/p99 in ms,
 * throughput in items/s, and total tokens when the engine reported usage), without the items.
 */
public record ExperimentSummary(String id, String name, DatasetRef dataset, String engine, Instant createdAt,
                                int items, Map<String, Double> metrics) {

    public static ExperimentSummary of(Experiment e) {
        Map<String, Double> m = new LinkedHashMap<>(e.metrics());
        m.put("latency_p50_ms", e.latency().p50());
        m.put("latency_p99_ms", e.latency().p99());
        m.put("throughput_items_per_s", e.throughput());
        e.usage().ifPresent(u -> m.put("total_tokens", (double) u.totalTokens()));
        e.cost().ifPresent(c -> m.put("cost", c));
        return new ExperimentSummary(e.id(), e.name(), e.dataset(), e.engine(), e.createdAt(), e.items().size(), m);
    }
}
