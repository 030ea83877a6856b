package io.adcopilot.agent.plugin.diagnosis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds breakdowns from grouped sums. */
final class Breakdowns {

    private Breakdowns() {}

    /**
     * The contributions of {@code segments} to the change of {@code metric} between the totals, with the residual
     * against {@code explained}: the whole change, or in a drill-down the contribution of the segment drilled into.
     */
    static Breakdown of(Metric metric, Period<BaseSums> totals, List<String> dimensions,
                        Map<Segment, Period<BaseSums>> segments, double explained, boolean truncated) {
        List<Contribution> contributions = ShiftShare.contributions(metric, totals.before(), totals.after(), segments);
        double sum = contributions.stream().mapToDouble(Contribution::total).sum();
        return new Breakdown(dimensions, contributions, explained - sum, truncated);
    }

    /** Segments of both periods, each with its sums before and after (zero where it had no rows), in key order. */
    static Map<Segment, Period<BaseSums>> pair(Map<Segment, BaseSums> before, Map<Segment, BaseSums> after) {
        Map<String, Segment> segments = new TreeMap<>();
        before.keySet().forEach(s -> segments.put(s.sortKey(), s));
        after.keySet().forEach(s -> segments.put(s.sortKey(), s));
        Map<String, BaseSums> beforeByKey = new TreeMap<>();
        before.forEach((s, sums) -> beforeByKey.merge(s.sortKey(), sums, BaseSums::plus));
        Map<String, BaseSums> afterByKey = new TreeMap<>();
        after.forEach((s, sums) -> afterByKey.merge(s.sortKey(), sums, BaseSums::plus));
        Map<Segment, Period<BaseSums>> out = new LinkedHashMap<>();
        segments.forEach((key, s) -> out.put(s, new Period<>(beforeByKey.getOrDefault(key, BaseSums.ZERO),
                afterByKey.getOrDefault(key, BaseSums.ZERO))));
        return out;
    }

    static boolean truncated(Period<Grouped> grouped) {
        return grouped.before().truncated() || grouped.after().truncated();
    }

    /** The same traffic under another name (a campaign's only ad group). */
    static boolean sameTraffic(Contribution a, Contribution b) {
        return a.before().equals(b.before()) && a.after().equals(b.after());
    }
}
