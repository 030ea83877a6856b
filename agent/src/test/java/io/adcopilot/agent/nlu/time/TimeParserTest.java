package io.adcopilot.agent.nlu.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.slot.DateRange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every time rule of the spec, in Chinese and English, on a Monday (2026-11-16), a Sunday (2026-11-22) and an early
 * January Saturday (2026-01-03, whose week, last week and last month reach into the year before).
 */
class TimeParserTest {

    @ParameterizedTest(name = "{0} {1} -> {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-16 | 今天的消耗                     | 2026-11-16 | 2026-11-16
            2026-11-22 | how much did we spend today   | 2026-11-22 | 2026-11-22
            2026-01-03 | 今日花费                       | 2026-01-03 | 2026-01-03
            2026-11-16 | 昨天整体消耗多少                | 2026-11-15 | 2026-11-15
            2026-11-22 | yesterday's CTR                | 2026-11-21 | 2026-11-21
            2026-01-03 | 昨天的点击                      | 2026-01-02 | 2026-01-02
            2026-11-16 | 前天的转化                      | 2026-11-14 | 2026-11-14
            2026-11-22 | spend the day before yesterday | 2026-11-20 | 2026-11-20
            2026-01-03 | 前天花了多少                    | 2026-01-01 | 2026-01-01
            2026-01-02 | 大前天                          | 2025-12-30 | 2025-12-30
            """)
    void days(LocalDate today, String text, LocalDate start, LocalDate end) {
        assertRange(text, today, start, end);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-16 | 最近7天的点击率             | 2026-11-09 | 2026-11-15
            2026-11-22 | 最近七天                    | 2026-11-15 | 2026-11-21
            2026-01-03 | 过去7天                     | 2025-12-27 | 2026-01-02
            2026-11-16 | 近三十天                    | 2026-10-17 | 2026-11-15
            2026-11-22 | 最近30天分设备的花费         | 2026-10-23 | 2026-11-21
            2026-01-03 | 近30天                      | 2025-12-04 | 2026-01-02
            2026-11-16 | 过去两天                    | 2026-11-14 | 2026-11-15
            2026-01-03 | 最近3天为什么下降了          | 2025-12-31 | 2026-01-02
            2026-11-16 | 最近14天每天的点击           | 2026-11-02 | 2026-11-15
            2026-11-16 | last 14 days                | 2026-11-02 | 2026-11-15
            2026-11-22 | in the last 14 days         | 2026-11-08 | 2026-11-21
            2026-01-03 | past 7 days                 | 2025-12-27 | 2026-01-02
            2026-11-16 | the past seven days         | 2026-11-09 | 2026-11-15
            2026-11-22 | daily spend for the past 30 days | 2026-10-23 | 2026-11-21
            2026-01-03 | last thirty days            | 2025-12-04 | 2026-01-02
            """)
    void lastNDays(LocalDate today, String text, LocalDate start, LocalDate end) {
        assertRange(text, today, start, end);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-16 | 最近一周的转化率        | 2026-11-09 | 2026-11-15
            2026-11-22 | 近一周                  | 2026-11-15 | 2026-11-21
            2026-01-03 | 过去一周                | 2025-12-27 | 2026-01-02
            2026-11-16 | 最近一个星期            | 2026-11-09 | 2026-11-15
            2026-11-16 | past week               | 2026-11-09 | 2026-11-15
            2026-01-03 | over the past week      | 2025-12-27 | 2026-01-02
            2026-11-16 | 近两周                  | 2026-11-02 | 2026-11-15
            2026-11-22 | 最近两周                | 2026-11-08 | 2026-11-21
            2026-01-03 | 近两周                  | 2025-12-20 | 2026-01-02
            2026-11-16 | last two weeks          | 2026-11-02 | 2026-11-15
            2026-11-22 | past two weeks          | 2026-11-08 | 2026-11-21
            2026-01-03 | the last 2 weeks        | 2025-12-20 | 2026-01-02
            2026-11-16 | 近一个月                | 2026-10-17 | 2026-11-15
            2026-11-22 | 最近一个月              | 2026-10-23 | 2026-11-21
            2026-01-03 | 近一个月                | 2025-12-04 | 2026-01-02
            2026-11-16 | past month              | 2026-10-17 | 2026-11-15
            2026-11-22 | last 30 days            | 2026-10-23 | 2026-11-21
            2026-01-03 | the past month          | 2025-12-04 | 2026-01-02
            """)
    void recentWeeksAndMonths(LocalDate today, String text, LocalDate start, LocalDate end) {
        assertRange(text, today, start, end);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-16 | 本周                    | 2026-11-16 | 2026-11-16
            2026-11-22 | 这周每天的展示和点击     | 2026-11-16 | 2026-11-22
            2026-01-03 | 这周                    | 2025-12-29 | 2026-01-03
            2026-11-22 | installs this week      | 2026-11-16 | 2026-11-22
            2026-01-03 | this week               | 2025-12-29 | 2026-01-03
            2026-11-16 | 上周各个计划的转化数     | 2026-11-09 | 2026-11-15
            2026-11-22 | 上周                    | 2026-11-09 | 2026-11-15
            2026-01-03 | 上周的消耗              | 2025-12-22 | 2025-12-28
            2026-01-05 | 上周                    | 2025-12-29 | 2026-01-04
            2026-11-16 | last week               | 2026-11-09 | 2026-11-15
            2026-11-22 | CTR by campaign for last week | 2026-11-09 | 2026-11-15
            2026-01-03 | last week               | 2025-12-22 | 2025-12-28
            2026-11-16 | 上星期                  | 2026-11-09 | 2026-11-15
            2026-11-16 | 上周一共花了多少         | 2026-11-09 | 2026-11-15
            2026-11-16 | 上周日均消耗             | 2026-11-09 | 2026-11-15
            2026-11-16 | 上上周                  | 2026-11-02 | 2026-11-08
            2026-11-16 | 上周末                  | 2026-11-14 | 2026-11-15
            """)
    void weeks(LocalDate today, String text, LocalDate start, LocalDate end) {
        assertRange(text, today, start, end);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-16 | 上周三的千次展示成本    | 2026-11-11
            2026-11-22 | 上周三                  | 2026-11-11
            2026-01-03 | 上周三                  | 2025-12-24
            2026-11-16 | 上周一                  | 2026-11-09
            2026-11-22 | 上星期五                | 2026-11-13
            2026-01-03 | 上周日                  | 2025-12-28
            2026-11-16 | 上周天                  | 2026-11-15
            2026-11-16 | 上礼拜六                | 2026-11-14
            2026-11-16 | last Wednesday          | 2026-11-11
            2026-11-22 | last wednesday          | 2026-11-11
            2026-01-03 | last Monday             | 2025-12-22
            2026-11-16 | last Sunday             | 2026-11-15
            2026-11-22 | 本周三                  | 2026-11-18
            """)
    void weekdays(LocalDate today, String text, LocalDate day) {
        assertRange(text, today, day, day);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-16 | 本月ROI最高的三个计划   | 2026-11-01 | 2026-11-16
            2026-11-22 | 这个月每个计划的消耗     | 2026-11-01 | 2026-11-22
            2026-01-03 | 本月                    | 2026-01-01 | 2026-01-03
            2026-03-02 | 本月到目前的展示量       | 2026-03-01 | 2026-03-02
            2026-11-16 | this month              | 2026-11-01 | 2026-11-16
            2026-01-03 | revenue this month      | 2026-01-01 | 2026-01-03
            2026-11-16 | 上个月的平均点击价格     | 2026-10-01 | 2026-10-31
            2026-11-22 | 上月                    | 2026-10-01 | 2026-10-31
            2026-01-03 | 上个月                  | 2025-12-01 | 2025-12-31
            2026-03-02 | 上个月分年龄段的转化数   | 2026-02-01 | 2026-02-28
            2026-11-16 | last month              | 2026-10-01 | 2026-10-31
            2026-01-03 | conversion rate last month | 2025-12-01 | 2025-12-31
            2026-11-16 | 上上个月                | 2026-09-01 | 2026-09-30
            2026-11-16 | 今年                    | 2026-01-01 | 2026-11-16
            2026-11-22 | 今年到现在一共花了多少钱 | 2026-01-01 | 2026-11-22
            2026-01-03 | 今年以来                | 2026-01-01 | 2026-01-03
            2026-11-16 | this year               | 2026-01-01 | 2026-11-16
            2026-01-03 | year to date            | 2026-01-01 | 2026-01-03
            2026-11-16 | 去年                    | 2025-01-01 | 2025-12-31
            2026-11-16 | 10月份的消耗            | 2026-10-01 | 2026-10-31
            2026-11-16 | 11月                    | 2026-11-01 | 2026-11-16
            2026-01-03 | 十二月                  | 2025-12-01 | 2025-12-31
            2026-11-16 | spend in October        | 2026-10-01 | 2026-10-31
            """)
    void monthsAndYears(LocalDate today, String text, LocalDate start, LocalDate end) {
        assertRange(text, today, start, end);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-16 | 11月11日                | 2026-11-11
            2026-11-22 | 11月11号的GMV           | 2026-11-11
            2026-01-03 | 11月11日                | 2025-11-11
            2026-11-16 | 双十一当天的GMV是多少   | 2026-11-11
            2026-01-05 | 双十一                  | 2025-11-11
            2026-11-16 | 双11                    | 2026-11-11
            2026-11-10 | 双十一                  | 2025-11-11
            2026-11-11 | 双十一                  | 2026-11-11
            2026-11-16 | 去年双十一那天卖了多少   | 2025-11-11
            2026-01-05 | 去年双十一那天卖了多少   | 2025-11-11
            2026-11-16 | last year's Double 11   | 2025-11-11
            2026-01-03 | Double 11 last year     | 2025-11-11
            2026-11-16 | Nov 11                  | 2026-11-11
            2026-01-03 | November 11             | 2025-11-11
            2026-11-22 | on Nov. 11th            | 2026-11-11
            2026-11-22 | the 11th of November    | 2026-11-11
            2026-11-16 | 11.11                   | 2026-11-11
            2026-01-03 | 11.11的成交额           | 2025-11-11
            2026-11-16 | 双十二                  | 2025-12-12
            2026-12-20 | 双十二                  | 2026-12-12
            2026-11-16 | 618当天                 | 2026-06-18
            2026-01-03 | 618那天的订单           | 2025-06-18
            2026-11-16 | 6.18的GMV               | 2026-06-18
            2026-11-16 | 十一月十一日             | 2026-11-11
            2026-11-16 | 2025年11月11日          | 2025-11-11
            2026-11-16 | 2025-11-11              | 2025-11-11
            2026-11-16 | Nov 11, 2025            | 2025-11-11
            2026-03-02 | 2月29日                 | 2024-02-29
            """)
    void calendarDates(LocalDate today, String text, LocalDate day) {
        assertRange(text, today, day, day);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-16 | 11月1日到11月7日老客召回计划的订单量 | 2026-11-01 | 2026-11-07
            2026-11-22 | 11月1日-11月7日         | 2026-11-01 | 2026-11-07
            2026-01-03 | 11月1日到11月7日        | 2025-11-01 | 2025-11-07
            2026-11-16 | 11月1号至7号            | 2026-11-01 | 2026-11-07
            2026-11-16 | 从11月1日到7日          | 2026-11-01 | 2026-11-07
            2026-11-16 | 11.1-11.7的消耗         | 2026-11-01 | 2026-11-07
            2026-01-03 | 11.1-11.7               | 2025-11-01 | 2025-11-07
            2026-11-16 | from Nov 1 to Nov 7     | 2026-11-01 | 2026-11-07
            2026-11-22 | Nov 1 to Nov 15         | 2026-11-01 | 2026-11-15
            2026-11-16 | Nov 1-7                 | 2026-11-01 | 2026-11-07
            2026-11-16 | between Nov 1 and Nov 7 | 2026-11-01 | 2026-11-07
            2026-01-03 | between Nov 1 and Nov 7 | 2025-11-01 | 2025-11-07
            2026-01-03 | 12月25日到1月2日        | 2025-12-25 | 2026-01-02
            2026-01-03 | Dec 28 - Jan 2          | 2025-12-28 | 2026-01-02
            2026-11-16 | 2025年11月1日到11月7日  | 2025-11-01 | 2025-11-07
            2026-11-16 | 11月1日到11月20日       | 2025-11-01 | 2025-11-20
            """)
    void dateRanges(LocalDate today, String text, LocalDate start, LocalDate end) {
        assertRange(text, today, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            预算提高到5000
            PC端花了多少
            24到30岁人群的点击成本怎么样
            花费最多的5个广告组是哪些
            出价改成1.5
            预算提高到11.5
            出价提高0.2元
            618返场
            2月30日
            接近7天没有消耗
            What is the difference between CPC and CPM bidding?
            How do I set up conversion tracking?
            你好
            """)
    void nothingSaidIsNothingFound(String text) {
        assertThat(TimeParser.parse(text, LocalDate.of(2026, 11, 16), List.of())).isEqualTo(TimeMentions.NONE);
    }

    @Test
    void spansCoverEveryExpression() {
        TimeMentions found = TimeParser.parse("最近7天和上一周期比", LocalDate.of(2026, 11, 16), List.of());
        assertThat(found.spans()).extracting(span -> "最近7天和上一周期比".substring(span.start(), span.end()))
                .containsExactly("最近7天", "上一周期");
    }

    @Test
    void aParseTakesMicroseconds() {
        LocalDate today = LocalDate.of(2026, 11, 16);
        String text = "双十一大促-拉新这周消耗比上周少了很多，帮我分析一下原因";
        for (int i = 0; i < 2_000; i++) TimeParser.parse(text, today, List.of());
        long start = System.nanoTime();
        int runs = 2_000;
        for (int i = 0; i < runs; i++) TimeParser.parse(text, today, List.of());
        long micros = (System.nanoTime() - start) / 1_000 / runs;
        assertThat(micros).isLessThan(500);
    }

    static void assertRange(String text, LocalDate today, LocalDate start, LocalDate end) {
        assertThat(TimeParser.parse(text, today, List.of()).timeRange())
                .as("%s on %s", text, today)
                .isEqualTo(Optional.of(new DateRange(start, end)));
    }
}
