package io.adcopilot.agent.nlu.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.DemoCatalogs;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityLinkerTest {

    private final EntityLinker linker = new EntityLinker();

    private List<EntityLinker.Mention> link(String advertiser, String text) {
        return linker.link(text, DemoCatalogs.of(advertiser));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            adv-1001 | 双十一大促-拉新昨天花了多少钱 | c-1001 | 双十一大促-拉新
            adv-1001 | 双11大促拉新昨天的消耗 | c-1001 | 双11大促拉新
            adv-1001 | 看一下日常店铺引流这周每天的展示 | c-1003 | 日常店铺引流
            adv-1001 | 拉新-女性25-34-一线城市这个广告组今天的消耗 | g-10011 | 拉新-女性25-34-一线城市
            adv-1001 | 停掉引流-通投-创意2 | cr-100312 | 引流-通投-创意2
            adv-1001 | 引流-通投出价提高0.2元 | g-10031 | 引流-通投
            adv-1001 | 11月1日到11月10日老客召回计划的订单量 | c-1002 | 老客召回
            adv-1003 | 数学思维直播课昨天的点击率 | c-3006 | 数学思维直播课
            adv-1003 | 成人职场课的获客成本上周是多少 | c-3005 | 成人职场课
            adv-1003 | 英语启蒙那个计划预算再加一千块 | c-3002 | 英语启蒙
            adv-1002 | What's the cost per install for App Install - Android in the last 14 days? | c-2003 | App Install - Android
            adv-1002 | Increase the budget of Spring Sale - Prospecting by 15% | c-2002 | Spring Sale - Prospecting
            adv-1002 | turn off the Cart abandoners ad group | g-20012 | Cart abandoners
            adv-1002 | Raise the bid for Broad - iOS by 10% | g-20022 | Broad - iOS
            """)
    void findsEntitiesByExactPartialAndVariantNames(String advertiser, String text, String id, String said) {
        List<EntityLinker.Mention> mentions = link(advertiser, text);
        assertThat(mentions).as(String.valueOf(mentions)).isNotEmpty();
        EntityLinker.Mention m = mentions.get(0);
        assertThat(m.candidates()).extracting(Entity::id).containsExactly(id);
        assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(said);
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            adv-1001 | 拉新那个双十一计划上周花了多少 | c-1001
            adv-1002 | how is the spring sale retargeting campaign doing | c-2001
            adv-1002 | the iOS app install campaign spend | c-2004
            adv-1003 | 英语启蒙体验客的线索 | c-3002
            """)
    void findsFuzzyAndPartialNames(String advertiser, String text, String id) {
        List<EntityLinker.Mention> mentions = link(advertiser, text);
        assertThat(mentions).as(String.valueOf(mentions)).isNotEmpty();
        assertThat(mentions.get(0).candidates()).extracting(Entity::id).containsExactly(id);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            adv-1001 | 引流计划昨天花了多少
            adv-1001 | 双十一大促昨天花了多少钱
            adv-1002 | pause the App Install campaign
            """)
    void reportsAmbiguityInsteadOfGuessing(String advertiser, String text) {
        List<EntityLinker.Mention> mentions = link(advertiser, text);
        assertThat(mentions).as(String.valueOf(mentions)).isNotEmpty();
        assertThat(mentions.get(0).ambiguous()).as(String.valueOf(mentions)).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            adv-1001 | 昨天整体消耗多少
            adv-1001 | 今天北京天气怎么样
            adv-1002 | How much did we spend yesterday?
            """)
    void findsNothingWhereNoEntityIsNamed(String advertiser, String text) {
        assertThat(link(advertiser, text)).isEmpty();
    }
}
