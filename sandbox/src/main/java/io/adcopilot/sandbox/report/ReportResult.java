package io.adcopilot.sandbox.report;

import java.util.List;
import java.util.Map;

/** Report rows (dimension values, entity names, metrics), the totals over all matching facts, and whether rows
 * were cut at the limit. */
public record ReportResult(List<Map<String, Object>> rows, Map<String, Object> totals, boolean truncated) {}
