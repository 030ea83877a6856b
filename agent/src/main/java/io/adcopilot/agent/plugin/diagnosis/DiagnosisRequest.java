package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.nlu.slot.DateRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to diagnose: a metric's change from the {@code comparison} period to the {@code current} one, over the
 * traffic that matches {@code filters} (values per dimension: campaign, ad_group, creative, region, device, gender,
 * age).
 */
public record DiagnosisRequest(Metric metric, DateRange current, DateRange comparison,
                               Map<String, List<String>> filters) {

    public DiagnosisRequest {
        for (var f : filters.entrySet()) {
            if (!Dimensions.FILTERABLE.contains(f.getKey())) {
                throw new IllegalArgumentException("cannot filter a diagnosis by '" + f.getKey() + "'");
            }
            if (f.getValue().isEmpty()) throw new IllegalArgumentException("filter " + f.getKey() + " has no values");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(f -> copy.put(f.getKey(), List.copyOf(f.getValue())));
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    /** The metric over {@code current} against the period of equal length just before it, unfiltered. */
    public static DiagnosisRequest of(Metric metric, DateRange current) {
        return new DiagnosisRequest(metric, current, current.previous(), Map.of());
    }

    public DiagnosisRequest withComparison(DateRange other) {
        return new DiagnosisRequest(metric, current, other, filters);
    }

    public DiagnosisRequest withFilter(String dimension, List<String> values) {
        Map<String, List<String>> more = new LinkedHashMap<>(filters);
        more.put(dimension, values);
        return new DiagnosisRequest(metric, current, comparison, more);
    }

    /** Whether the filters pin {@code dimension} to a single value, so breaking down by it says nothing. */
    boolean pins(String dimension) {
        List<String> values = filters.get(dimension);
        return values != null && values.size() == 1;
    }
}
