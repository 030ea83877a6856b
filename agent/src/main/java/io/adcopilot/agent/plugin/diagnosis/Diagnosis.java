package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.turn.Language;
import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.platform.Reports;
import io.adcopilot.core.tool.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explains why a metric moved between two periods: breaks the change down by campaign, ad group, creative, region,
 * device, gender and age, ranks the segments that drove it, and drills into the lead driver by a second dimension
 * to find the most specific segment behind it.
 *
 * <p>Contributions come from {@link ShiftShare}: a sum's change is the sum of its segments' changes; a ratio's
 * change is split, per segment, into a rate effect (the segment's own ratio moved) and a mix effect (its share of
 * the ratio's denominator moved), which add up to the total change exactly.
 *
 * <p>What it finds, in order: a mix change when some breakdown's mix effects carry at least half of the change;
 * otherwise a concentrated change when some driver {@linkplain Concentration stands out} from the rest of the
 * traffic with an excess (the part of its contribution that is its own) of at least 30% of the change: the driver
 * with the largest excess leads, and {@link DrillDown} looks inside it; otherwise a broad change. Leading by excess
 * rather than by contribution keeps a large segment that merely moved with everything else (one gender, during a
 * broad change) from hiding a small one that moved on its own.
 *
 * <p>Report calls: two for the audience (one query grouped by region, device, gender and age per period, from
 * which every audience breakdown and audience drill-down is summed), two for each of campaign, ad group and
 * creative that the filters do not pin to one value, and two for a drill-down that needs an entity dimension: at
 * most ten, and only two when there is nothing to decompose (no data, undefined or flat).
 */
public final class Diagnosis {

    /** Changes smaller than this (relative) are reported as flat. */
    static final double FLAT_BELOW = 0.01;
    /** A breakdown whose mix effects carry at least this share of the change makes it a mix change. */
    static final double MIX_SHARE = 0.5;
    /** A driver's excess must reach at least this share of the change for it to lead a concentrated change. */
    static final double LEAD_SHARE = 0.3;

    private final Reports reports;

    public Diagnosis(Reports reports) {
        this.reports = reports;
    }

    /** The diagnosis, explained in {@code language} with its chart and table. */
    public DiagnosisAnswer answer(Principal principal, DiagnosisRequest request, Language language)
            throws Reports.ReportFailure {
        return DiagnosisAnswer.of(analyze(principal, request), language);
    }

    /** The diagnosis: what kind of change it was, the breakdowns, the ranked drivers and the focus. */
    public DiagnosisResult analyze(Principal principal, DiagnosisRequest request) throws Reports.ReportFailure {
        Metric metric = request.metric();
        SegmentReports source = new SegmentReports(reports, principal, request.filters());
        Period<DateRange> periods = new Period<>(request.comparison(), request.current());
        Period<Grouped> audience = source.both(Dimensions.AUDIENCE, periods, Map.of());
        Period<BaseSums> totals = new Period<>(audience.before().totals(), audience.after().totals());
        Optional<Finding> undecomposable = undecomposable(metric, totals);
        if (undecomposable.isPresent()) {
            return new DiagnosisResult(request, undecomposable.get(), totals, List.of(), List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), source.calls());
        }
        double change = metric.valueOf(totals.after()) - metric.valueOf(totals.before());
        List<Breakdown> breakdowns = breakdowns(metric, request, source, periods, audience, totals);
        List<Contribution> drivers = drivers(breakdowns, change);

        Optional<Breakdown> mix = metric.isRatio() ? mixBreakdown(breakdowns, change) : Optional.empty();
        if (mix.isPresent()) {
            return new DiagnosisResult(request, Finding.MIX, totals, breakdowns, drivers, Optional.empty(),
                    Optional.empty(), Optional.empty(), mix, source.calls());
        }
        Optional<Contribution> lead = drivers.stream()
                .filter(c -> Concentration.standsOut(metric, totals, c))
                .filter(c -> Math.abs(Concentration.excess(metric, totals, c)) >= LEAD_SHARE * Math.abs(change))
                .max(Comparator.comparingDouble((Contribution c) -> Math.abs(Concentration.excess(metric, totals, c)))
                        .thenComparing(c -> c.segment().sortKey(), Comparator.reverseOrder()));
        if (lead.isEmpty()) {
            return new DiagnosisResult(request, Finding.BROAD, totals, breakdowns, drivers, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), source.calls());
        }
        var drill = new DrillDown(metric, totals, change, source, periods, audience, breakdowns).into(lead.get());
        return new DiagnosisResult(request, Finding.CONCENTRATED, totals, breakdowns, drivers, lead,
                drill.map(DrillDown.Drilled::cut), Optional.of(drill.flatMap(DrillDown.Drilled::focus)
                .orElse(lead.get())), Optional.empty(), source.calls());
    }

    private static Optional<Finding> undecomposable(Metric metric, Period<BaseSums> totals) {
        if (totals.before().isEmpty() || totals.after().isEmpty()) return Optional.of(Finding.NO_DATA);
        double before = metric.valueOf(totals.before());
        double after = metric.valueOf(totals.after());
        if (Double.isNaN(before) || Double.isNaN(after)) return Optional.of(Finding.UNDEFINED);
        double relative = Changes.relative(before, after);
        if (before == after || Math.abs(relative) < FLAT_BELOW) return Optional.of(Finding.FLAT);
        return Optional.empty();
    }

    private static List<Breakdown> breakdowns(Metric metric, DiagnosisRequest request, SegmentReports source,
                                              Period<DateRange> periods, Period<Grouped> audience,
                                              Period<BaseSums> totals) throws Reports.ReportFailure {
        Map<String, Period<Grouped>> entities = new LinkedHashMap<>();
        for (String d : Dimensions.ENTITIES) {
            if (!request.pins(d)) entities.put(d, source.both(List.of(d), periods, Map.of()));
        }
        double change = metric.valueOf(totals.after()) - metric.valueOf(totals.before());
        List<Breakdown> out = new ArrayList<>();
        for (String d : Dimensions.ORDER) {
            Period<Grouped> grouped = Dimensions.isAudience(d) ? audience : entities.get(d);
            if (grouped == null) continue;
            Map<Segment, Period<BaseSums>> segments = Dimensions.isAudience(d)
                    ? Breakdowns.pair(grouped.before().regroup(List.of(d), s -> true),
                            grouped.after().regroup(List.of(d), s -> true))
                    : Breakdowns.pair(grouped.before().segments(), grouped.after().segments());
            if (segments.size() < 2) continue;
            out.add(Breakdowns.of(metric, totals, List.of(d), segments, change, Breakdowns.truncated(grouped)));
        }
        return out;
    }

    /** Every breakdown's segments that moved the metric the way it went, largest first. */
    private static List<Contribution> drivers(List<Breakdown> breakdowns, double change) {
        return breakdowns.stream().flatMap(b -> b.contributions().stream())
                .filter(c -> Changes.sameDirection(c.total(), change))
                .sorted(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.total()))
                        .thenComparing(c -> c.segment().sortKey()))
                .toList();
    }

    private static Optional<Breakdown> mixBreakdown(List<Breakdown> breakdowns, double change) {
        return breakdowns.stream()
                .filter(b -> Changes.sameDirection(b.mixTotal(), change))
                .filter(b -> Math.abs(b.mixTotal()) >= MIX_SHARE * Math.abs(change))
                .max(Comparator.comparingDouble((Breakdown b) -> Math.abs(b.mixTotal()))
                        .thenComparing(b -> -Dimensions.rank(b.dimension())));
    }
}
