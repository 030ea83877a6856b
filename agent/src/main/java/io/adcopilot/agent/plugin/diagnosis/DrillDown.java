package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.platform.Reports;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Looks inside the lead driver for the segment that really moved: cuts it by a second dimension and takes the cell
 * that carries most of the driver's contribution and stands out from the rest of the driver.
 *
 * <p>An audience driver (region 广东) is first cut by every other audience dimension, summed from the audience
 * cube at no cost, keeping the cut whose focus cell contributes most. Otherwise (an entity driver, or no audience
 * cut found a focus) it is cut, with two more report calls, by the dimension whose drivers stand out most: not
 * its own, not one that contains it, never by the driver's own traffic under another name. When no other dimension
 * has a driver that stands out, the driver moved evenly across them and there is nothing to drill into.
 */
final class DrillDown {

    /** A cell becomes the focus only if it carries at least this share of its parent's contribution. */
    static final double FOCUS_SHARE = 0.5;

    /** The cut a driver was drilled into, and the cell found as its focus, if any. */
    record Drilled(Breakdown cut, Optional<Contribution> focus) {}

    private final Metric metric;
    private final Period<BaseSums> totals;
    private final double change;
    private final SegmentReports source;
    private final Period<DateRange> periods;
    private final Period<Grouped> audience;
    private final List<Breakdown> breakdowns;

    DrillDown(Metric metric, Period<BaseSums> totals, double change, SegmentReports source, Period<DateRange> periods,
              Period<Grouped> audience, List<Breakdown> breakdowns) {
        this.metric = metric;
        this.totals = totals;
        this.change = change;
        this.source = source;
        this.periods = periods;
        this.audience = audience;
        this.breakdowns = breakdowns;
    }

    Optional<Drilled> into(Contribution lead) throws Reports.ReportFailure {
        Facet parent = lead.segment().facets().get(0);
        Optional<Drilled> best = Optional.empty();
        if (Dimensions.isAudience(parent.dimension())) {
            for (Breakdown b : breakdowns) {
                if (!Dimensions.isAudience(b.dimension()) || b.dimension().equals(parent.dimension())) continue;
                Drilled d = audienceCut(lead, parent, b.dimension());
                if (d.focus().isPresent() && (best.flatMap(Drilled::focus).isEmpty()
                        || excess(lead, d.focus().get()) > excess(lead, best.get().focus().get()))) {
                    best = Optional.of(d);
                }
            }
            if (best.isPresent()) return best;
        }
        Optional<String> second = secondDimension(lead, parent, !Dimensions.isAudience(parent.dimension()));
        if (second.isEmpty()) return best;
        Period<Grouped> grouped = source.both(List.of(parent.dimension(), second.get()), periods,
                Map.of(parent.dimension(), List.of(parent.value())));
        Breakdown cut = Breakdowns.of(metric, totals, List.of(parent.dimension(), second.get()),
                Breakdowns.pair(grouped.before().segments(), grouped.after().segments()), lead.total(),
                Breakdowns.truncated(grouped));
        return Optional.of(new Drilled(cut, focus(lead, cut)));
    }

    private Drilled audienceCut(Contribution lead, Facet parent, String second) {
        List<String> dimensions = List.of(parent.dimension(), second);
        Predicate<Segment> inside = s -> s.value(parent.dimension()).filter(parent.value()::equals).isPresent();
        Breakdown cut = Breakdowns.of(metric, totals, dimensions,
                Breakdowns.pair(audience.before().regroup(dimensions, inside),
                        audience.after().regroup(dimensions, inside)),
                lead.total(), Breakdowns.truncated(audience));
        return new Drilled(cut, focus(lead, cut));
    }

    /**
     * The dimension to cut the lead by with a report: among the other dimensions ({@code audienceToo} false: only
     * entities, whose cuts the audience cube cannot give), the one with the largest driver that stands out.
     */
    private Optional<String> secondDimension(Contribution lead, Facet parent, boolean audienceToo) {
        String best = null;
        double bestContribution = 0;
        for (Breakdown b : breakdowns) {
            String d = b.dimension();
            if (d.equals(parent.dimension()) || Dimensions.isInside(parent.dimension(), d)) continue;
            if (!audienceToo && Dimensions.isAudience(d)) continue;
            double strongest = b.contributions().stream()
                    .filter(c -> Changes.sameDirection(c.total(), change))
                    .filter(c -> !Breakdowns.sameTraffic(c, lead))
                    .filter(c -> Concentration.standsOut(metric, totals, c))
                    .mapToDouble(c -> Math.abs(c.total())).max().orElse(0);
            if (strongest > bestContribution) {
                best = d;
                bestContribution = strongest;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The cell that is the real locus of the lead: it carries most of the lead's contribution and stands out from
     * the rest of the lead; of several, the one with the largest excess.
     */
    private Optional<Contribution> focus(Contribution lead, Breakdown cut) {
        Period<BaseSums> parent = new Period<>(lead.before(), lead.after());
        return cut.contributions().stream()
                .filter(c -> Changes.sameDirection(c.total(), change))
                .filter(c -> Math.abs(c.total()) >= FOCUS_SHARE * Math.abs(lead.total()))
                .filter(c -> Concentration.standsOut(metric, parent, c))
                .max(Comparator.comparingDouble((Contribution c) -> excess(lead, c))
                        .thenComparing(c -> c.segment().sortKey(), Comparator.reverseOrder()));
    }

    /** How much of a cell's contribution is its own within the lead, in the direction of the change. */
    private double excess(Contribution lead, Contribution cell) {
        return Math.abs(Concentration.excess(metric, new Period<>(lead.before(), lead.after()), cell));
    }
}
