package io.adcopilot.agent.plugin.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Each metric as a product of simpler factors, so a change can be told by what moved underneath it:
 * <pre>
 *   CPA = CPC / CVR            ROI = AOV × CVR / CPC       CPC = CPM / (1000 × CTR)     CPM = 1000 × CPC × CTR
 *   CTR = clicks / impressions CVR = conversions / clicks  cost = clicks × CPC          clicks = impressions × CTR
 *   conversions = clicks × CVR revenue = conversions × AOV AOV = revenue / conversions
 * </pre>
 * Since the metric is a product, ln(metric'/metric) is exactly the sum of the factors' effects
 * (exponent × ln(factor'/factor)), which ranks them.
 */
final class Components {

    private record Factor(Metric metric, int exponent) {}

    private static final Map<Metric, List<Factor>> FACTORS = Map.ofEntries(
            Map.entry(Metric.CPA, List.of(new Factor(Metric.CPC, 1), new Factor(Metric.CVR, -1))),
            Map.entry(Metric.ROI, List.of(new Factor(Metric.AOV, 1), new Factor(Metric.CVR, 1),
                    new Factor(Metric.CPC, -1))),
            Map.entry(Metric.CPC, List.of(new Factor(Metric.CPM, 1), new Factor(Metric.CTR, -1))),
            Map.entry(Metric.CPM, List.of(new Factor(Metric.CPC, 1), new Factor(Metric.CTR, 1))),
            Map.entry(Metric.CTR, List.of(new Factor(Metric.CLICKS, 1), new Factor(Metric.IMPRESSIONS, -1))),
            Map.entry(Metric.CVR, List.of(new Factor(Metric.CONVERSIONS, 1), new Factor(Metric.CLICKS, -1))),
            Map.entry(Metric.AOV, List.of(new Factor(Metric.REVENUE, 1), new Factor(Metric.CONVERSIONS, -1))),
            Map.entry(Metric.COST, List.of(new Factor(Metric.CLICKS, 1), new Factor(Metric.CPC, 1))),
            Map.entry(Metric.CLICKS, List.of(new Factor(Metric.IMPRESSIONS, 1), new Factor(Metric.CTR, 1))),
            Map.entry(Metric.CONVERSIONS, List.of(new Factor(Metric.CLICKS, 1), new Factor(Metric.CVR, 1))),
            Map.entry(Metric.REVENUE, List.of(new Factor(Metric.CONVERSIONS, 1), new Factor(Metric.AOV, 1))));

    private Components() {}

    /**
     * The factors of {@code metric} that moved it from {@code before} to {@code after}, the largest effect first;
     * empty for impressions, or where a factor is zero or undefined in either period.
     */
    static List<ComponentChange> of(Metric metric, BaseSums before, BaseSums after) {
        List<ComponentChange> out = new ArrayList<>();
        for (Factor f : FACTORS.getOrDefault(metric, List.of())) {
            double b = f.metric().valueOf(before);
            double a = f.metric().valueOf(after);
            if (!(b > 0) || !(a > 0)) return List.of();
            out.add(new ComponentChange(f.metric(), f.exponent(), b, a, f.exponent() * Math.log(a / b)));
        }
        out.sort(Comparator.comparingDouble((ComponentChange c) -> -Math.abs(c.effect()))
                .thenComparing(c -> c.component().ordinal()));
        return out;
    }

    /**
     * The factors that tell the story of a change in direction {@code direction}: the largest effect pointing that
     * way, and the next one too when it is at least a third as large.
     */
    static List<ComponentChange> drivers(Metric metric, BaseSums before, BaseSums after, double direction) {
        List<ComponentChange> moving = of(metric, before, after).stream()
                .filter(c -> Changes.sameDirection(c.effect(), direction)).toList();
        if (moving.size() < 2) return moving;
        return Math.abs(moving.get(1).effect()) >= Math.abs(moving.get(0).effect()) / 3
                ? moving.subList(0, 2) : moving.subList(0, 1);
    }
}
