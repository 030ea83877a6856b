package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.platform.ReportRequest;
import io.adcopilot.agent.platform.ReportTable;
import io.adcopilot.agent.platform.Reports;
import io.adcopilot.core.tool.Principal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory platform for tests: fact rows (a date, dimension values, base sums) answered as the platform answers
 * reports (grouped sums, entity names, totals, rows ordered by the first metric and cut at the limit).
 */
final class FactTable implements Reports {

    record Fact(LocalDate date, Map<String, String> dimensions, BaseSums sums) {}

    private static final List<String> ENTITIES = List.of("campaign", "ad_group", "creative");

    private final List<Fact> facts = new ArrayList<>();
    private final List<ReportRequest> requests = new ArrayList<>();

    void add(LocalDate date, Map<String, String> dimensions, BaseSums sums) {
        facts.add(new Fact(date, Map.copyOf(dimensions), sums));
    }

    List<ReportRequest> requests() {
        return requests;
    }

    static String nameOf(String entityId) {
        return "名称-" + entityId;
    }

    @Override
    public ReportTable query(Principal principal, ReportRequest request) {
        requests.add(request);
        if (!BaseSums.KEYS.containsAll(request.metrics())) throw new IllegalArgumentException("base sums only");
        Map<List<String>, BaseSums> groups = new LinkedHashMap<>();
        BaseSums totals = BaseSums.ZERO;
        for (Fact f : facts) {
            if (f.date().isBefore(request.range().start()) || f.date().isAfter(request.range().end())) continue;
            boolean kept = request.filters().entrySet().stream()
                    .allMatch(e -> e.getValue().contains(f.dimensions().get(e.getKey())));
            if (!kept) continue;
            List<String> key = request.dimensions().stream().map(d -> f.dimensions().get(d)).toList();
            groups.merge(key, f.sums(), BaseSums::plus);
            totals = totals.plus(f.sums());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        groups.forEach((key, sums) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < key.size(); i++) {
                String d = request.dimensions().get(i);
                row.put(d, key.get(i));
                if (ENTITIES.contains(d)) row.put(d + "_name", nameOf(key.get(i)));
            }
            row.putAll(values(request.metrics(), sums));
            rows.add(row);
        });
        String first = request.metrics().get(0);
        rows.sort(Comparator.comparing((Map<String, Object> r) -> (BigDecimal) r.get(first)).reversed());
        int limit = request.limit().orElse(1000);
        boolean truncated = rows.size() > limit;
        return new ReportTable(truncated ? rows.subList(0, limit) : rows, values(request.metrics(), totals),
                truncated);
    }

    private static Map<String, BigDecimal> values(List<String> metrics, BaseSums sums) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (String m : metrics) {
            double v = sums.get(Metric.of(m).orElseThrow());
            out.put(m, BigDecimal.valueOf(v).setScale(m.equals("cost") || m.equals("revenue") ? 2 : 0,
                    RoundingMode.HALF_UP));
        }
        return out;
    }
}
