package io.adcopilot.agent.nlu.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.DemoCatalogs;
import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.Turn;
import io.adcopilot.agent.nlu.lexicon.Lexicon;
import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.core.embed.BgeSmallZh;
import io.adcopilot.core.tool.Principal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The whole embedded engine on utterances and conversations whose frames are known. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedEngineTest {

    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-20T10:00:00+08:00");
    private EmbeddedEngine engine;

    @BeforeAll
    void train() {
        engine = EmbeddedEngine.train(BuiltInExamples.all(), BgeSmallZh.get(), p -> DemoCatalogs.of(p.advertiserId()),
                ExampleCatalogs::of, Lexicon.adDomain());
    }

    private Frame understand(String advertiser, String text, String... history) {
        List<Turn> turns = Arrays.stream(history).map(Turn::user).toList();
        return engine.understand(text, new NluContext(new Principal(advertiser, "t"), NOW, turns));
    }

    private static DateRange range(String start, String end) {
        return new DateRange(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void aFollowUpKeepsWhatTheUserDidNotChange() {
        Frame lastWeek = understand("adv-1001", "那上周呢", "双十一大促-拉新昨天花了多少钱");
        assertThat(lastWeek.intent()).isEqualTo("query_metrics");
        assertThat(lastWeek.slots().list("campaign")).containsExactly("c-1001");
        assertThat(lastWeek.slots().list("metrics")).containsExactly("cost");
        assertThat(lastWeek.slots().range("time_range")).hasValue(range("2026-11-09", "2026-11-15"));

        Frame onlyGuangdong = understand("adv-1001", "只看广东", "上周各个计划的转化数");
        assertThat(onlyGuangdong.slots().list("region")).containsExactly("广东");
        assertThat(onlyGuangdong.slots().list("dimensions")).containsExactly("campaign");
        assertThat(onlyGuangdong.slots().list("metrics")).containsExactly("conversions");

        Frame byDevice = understand("adv-1001", "换成按设备看", "最近7天各省的转化数");
        assertThat(byDevice.slots().list("dimensions")).containsExactly("device");

        Frame its = understand("adv-1002", "what about its conversions?", "How much did App Install - iOS spend last week?");
        assertThat(its.slots().list("campaign")).containsExactly("c-2004");
        assertThat(its.slots().list("metrics")).containsExactly("conversions");
        assertThat(its.slots().range("time_range")).hasValue(range("2026-11-09", "2026-11-15"));

        Frame other = understand("adv-1002", "and for Holiday Promo 2026?", "revenue of Spring Sale - Prospecting this month");
        assertThat(other.slots().list("campaign")).containsExactly("c-2007");
    }

    @Test
    void anActionTakesItsEntityFromTheConversation() {
        Frame budget = understand("adv-1001", "把它的预算提高到1.2万", "双十一大促-拉新昨天花了多少钱");
        assertThat(budget.intent()).isEqualTo("update_budget");
        assertThat(budget.slots().list("campaign")).containsExactly("c-1001");
        assertThat(budget.slots().amount("budget").orElseThrow().value()).isEqualByComparingTo("12000");

        Frame pause = understand("adv-1003", "先把它停了", "品牌专区昨天花了多少");
        assertThat(pause.intent()).isEqualTo("update_status");
        assertThat(pause.slots().list("campaign")).containsExactly("c-3004");
        assertThat(pause.slots().text("status")).hasValue("paused");
    }

    @Test
    void anAmbiguousNameIsReportedNotGuessed() {
        Frame frame = understand("adv-1001", "引流计划昨天花了多少");
        assertThat(frame.intent()).isEqualTo("query_metrics");
        assertThat(frame.slots().has("campaign")).isFalse();
        assertThat(frame.ambiguities()).singleElement().satisfies(a -> {
            assertThat(a.slot()).isEqualTo("campaign");
            assertThat(a.candidates()).extracting(Frame.Candidate::id).containsExactlyInAnyOrder("c-1003", "c-1005");
        });
    }

    @Test
    void rankingsAndBreakdowns() {
        Frame top = understand("adv-1001", "本月ROI最高的三个计划");
        assertThat(top.slots().list("dimensions")).containsExactly("campaign");
        assertThat(top.slots().order().orElseThrow().direction()).isEqualTo("desc");
        assertThat(top.slots().limit()).hasValue(3);
        Frame lowest = understand("adv-1002", "which campaign had the lowest CPA last week");
        assertThat(lowest.slots().order().orElseThrow().metric()).isEqualTo("cpa");
        assertThat(lowest.slots().order().orElseThrow().direction()).isEqualTo("asc");
        assertThat(lowest.slots().limit()).hasValue(1);
    }

    @Test
    void outOfScopeRequestsStayOutEvenWithDomainWords() {
        for (String text : List.of("今天北京天气怎么样", "帮我写一首关于秋天的诗", "打开蓝牙", "check my facebook ads spend",
                "set an alarm for 7am")) {
            assertThat(understand("adv-1001", text).intent()).as(text).isEqualTo("out_of_scope");
        }
    }

    @Test
    void confidenceIsAProbability() {
        Frame frame = understand("adv-1001", "昨天整体消耗多少");
        assertThat(frame.confidence()).isBetween(0.5, 1.0);
    }
}
