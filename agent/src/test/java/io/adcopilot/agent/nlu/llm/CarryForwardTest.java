package io.adcopilot.agent.nlu.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarryForwardTest {

    private static Frame frame(String intent, Map<String, Object> slots) {
        return new Frame(intent, Slots.of(slots), 0.9);
    }

    @Test
    void anActionWithoutTargetTakesTheNearestEarlierOne() {
        List<Frame> frames = CarryForward.apply(List.of(
                frame("query_metrics", Map.of(SlotNames.CAMPAIGN, List.of("c-1001"))),
                frame("query_metrics", Map.of(SlotNames.CAMPAIGN, List.of("c-1002"), SlotNames.AD_GROUP, List.of("g-2001"))),
                frame("update_budget", Map.of()),
                frame("update_status", Map.of(SlotNames.STATUS, "paused"))));

        assertThat(frames.get(2).slots().list(SlotNames.CAMPAIGN)).containsExactly("c-1002");
        assertThat(frames.get(3).slots()).isEqualTo(Slots.of(Map.of(SlotNames.STATUS, "paused",
                SlotNames.CAMPAIGN, List.of("c-1002"))));
    }

    @Test
    void namedTargetsQueriesAndAmbiguousTargetsStayAsTheyAre() {
        Frame named = frame("update_bid", Map.of(SlotNames.AD_GROUP, List.of("g-2002")));
        Frame query = frame("query_metrics", Map.of());
        Frame ambiguous = new Frame("update_budget", Slots.NONE, 0.6, List.of(new Frame.Ambiguity("大促", SlotNames.CAMPAIGN,
                List.of(new Frame.Candidate("c-1001", "a"), new Frame.Candidate("c-1002", "b")))));
        List<Frame> frames = List.of(frame("query_metrics", Map.of(SlotNames.CAMPAIGN, List.of("c-1001"),
                SlotNames.AD_GROUP, List.of("g-2001"))), named, query, ambiguous);

        assertThat(CarryForward.apply(frames)).isEqualTo(frames);
    }
}
