package io.adcopilot.agent.turn;

import java.util.List;
import java.util.Map;

/** A table for the reply: labelled columns and rows of values by column key. */
public record Table(List<Column> columns, List<Map<String, Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A column: the key in each row, the label shown, and how its values are written: {@code money} (CNY),
     * {@code count}, {@code percent} (a fraction shown as a percentage), {@code ratio}, or {@code text}.
     */
    public record Column(String key, String label, String unit) {
        public Column(String key, String label) {
            this(key, label, "text");
        }
    }
}
