package io.adcopilot.agent.plugin.analysis;

import io.adcopilot.agent.platform.ReportTable;
import io.adcopilot.agent.semantic.Dimensions;
import io.adcopilot.agent.semantic.Metrics;
import io.adcopilot.agent.turn.Language;
import io.adcopilot.core.json.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ECharts options for report answers: a line for a trend over dates, bars for a breakdown, and bars side by side
 * for a comparison of two periods.
 */
final class ChartSpecs {

    private ChartSpecs() {}

    static ObjectNode trend(ReportTable table, List<String> metrics, Language language) {
        ObjectNode option = base(metrics.get(0), language);
        ArrayNode x = option.putObject("xAxis").put("type", "category").putArray("data");
        table.rows().forEach(r -> x.add(String.valueOf(r.get("date"))));
        ArrayNode yAxes = option.putArray("yAxis");
        ArrayNode series = option.putArray("series");
        List<String> shown = metrics.size() > 2 ? metrics.subList(0, 2) : metrics;
        for (int i = 0; i < shown.size(); i++) {
            String metric = shown.get(i);
            yAxes.addObject().put("type", "value").put("name", Metrics.of(metric).label(language));
            ObjectNode s = series.addObject().put("type", "line").put("name", Metrics.of(metric).label(language))
                    .put("yAxisIndex", i).put("smooth", true);
            ArrayNode data = s.putArray("data");
            table.rows().forEach(r -> data.add(number(r.get(metric))));
        }
        legend(option, shown, language);
        return option;
    }

    static ObjectNode breakdown(ReportTable table, String dimension, String metric, Language language) {
        ObjectNode option = base(metric, language);
        ArrayNode x = option.putObject("xAxis").put("type", "category").putArray("data");
        table.rows().forEach(r -> x.add(Dimensions.shown(dimension, r, language)));
        option.putArray("yAxis").addObject().put("type", "value").put("name", Metrics.of(metric).label(language));
        ArrayNode data = option.putArray("series").addObject().put("type", "bar")
                .put("name", Metrics.of(metric).label(language)).putArray("data");
        table.rows().forEach(r -> data.add(number(r.get(metric))));
        return option;
    }

    static ObjectNode comparison(Map<String, BigDecimal> current, Map<String, BigDecimal> previous, List<String> metrics,
                                 String currentLabel, String previousLabel, Language language) {
        ObjectNode option = base(metrics.get(0), language);
        ArrayNode x = option.putObject("xAxis").put("type", "category").putArray("data");
        metrics.forEach(m -> x.add(Metrics.of(m).label(language)));
        option.putArray("yAxis").addObject().put("type", "value");
        ArrayNode series = option.putArray("series");
        ArrayNode before = series.addObject().put("type", "bar").put("name", previousLabel).putArray("data");
        ArrayNode after = series.addObject().put("type", "bar").put("name", currentLabel).putArray("data");
        metrics.forEach(m -> {
            before.add(number(previous.get(m)));
            after.add(number(current.get(m)));
        });
        option.putObject("legend").putArray("data").add(previousLabel).add(currentLabel);
        return option;
    }

    private static ObjectNode base(String metric, Language language) {
        ObjectNode option = Json.object();
        option.putObject("title").put("text", Metrics.of(metric).label(language)).put("left", "center");
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("containLabel", true);
        return option;
    }

    private static void legend(ObjectNode option, List<String> metrics, Language language) {
        ArrayNode data = option.putObject("legend").put("bottom", 0).putArray("data");
        metrics.forEach(m -> data.add(Metrics.of(m).label(language)));
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal b ? b : null;
    }
}
