package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.platform.ReportRequest;
import io.adcopilot.agent.platform.ReportTable;
import io.adcopilot.agent.platform.Reports;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.sandbox.report.Dimension;
import io.adcopilot.sandbox.report.ReportQuery;
import io.adcopilot.sandbox.report.ReportResult;
import io.adcopilot.sandbox.report.ReportStore;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports straight from the reference platform's report store, skipping HTTP and the gateway (tests only). */
final class StoreReports implements Reports {

    private final ReportStore store;

    StoreReports(ReportStore store) {
        this.store = store;
    }

    @Override
    public ReportTable query(Principal principal, ReportRequest request) {
        Map<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
        request.filters().forEach((d, values) -> filters.put(Dimension.of(d).orElseThrow(), values));
        ReportQuery query = new ReportQuery(principal.advertiserId(),
                request.metrics().stream().map(m -> io.adcopilot.sandbox.report.Metric.of(m).orElseThrow()).toList(),
                request.dimensions().stream().map(d -> Dimension.of(d).orElseThrow()).toList(),
                filters, request.range().start(), request.range().end(),
                request.order().map(o -> new ReportQuery.Order(
                        io.adcopilot.sandbox.report.Metric.of(o.metric()).orElseThrow(), o.direction().equals("desc"))),
                request.limit().orElse(ReportQuery.DEFAULT_LIMIT));
        ReportResult result = store.query(query);
        List<Map<String, Object>> rows = result.rows().stream().map(StoreReports::decimals).toList();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        result.totals().forEach((k, v) -> {
            if (v != null) totals.put(k, decimal(v));
        });
        return new ReportTable(rows, totals, result.truncated());
    }

    private static Map<String, Object> decimals(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, v instanceof Number ? decimal(v) : v));
        return out;
    }

    private static BigDecimal decimal(Object v) {
        return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }
}
