package io.adcopilot.agent.nlu.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Entity names that look like dates (双十一大促-拉新, 618返场测试, 召回-30天加购未付款) are not time. */
class TimeBlockedSpansTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Test
    void aBlockedCampaignNameIsNotDoubleEleven() {
        String text = "双十一大促-拉新昨天花了多少钱";
        assertThat(TimeParser.parse(text, MONDAY, List.of()).timeRange())
                .as("unblocked, the name reads as 11-11").contains(DateRange.day(LocalDate.of(2026, 11, 11)));

        TimeMentions found = TimeParser.parse(text, MONDAY, List.of(name(text, "双十一大促-拉新")));
        assertThat(found.timeRange()).contains(DateRange.day(LocalDate.of(2026, 11, 15)));
        assertThat(found.compareTo()).isEmpty();
        assertThat(found.spans()).containsExactly(new TextSpan(8, 10));
    }

    @Test
    void aBlockedNameAloneGivesNoTime() {
        String text = "双十一大促-拉新下面有哪些广告组";
        assertThat(TimeParser.parse(text, MONDAY, List.of(name(text, "双十一大促-拉新")))).isEqualTo(TimeMentions.NONE);
    }

    @Test
    void sixEighteenInsideANameIsNotADate() {
        String text = "618返场测试618当天的消耗";
        TimeMentions found = TimeParser.parse(text, MONDAY, List.of(name(text, "618返场测试")));
        assertThat(found.timeRange()).contains(DateRange.day(LocalDate.of(2026, 6, 18)));
        assertThat(found.spans()).containsExactly(new TextSpan(7, 12));
    }

    @Test
    void daysInsideANameAreNotARecentPeriod() {
        String text = "召回-30天加购未付款最近3天的转化";
        TimeMentions found = TimeParser.parse(text, MONDAY, List.of(name(text, "召回-30天加购未付款")));
        assertThat(found.timeRange()).isEqualTo(Optional.of(new DateRange(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 15))));
    }

    @Test
    void weekendInsideANameIsNotLastWeekend() {
        String text = "直播间引流-周末上个月的平均点击价格";
        TimeMentions found = TimeParser.parse(text, MONDAY, List.of(name(text, "直播间引流-周末")));
        assertThat(found.timeRange()).contains(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
    }

    @Test
    void aYearInsideANameIsNotAYear() {
        String text = "Holiday Promo 2026 spend last week";
        TimeMentions found = TimeParser.parse(text, MONDAY, List.of(name(text, "Holiday Promo 2026")));
        assertThat(found.timeRange()).contains(new DateRange(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15)));
    }

    private static TextSpan name(String text, String name) {
        int start = text.indexOf(name);
        return new TextSpan(start, start + name.length());
    }
}
