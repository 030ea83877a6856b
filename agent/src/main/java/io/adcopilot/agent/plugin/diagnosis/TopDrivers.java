package io.adcopilot.agent.plugin.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * The drivers a chart or table shows, at most eight: the drill-down focus first, then the ranked drivers that stand
 * out from the rest of the traffic and carry a noticeable share of the change (all ranked drivers when none does, as
 * in a broad change), each traffic once (a campaign's only ad group is the campaign again).
 */
final class TopDrivers {

    static final int MAX = 8;
    /** Drivers carrying less than this share of the change are left out (unless nothing else is left). */
    static final double MIN_SHARE = 0.05;

    private TopDrivers() {}

    static List<Contribution> of(DiagnosisResult result) {
        List<Contribution> out = new ArrayList<>();
        result.focus().filter(f -> f.segment().facets().size() > 1).ifPresent(out::add);
        List<Contribution> standing = result.drivers().stream()
                .filter(c -> Math.abs(c.total()) >= MIN_SHARE * Math.abs(result.change()))
                .filter(c -> Concentration.standsOut(result.metric(), result.totals(), c)).toList();
        for (Contribution c : standing.isEmpty() ? result.drivers() : standing) {
            if (out.size() == MAX) break;
            if (out.stream().noneMatch(o -> o.segment().equals(c.segment()) || sameTraffic(o, c))) out.add(c);
        }
        return out;
    }

    private static boolean sameTraffic(Contribution a, Contribution b) {
        return a.before().equals(b.before()) && a.after().equals(b.after());
    }
}
