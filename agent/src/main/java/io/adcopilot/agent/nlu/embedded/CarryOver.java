package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps what the user did not change from the previous turn's frame. A follow-up on an analysis ("那上周呢",
 * "只看广东", "换成按设备看", "点击率呢", "and for Holiday Promo 2026?") keeps the previous intent and slots and
 * replaces those it says; a fresh, complete question (its own metric and time, no "那/呢/它") starts over. An
 * action without its entity ("把它的预算提高到1.2万", "先把它停了") takes the entity from the previous frame.
 */
final class CarryOver {

    private static final Set<String> ANALYSES = Set.of("query_metrics", "diagnose_change");
    private static final Set<String> ACTIONS = Set.of("update_budget", "update_bid", "update_status");
    private static final Pattern ADDING = Pattern.compile("加上|再加|还有|以及|(?i)\\b(also|plus|as well)\\b");

    private CarryOver() {}

    /** A follow-up on an analysis keeps its intent ("那上周呢" after "为什么…涨了" still asks why). */
    static String intent(Frame previous, String predicted, Analysis a) {
        if (previous != null && ANALYSES.contains(predicted) && ANALYSES.contains(previous.intent())
                && (a.followUp() || a.pronoun())) {
            return previous.intent();
        }
        return predicted;
    }

    static Frame merge(Frame previous, String intent, double confidence, SlotFiller.Filled current, Analysis a) {
        Slots slots = current.slots();
        if (previous == null) return new Frame(intent, slots, confidence, current.ambiguities());
        Slots before = previous.slots();
        if (ANALYSES.contains(intent) && ANALYSES.contains(previous.intent())) {
            boolean complete = slots.has(SlotNames.METRICS) && slots.has(SlotNames.TIME_RANGE) && !a.followUp()
                    && !a.pronoun();
            if (!complete) {
                if (SlotFiller.namesEntity(slots) || !current.ambiguities().isEmpty()) {
                    for (String kind : SlotNames.ENTITIES) before = before.without(kind);
                }
                if (slots.has(SlotNames.METRICS) && ADDING.matcher(a.text()).find()) {
                    var metrics = new LinkedHashSet<>(before.list(SlotNames.METRICS));
                    metrics.addAll(slots.list(SlotNames.METRICS));
                    slots = slots.with(SlotNames.METRICS, new ArrayList<>(metrics));
                }
                slots = before.overriddenBy(slots);
                slots = slots.only(SlotNames.of(intent));
            }
        } else if (ACTIONS.contains(intent) && !SlotFiller.namesEntity(slots) && current.ambiguities().isEmpty()) {
            for (String kind : kindsFor(intent)) {
                if (before.has(kind)) {
                    slots = slots.with(kind, before.list(kind));
                    break;
                }
            }
        } else if (intent.equals("list_entities") && previous.intent().equals("list_entities") && a.followUp()) {
            slots = before.overriddenBy(slots);
        } else if (intent.equals("list_entities") && a.pronoun() && !slots.has(SlotNames.CAMPAIGN)
                && before.has(SlotNames.CAMPAIGN)) {
            slots = slots.with(SlotNames.CAMPAIGN, before.list(SlotNames.CAMPAIGN));
        }
        return new Frame(intent, slots, confidence, current.ambiguities());
    }

    private static List<String> kindsFor(String intent) {
        return switch (intent) {
            case "update_budget" -> List.of(SlotNames.CAMPAIGN);
            case "update_bid" -> List.of(SlotNames.AD_GROUP);
            default -> List.of(SlotNames.CREATIVE, SlotNames.AD_GROUP, SlotNames.CAMPAIGN);
        };
    }
}
