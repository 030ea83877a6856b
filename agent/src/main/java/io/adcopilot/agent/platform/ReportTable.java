package io.adcopilot.agent.platform;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A report the platform answered: rows (each a map of dimension values, entity names and metric values) and the
 * totals over everything matched. Metric values are {@link BigDecimal} (null where a ratio has no denominator).
 */
public record ReportTable(List<Map<String, Object>> rows, Map<String, BigDecimal> totals, boolean truncated) {

    public ReportTable {
        rows = List.copyOf(rows);
        totals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(totals));
    }

    public boolean isEmpty() {
        return rows.isEmpty() || totals.values().stream().allMatch(v -> v == null || v.signum() == 0);
    }
}
