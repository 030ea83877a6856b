package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Within one compound request, an action that names no target acts on the entity of an earlier step
 * ("查一下双十一大促昨天花费，然后把预算加到5000": the budget is that campaign's). The prompt asks the model for this;
 * this makes sure of it for the actions, which cannot run without a target: a budget change takes the nearest earlier
 * campaign, a bid change the nearest earlier ad group, a status change the entities of the nearest earlier step that
 * named any. A target the user named ambiguously is left for the dialogue to ask about.
 */
final class CarryForward {

    private static final Map<String, List<String>> TARGETS = Map.of(
            "update_budget", List.of(SlotNames.CAMPAIGN),
            "update_bid", List.of(SlotNames.AD_GROUP),
            "update_status", SlotNames.ENTITIES);

    private CarryForward() {}

    static List<Frame> apply(List<Frame> frames) {
        List<Frame> out = new ArrayList<>();
        for (Frame frame : frames) {
            out.add(withTarget(frame, out));
        }
        return out;
    }

    private static Frame withTarget(Frame frame, List<Frame> earlier) {
        List<String> targets = TARGETS.get(frame.intent());
        if (targets == null || targets.stream().anyMatch(frame.slots()::has)) return frame;
        if (frame.ambiguities().stream().anyMatch(a -> targets.contains(a.slot()))) return frame;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Slots source = earlier.get(i).slots();
            if (targets.stream().noneMatch(source::has)) continue;
            Slots slots = frame.slots();
            for (String target : targets) slots = slots.with(target, source.get(target));
            return frame.withSlots(slots);
        }
        return frame;
    }
}
