package io.adcopilot.agent.platform;

import io.adcopilot.agent.plugin.ToolCaller;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reports through the platform's queryReport tool, as one turn's traced, audited tool calls. */
public final class TurnReports implements Reports {

    private final ToolCaller tools;

    public TurnReports(ToolCaller tools) {
        this.tools = tools;
    }

    @Override
    public ReportTable query(Principal principal, ReportRequest request) throws ReportFailure {
        ToolResult result = tools.call("queryReport", arguments(request));
        if (result instanceof ToolResult.Success s) return table(s.content());
        var f = (ToolResult.Failure) result;
        throw new ReportFailure(f.code(), f.message(), f.hint());
    }

    public static ObjectNode arguments(ReportRequest r) {
        ObjectNode args = Json.object();
        var metrics = args.putArray("metrics");
        r.metrics().forEach(metrics::add);
        if (!r.dimensions().isEmpty()) {
            var dims = args.putArray("dimensions");
            r.dimensions().forEach(dims::add);
        }
        if (!r.filters().isEmpty()) {
            ObjectNode filters = args.putObject("filters");
            r.filters().forEach((k, values) -> {
                var array = filters.putArray(k);
                values.forEach(array::add);
            });
        }
        args.putObject("time_range").put("start", r.range().start().toString()).put("end", r.range().end().toString());
        r.order().ifPresent(o -> args.putObject("order").put("metric", o.metric()).put("direction", o.direction()));
        r.limit().ifPresent(l -> args.put("limit", l));
        return args;
    }

    static ReportTable table(JsonNode content) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode row : content.path("rows")) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (var e : row.properties()) values.put(e.getKey(), value(e.getValue()));
            rows.add(values);
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (var e : content.path("totals").properties()) {
            totals.put(e.getKey(), e.getValue().isNumber() ? e.getValue().decimalValue() : null);
        }
        return new ReportTable(rows, totals, content.path("truncated").asBoolean(false));
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isNumber()) return v.decimalValue();
        return v.asString();
    }
}
