package io.adcopilot.agent.plugin.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Splits a metric's change over the segments of a breakdown so that the parts add up to the whole.
 *
 * <p>For a sum (cost, clicks, ...) a segment's contribution is its own change. For a ratio R = N / D it is a
 * shift-share decomposition with midpoint weights: writing R as the D-weighted mean of the segments' own ratios,
 * R = Σ wᵢ·rᵢ with wᵢ = dᵢ / D, each segment gets
 * <pre>
 *   rate effect = w̄ᵢ · (rᵢ' − rᵢ)          its own ratio changed, at its average weight
 *   mix effect  = (wᵢ' − wᵢ) · (r̄ᵢ − R̄)     its weight changed; moving weight to a segment above the overall
 *                                            average raises the total
 * </pre>
 * (bars are means of the two periods). Because the weights sum to one in both periods, the terms add up to
 * R' − R exactly, with no interaction left over; this is the two-factor Shapley split. A segment with nothing to
 * divide by in one period (no conversions, say) has no ratio there: its contribution nᵢ'/D' − nᵢ/D − Δwᵢ·R̄ is
 * still exact, and counts as mix when the segment had no traffic at all in that period (it appeared or
 * disappeared), otherwise as rate.
 */
final class ShiftShare {

    private ShiftShare() {}

    /**
     * The contributions of {@code segments} (each with its sums before and after) to the change of {@code metric}
     * from {@code totalBefore} to {@code totalAfter}, largest first. For a ratio both totals need a non-zero
     * denominator. The segments may cover only part of the totals (the cells inside one segment, in a drill-down):
     * each contribution is still its part of the whole change.
     */
    static List<Contribution> contributions(Metric metric, BaseSums totalBefore, BaseSums totalAfter,
                                            Map<Segment, Period<BaseSums>> segments) {
        List<Contribution> out = new ArrayList<>();
        segments.forEach((segment, sums) ->
                out.add(contribution(metric, totalBefore, totalAfter, segment, sums.before(), sums.after())));
        out.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.total()))
                .thenComparing(c -> c.segment().sortKey()));
        return out;
    }

    static Contribution contribution(Metric metric, BaseSums totalBefore, BaseSums totalAfter, Segment segment,
                                     BaseSums before, BaseSums after) {
        double valueBefore = metric.valueOf(before);
        double valueAfter = metric.valueOf(after);
        if (!metric.isRatio()) {
            return new Contribution(segment, before, after, valueBefore, valueAfter, 1, valueAfter - valueBefore, 0);
        }
        double denominatorBefore = metric.denominator(totalBefore);
        double denominatorAfter = metric.denominator(totalAfter);
        if (denominatorBefore == 0 || denominatorAfter == 0) {
            throw new IllegalArgumentException(metric.key() + " is undefined in one period; nothing to decompose");
        }
        double overallMean = (metric.valueOf(totalBefore) + metric.valueOf(totalAfter)) / 2;
        double weightBefore = metric.denominator(before) / denominatorBefore;
        double weightAfter = metric.denominator(after) / denominatorAfter;
        double total = metric.numerator(after) / denominatorAfter - metric.numerator(before) / denominatorBefore
                - (weightAfter - weightBefore) * overallMean;
        double weight = (weightBefore + weightAfter) / 2;
        if (metric.denominator(before) > 0 && metric.denominator(after) > 0) {
            double rate = weight * (valueAfter - valueBefore);
            return new Contribution(segment, before, after, valueBefore, valueAfter, weight, rate, total - rate);
        }
        boolean appearedOrVanished = before.isEmpty() || after.isEmpty();
        return new Contribution(segment, before, after, valueBefore, valueAfter, weight,
                appearedOrVanished ? 0 : total, appearedOrVanished ? total : 0);
    }
}
