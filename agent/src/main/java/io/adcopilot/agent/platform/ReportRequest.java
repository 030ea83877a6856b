package io.adcopilot.agent.platform;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.slot.Order;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report the copilot asks the platform for (the queryReport tool): metrics over a date range, grouped by
 * dimensions, filtered by values, optionally ordered and limited.
 */
public record ReportRequest(List<String> metrics, List<String> dimensions, Map<String, List<String>> filters,
                            DateRange range, Optional<Order> order, Optional<Integer> limit) {

    public ReportRequest {
        metrics = List.copyOf(metrics);
        dimensions = List.copyOf(dimensions);
        filters = Map.copyOf(filters);
    }

    public ReportRequest withRange(DateRange other) {
        return new ReportRequest(metrics, dimensions, filters, other, order, limit);
    }

    public ReportRequest withDimensions(List<String> other) {
        return new ReportRequest(metrics, other, filters, range, Optional.empty(), Optional.empty());
    }
}
