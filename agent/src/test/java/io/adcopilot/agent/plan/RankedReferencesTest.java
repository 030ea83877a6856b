package io.adcopilot.agent.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.Order;
import io.adcopilot.agent.nlu.slot.Slots;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankedReferencesTest {

    private static final Frame COMPARE = new Frame("query_metrics", Slots.of(Map.of()), 0.9);
    private static final Frame PAUSE = new Frame("update_status", Slots.of(Map.of("status", "paused")), 0.9);

    @Test
    void theDataStepRanksWhatTheChangeRefersTo() {
        List<Frame> steps = RankedReferences.prepare(List.of(COMPARE, PAUSE), "compare this week and last week, then pause the worst campaign");
        assertThat(steps.get(0).slots().list("dimensions")).containsExactly("campaign");
        assertThat(steps.get(0).slots().order()).contains(new Order("cpa", "asc"));
        assertThat(steps.get(1)).isEqualTo(PAUSE);
    }

    @Test
    void adGroupsWhenTheChangeIsAboutAdGroupsAndTheSaidMetricIsKept() {
        Frame clicks = new Frame("query_metrics", Slots.of(Map.of("metrics", List.of("clicks"),
                "order", new Order("ctr", "desc"))), 0.9);
        List<Frame> steps = RankedReferences.prepare(List.of(clicks, PAUSE), "看下上周点击，然后把表现最差的广告组暂停");
        assertThat(steps.get(0).slots().list("dimensions")).containsExactly("ad_group");
        assertThat(steps.get(0).slots().order()).contains(new Order("ctr", "desc"));
        assertThat(steps.get(0).slots().list("metrics")).containsExactly("clicks", "ctr");
    }

    @Test
    void nothingChangesWithoutAReferenceOrWhenTheChangeNamesItsEntity() {
        List<Frame> plain = List.of(COMPARE, PAUSE);
        assertThat(RankedReferences.prepare(plain, "compare this week and last week, then pause it")).isEqualTo(plain);
        Frame named = new Frame("update_status", Slots.of(Map.of("status", "paused", "campaign", List.of("c-1001"))), 0.9);
        List<Frame> withEntity = List.of(COMPARE, named);
        assertThat(RankedReferences.prepare(withEntity, "compare, then pause the worst one, c-1001")).isEqualTo(withEntity);
        assertThat(RankedReferences.prepare(List.of(PAUSE), "pause the worst campaign")).containsExactly(PAUSE);
    }
}
