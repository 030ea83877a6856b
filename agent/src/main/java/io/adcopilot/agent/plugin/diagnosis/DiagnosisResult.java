package io.adcopilot.agent.plugin.diagnosis;

import java.util.List;
import java.util.Optional;

/**
 * A diagnosis: the metric in both periods, what kind of change it was, the change broken down by every dimension,
 * the drivers ranked across dimensions, and the most specific segment found by drilling into the top driver.
 *
 * @param totals      the base sums of all matching traffic, before and after
 * @param breakdowns  one per dimension with at least two segments (empty unless the change was decomposed)
 * @param drivers     segments of every breakdown whose contribution points the way of the change, largest first
 * @param lead        the largest driver that stands out from the rest of the traffic, when the change is
 *                    concentrated
 * @param drill       the lead driver cut by a second dimension, when drilled into
 * @param focus       the most specific segment behind the change (a drill-down cell or the lead driver), when the
 *                    change is concentrated
 * @param mix         the breakdown whose shift of weight explains the change, when it is a mix change
 * @param reportCalls how many reports the diagnosis asked the platform for
 */
public record DiagnosisResult(DiagnosisRequest request, Finding finding, Period<BaseSums> totals,
                              List<Breakdown> breakdowns, List<Contribution> drivers, Optional<Contribution> lead,
                              Optional<Breakdown> drill,
                              Optional<Contribution> focus, Optional<Breakdown> mix, int reportCalls) {

    public DiagnosisResult {
        breakdowns = List.copyOf(breakdowns);
        drivers = List.copyOf(drivers);
    }

    public Metric metric() {
        return request.metric();
    }

    /** The metric over the comparison period; NaN where it is undefined. */
    public double before() {
        return metric().valueOf(totals.before());
    }

    /** The metric over the current period; NaN where it is undefined. */
    public double after() {
        return metric().valueOf(totals.after());
    }

    public double change() {
        return after() - before();
    }

    /** (after − before) / |before|; NaN where the metric was zero or undefined before. */
    public double relativeChange() {
        return Changes.relative(before(), after());
    }

    /** The largest part of the change some breakdown's contributions leave unexplained. */
    public double residual() {
        return breakdowns.stream().mapToDouble(b -> Math.abs(b.residual())).max().orElse(0);
    }

    /** Whether the platform cut any report at its row limit (contributions may then be incomplete). */
    public boolean truncated() {
        return breakdowns.stream().anyMatch(Breakdown::truncated) || drill.map(Breakdown::truncated).orElse(false);
    }

    /** The traffic outside {@code segment}, before and after. */
    public Period<BaseSums> rest(Contribution segment) {
        return new Period<>(totals.before().minus(segment.before()), totals.after().minus(segment.after()));
    }
}
