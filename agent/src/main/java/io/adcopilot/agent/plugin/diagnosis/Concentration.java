package io.adcopilot.agent.plugin.diagnosis;

/**
 * Whether a part of the traffic moved the metric on its own, or just moved along with everything else.
 *
 * <p>A part's <em>excess</em> is the share of its contribution that is its own: its contribution less what it would
 * have contributed had its value moved by the same relative change as the rest of the whole
 * (excess = contribution − weight × value before × the rest's relative change). A part stands out when at least
 * half of its contribution is excess: for a part whose weight held, that is when the rest moved less than half as
 * much (relatively), or the other way.
 */
final class Concentration {

    /** The share of its contribution a part's excess must reach for it to stand out. */
    static final double STAND_OUT_SHARE = 0.5;

    private Concentration() {}

    static double excess(Metric metric, Period<BaseSums> whole, Contribution part) {
        double rest = Changes.relative(metric.valueOf(whole.before().minus(part.before())),
                metric.valueOf(whole.after().minus(part.after())));
        if (Double.isNaN(rest) || Double.isNaN(part.valueBefore())) return part.total();
        return part.total() - part.weight() * part.valueBefore() * rest;
    }

    static boolean standsOut(Metric metric, Period<BaseSums> whole, Contribution part) {
        double excess = excess(metric, whole, part);
        return Changes.sameDirection(excess, part.total()) && Math.abs(excess) >= STAND_OUT_SHARE * Math.abs(part.total());
    }
}
