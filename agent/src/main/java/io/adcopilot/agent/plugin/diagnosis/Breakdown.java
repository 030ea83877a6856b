package io.adcopilot.agent.plugin.diagnosis;

import java.util.List;

/**
 * A metric's change split over the segments of one dimension (or, in a drill-down, of two), largest contribution
 * first. {@code residual} is the part of the total change the contributions do not account for: zero up to
 * rounding, unless the platform cut rows at its limit.
 */
public record Breakdown(List<String> dimensions, List<Contribution> contributions, double residual,
                        boolean truncated) {

    public Breakdown {
        dimensions = List.copyOf(dimensions);
        contributions = List.copyOf(contributions);
    }

    /** The sum of the segments' rate effects: how much the segments' own values moved the total. */
    public double rateTotal() {
        return contributions.stream().mapToDouble(Contribution::rateEffect).sum();
    }

    /** The sum of the segments' mix effects: how much the shift of weight between segments moved the total. */
    public double mixTotal() {
        return contributions.stream().mapToDouble(Contribution::mixEffect).sum();
    }

    public double contributionTotal() {
        return contributions.stream().mapToDouble(Contribution::total).sum();
    }

    /** The dimension of a one-dimension breakdown. */
    public String dimension() {
        return dimensions.get(0);
    }
}
