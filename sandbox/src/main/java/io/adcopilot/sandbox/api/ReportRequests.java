package io.adcopilot.sandbox.api;

import io.adcopilot.sandbox.PlatformException;
import io.adcopilot.sandbox.catalog.Dimensions;
import io.adcopilot.sandbox.report.Dimension;
import io.adcopilot.sandbox.report.Metric;
import io.adcopilot.sandbox.report.ReportQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Turns a report request body into a {@link ReportQuery}, or a 400 that names the field. */
final class ReportRequests {

    private static final long MAX_DAYS = 3 * 366;
    private static final Map<Dimension, List<String>> VALUES = Map.of(
            Dimension.REGION, Dimensions.REGIONS, Dimension.DEVICE, Dimensions.DEVICES,
            Dimension.GENDER, Dimensions.GENDERS, Dimension.AGE, Dimensions.AGES);

    private ReportRequests() {}

    static ReportQuery parse(String advertiserId, String body) {
        JsonNode node = Bodies.object(body);
        Bodies.onlyFields(node, Set.of("metrics", "dimensions", "filters", "time_range", "order", "limit"));
        List<Metric> metrics = names(node, "metrics", true).stream()
                .map(m -> Metric.of(m).orElseThrow(() -> PlatformException.invalid("metrics",
                        "unknown metric '" + m + "'; metrics are " + keys(Metric.values()))))
                .distinct().toList();
        List<Dimension> dimensions = names(node, "dimensions", false).stream()
                .map(d -> Dimension.of(d).orElseThrow(() -> PlatformException.invalid("dimensions",
                        "unknown dimension '" + d + "'; dimensions are " + keys(Dimension.values()))))
                .distinct().toList();
        LocalDate[] range = timeRange(node.get("time_range"));
        Optional<ReportQuery.Order> order = order(node.get("order"));
        var withOrder = new ArrayList<>(metrics);
        order.map(ReportQuery.Order::metric).filter(m -> !withOrder.contains(m)).ifPresent(withOrder::add);
        return new ReportQuery(advertiserId, withOrder, dimensions, filters(node.get("filters")), range[0], range[1],
                order, limit(node.get("limit")));
    }

    private static List<String> names(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw PlatformException.invalid(field, field + " is required: a list such as [\"cost\", \"ctr\"]");
            return List.of();
        }
        if (!v.isArray() || (required && v.isEmpty())) {
            throw PlatformException.invalid(field, field + " must be a " + (required ? "non-empty " : "") + "list of names");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isString()) throw PlatformException.invalid(field, field + " must contain strings; got " + item);
            out.add(item.asString());
        }
        return out;
    }

    private static LocalDate[] timeRange(JsonNode v) {
        if (v == null || !v.isObject()) {
            throw PlatformException.invalid("time_range", "time_range is required: {\"start\": \"YYYY-MM-DD\", "
                    + "\"end\": \"YYYY-MM-DD\"}, both days included");
        }
        LocalDate start = date(v, "start");
        LocalDate end = date(v, "end");
        if (end.isBefore(start)) {
            throw PlatformException.invalid("time_range", "time_range.end " + end + " is before time_range.start " + start);
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw PlatformException.invalid("time_range", "time_range may span at most " + MAX_DAYS + " days");
        }
        return new LocalDate[]{start, end};
    }

    private static LocalDate date(JsonNode range, String key) {
        JsonNode v = range.get(key);
        String field = "time_range." + key;
        if (v == null || !v.isString()) throw PlatformException.invalid(field, field + " is required as \"YYYY-MM-DD\"");
        try {
            return LocalDate.parse(v.asString());
        } catch (DateTimeParseException e) {
            throw PlatformException.invalid(field, field + " must be a date as \"YYYY-MM-DD\"; got \"" + v.asString() + "\"");
        }
    }

    private static Map<Dimension, List<String>> filters(JsonNode v) {
        Map<Dimension, List<String>> out = new EnumMap<>(Dimension.class);
        if (v == null || v.isNull()) return out;
        if (!v.isObject()) throw PlatformException.invalid("filters", "filters must be an object of dimension → values");
        for (var entry : v.properties()) {
            String field = "filters." + entry.getKey();
            Dimension d = Dimension.of(entry.getKey()).filter(x -> x != Dimension.DATE)
                    .orElseThrow(() -> PlatformException.invalid(field, "cannot filter by '" + entry.getKey()
                            + "'; filters are campaign, ad_group, creative, region, device, gender, age "
                            + "(use time_range for dates)"));
            if (!entry.getValue().isArray() || entry.getValue().isEmpty()) {
                throw PlatformException.invalid(field, field + " must be a non-empty list of values");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode item : entry.getValue()) {
                if (!item.isString()) throw PlatformException.invalid(field, field + " must contain strings; got " + item);
                String value = item.asString();
                List<String> allowed = VALUES.get(d);
                if (allowed != null && !allowed.contains(value)) {
                    throw PlatformException.invalid(field, "unknown " + d.key() + " '" + value + "'; values are "
                            + String.join(", ", allowed));
                }
                values.add(value);
            }
            out.put(d, values.stream().distinct().toList());
        }
        return out;
    }

    private static Optional<ReportQuery.Order> order(JsonNode v) {
        if (v == null || v.isNull()) return Optional.empty();
        if (!v.isObject() || !v.path("metric").isString()) {
            throw PlatformException.invalid("order", "order must be {\"metric\": M, \"direction\": \"desc\" or \"asc\"}");
        }
        Metric metric = Metric.of(v.path("metric").asString()).orElseThrow(() -> PlatformException.invalid(
                "order.metric", "unknown metric '" + v.path("metric").asString() + "'; metrics are "
                        + keys(Metric.values())));
        String direction = v.path("direction").asString("desc");
        if (!direction.equals("desc") && !direction.equals("asc")) {
            throw PlatformException.invalid("order.direction", "order.direction must be desc or asc; got " + direction);
        }
        return Optional.of(new ReportQuery.Order(metric, direction.equals("desc")));
    }

    private static int limit(JsonNode v) {
        if (v == null || v.isNull()) return ReportQuery.DEFAULT_LIMIT;
        if (!v.isIntegralNumber() || v.asLong() < 1 || v.asLong() > ReportQuery.MAX_LIMIT) {
            throw PlatformException.invalid("limit", "limit must be a whole number from 1 to " + ReportQuery.MAX_LIMIT);
        }
        return v.asInt();
    }

    private static String keys(Enum<?>[] values) {
        return Arrays.stream(values).map(e -> e instanceof Metric m ? m.key() : ((Dimension) e).key())
                .collect(Collectors.joining(", "));
    }
}
