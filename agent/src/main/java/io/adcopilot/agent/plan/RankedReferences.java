package io.adcopilot.agent.plan;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.Order;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Compare last week and this week, then pause the worse campaign": a change that names no entity but "the worst"
 * (or "the best") one refers to a ranking an earlier step of the same request makes. When that earlier data step
 * ranks nothing, it is made to: broken down by the kind of entity the change is about and ordered by cost per
 * conversion, the measure of how well a campaign performs when the user names none.
 */
public final class RankedReferences {

    public static final Pattern WORST = Pattern.compile("最差|更差|差的|不好的|表现差|(?i)\\b(worst|worse|weakest|poorest)\\b");
    public static final Pattern BEST = Pattern.compile("最好|更好|好的那个|表现好|(?i)\\b(best|better|strongest)\\b");
    static final String RANKING_METRIC = "cpa";

    private static final Set<String> WRITES = Set.of("update_status", "update_budget", "update_bid");
    private static final Pattern AD_GROUP = Pattern.compile("广告组|(?i)\\bad ?groups?\\b");

    private RankedReferences() {}

    public static boolean refersToRanking(String text) {
        return WORST.matcher(text).find() || BEST.matcher(text).find();
    }

    /** The steps, with earlier data steps ranking what a later change refers to as "the worst/best one". */
    public static List<Frame> prepare(List<Frame> steps, String text) {
        if (steps.size() < 2 || !refersToRanking(text)) return steps;
        int change = -1;
        for (int i = steps.size() - 1; i > 0 && change < 0; i--) {
            Slots s = steps.get(i).slots();
            if (WRITES.contains(steps.get(i).intent()) && !s.has(SlotNames.CAMPAIGN) && !s.has(SlotNames.AD_GROUP)) change = i;
        }
        if (change < 0) return steps;
        String kind = AD_GROUP.matcher(text).find() ? SlotNames.AD_GROUP : SlotNames.CAMPAIGN;
        List<Frame> out = new ArrayList<>(steps);
        for (int i = 0; i < change; i++) {
            Frame step = out.get(i);
            if (!step.intent().equals("query_metrics") || step.slots().has(SlotNames.DIMENSIONS)) continue;
            Slots slots = step.slots().with(SlotNames.DIMENSIONS, List.of(kind));
            if (slots.order().isEmpty()) slots = slots.with(SlotNames.ORDER, new Order(RANKING_METRIC, "asc"));
            String ranking = slots.order().get().metric();
            if (slots.has(SlotNames.METRICS) && !slots.list(SlotNames.METRICS).contains(ranking)) {
                List<String> metrics = new ArrayList<>(slots.list(SlotNames.METRICS));
                metrics.add(ranking);
                slots = slots.with(SlotNames.METRICS, metrics);
            }
            out.set(i, step.withSlots(slots));
        }
        return out;
    }
}
