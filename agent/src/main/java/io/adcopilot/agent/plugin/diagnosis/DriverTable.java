package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.turn.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * The top drivers as a table of formatted cells: segment, the segment's metric before and after, and its
 * contribution to the change; the first row is the whole traffic, with the total change.
 */
public record DriverTable(List<String> columns, List<List<String>> rows) {

    public DriverTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static DriverTable of(DiagnosisResult result, Language language) {
        Wording w = Explainer.wording(language);
        Metric metric = result.metric();
        List<List<String>> rows = new ArrayList<>();
        if (result.finding() != Finding.NO_DATA && result.finding() != Finding.UNDEFINED) {
            rows.add(List.of(w.overallLabel(), Formats.value(metric, result.before(), language),
                    Formats.value(metric, result.after(), language), Formats.delta(metric, result.change(), language)));
        }
        for (Contribution c : TopDrivers.of(result)) {
            rows.add(List.of(Labels.segment(c.segment(), language), Formats.value(metric, c.valueBefore(), language),
                    Formats.value(metric, c.valueAfter(), language), Formats.delta(metric, c.total(), language)));
        }
        return new DriverTable(w.tableColumns(), rows);
    }
}
