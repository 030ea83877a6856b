package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.turn.Language;
import io.adcopilot.core.json.Json;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The top drivers' contributions as an ECharts option: a horizontal bar per segment, the largest at the top,
 * increases and decreases in different colours, values in the metric's unit (fractions in percentage points).
 */
public final class DriverChart {

    static final String UP_COLOR = "#e8684a";
    static final String DOWN_COLOR = "#5b8ff9";

    private DriverChart() {}

    public static ObjectNode of(DiagnosisResult result, Language language) {
        Wording w = Explainer.wording(language);
        Metric metric = result.metric();
        String name = Labels.metric(metric, language);
        List<Contribution> drivers = TopDrivers.of(result);

        ObjectNode option = Json.object();
        ObjectNode title = option.putObject("title");
        title.put("text", w.chartTitle(name));
        title.put("subtext", w.intro(Formats.current(result.request(), language),
                Formats.comparison(result.request(), language)).replaceAll("[，:：\\s]+$", ""));
        ObjectNode tooltip = option.putObject("tooltip");
        tooltip.put("trigger", "axis");
        tooltip.putObject("axisPointer").put("type", "shadow");
        ObjectNode grid = option.putObject("grid");
        grid.put("left", 8);
        grid.put("right", 56);
        grid.put("containLabel", true);
        ObjectNode xAxis = option.putObject("xAxis");
        xAxis.put("type", "value");
        xAxis.put("name", Formats.plottedUnit(metric, language));
        ObjectNode yAxis = option.putObject("yAxis");
        yAxis.put("type", "category");
        yAxis.put("inverse", true);
        ArrayNode labels = yAxis.putArray("data");
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "bar");
        series.put("name", w.chartSeries());
        ObjectNode label = series.putObject("label");
        label.put("show", true);
        label.put("position", "right");
        ArrayNode data = series.putArray("data");
        for (Contribution c : drivers) {
            labels.add(Labels.segment(c.segment(), language));
            ObjectNode bar = data.addObject();
            bar.put("value", Formats.plotted(metric, c.total()));
            bar.putObject("itemStyle").put("color", c.total() >= 0 ? UP_COLOR : DOWN_COLOR);
        }
        return option;
    }
}
