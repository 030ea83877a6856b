package io.adcopilot.sandbox.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated report request of one advertiser: metrics, group-by dimensions, filters (values per dimension, never
 * {@code date}), an inclusive date range, an optional order and a row limit.
 */
public record ReportQuery(String advertiserId, List<Metric> metrics, List<Dimension> dimensions,
                          Map<Dimension, List<String>> filters, LocalDate start, LocalDate end,
                          Optional<Order> order, int limit) {

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 10_000;

    /** Sort rows by a metric, {@code descending} or not. */
    public record Order(Metric metric, boolean descending) {}

    public ReportQuery {
        metrics = List.copyOf(metrics);
        dimensions = List.copyOf(dimensions);
        filters = Map.copyOf(filters);
    }
}
