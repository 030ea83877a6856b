package io.adcopilot.agent.nlu.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.slot.DateRange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which expression is the time range and which the comparison period; empty cells mean "not said". */
class TimeComparisonTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-16 | 昨天和前天比，点击量变化多少       | 2026-11-15 | 2026-11-15 | 2026-11-14 | 2026-11-14
            2026-01-03 | 昨天跟前天相比                     | 2026-01-02 | 2026-01-02 | 2026-01-01 | 2026-01-01
            2026-11-16 | 本周消耗和上周比怎么样             | 2026-11-16 | 2026-11-16 | 2026-11-09 | 2026-11-15
            2026-11-22 | 本周消耗和上周比怎么样             | 2026-11-16 | 2026-11-22 | 2026-11-09 | 2026-11-15
            2026-01-03 | 本周消耗和上周比怎么样             | 2025-12-29 | 2026-01-03 | 2025-12-22 | 2025-12-28
            2026-11-22 | 这周消耗比上周少了很多，帮我分析一下原因 | 2026-11-16 | 2026-11-22 | 2026-11-09 | 2026-11-15
            2026-11-16 | 昨天的ROI比上周低                  | 2026-11-15 | 2026-11-15 | 2026-11-09 | 2026-11-15
            2026-11-16 | 和上周比，这周消耗怎么样             | 2026-11-16 | 2026-11-16 | 2026-11-09 | 2026-11-15
            2026-11-16 | 上周和本周对比                      | 2026-11-09 | 2026-11-15 | 2026-11-16 | 2026-11-16
            2026-11-16 | 对比一下上周和上上周的消耗           | 2026-11-09 | 2026-11-15 | 2026-11-02 | 2026-11-08
            2026-11-16 | 11月1日到11月7日和10月1日到10月7日比 | 2026-11-01 | 2026-11-07 | 2026-10-01 | 2026-10-07
            2026-11-16 | Why did CTR drop yesterday compared to the day before? | 2026-11-15 | 2026-11-15 | 2026-11-14 | 2026-11-14
            2026-11-22 | yesterday vs the day before yesterday | 2026-11-21 | 2026-11-21 | 2026-11-20 | 2026-11-20
            2026-11-16 | spend this week vs last week        | 2026-11-16 | 2026-11-16 | 2026-11-09 | 2026-11-15
            2026-11-22 | clicks this week compared to last week | 2026-11-16 | 2026-11-22 | 2026-11-09 | 2026-11-15
            2026-11-16 | was CTR lower yesterday than last Wednesday | 2026-11-15 | 2026-11-15 | 2026-11-11 | 2026-11-11
            2026-11-16 | 最近7天环比                         | 2026-11-09 | 2026-11-15 | 2026-11-02 | 2026-11-08
            2026-01-03 | 最近7天环比                         | 2025-12-27 | 2026-01-02 | 2025-12-20 | 2025-12-26
            2026-11-16 | 上周消耗和上一周期比                 | 2026-11-09 | 2026-11-15 | 2026-11-02 | 2026-11-08
            2026-11-22 | 本月与上期相比                       | 2026-11-01 | 2026-11-22 | 2026-10-10 | 2026-10-31
            2026-11-16 | 昨天的点击环比怎么样                 | 2026-11-15 | 2026-11-15 | 2026-11-14 | 2026-11-14
            2026-11-16 | last week vs the previous period    | 2026-11-09 | 2026-11-15 | 2026-11-02 | 2026-11-08
            2026-11-22 | last 14 days period over period     | 2026-11-08 | 2026-11-21 | 2026-10-25 | 2026-11-07
            2026-11-22 | this week week over week            | 2026-11-16 | 2026-11-22 | 2026-11-09 | 2026-11-15
            2026-11-16 | last week WoW                       | 2026-11-09 | 2026-11-15 | 2026-11-02 | 2026-11-08
            2026-11-16 | 昨天周环比                          | 2026-11-15 | 2026-11-15 | 2026-11-08 | 2026-11-08
            2026-11-16 | 昨天和上周比                        | 2026-11-15 | 2026-11-15 | 2026-11-09 | 2026-11-15
            2026-11-16 | 这周环比上周                        | 2026-11-16 | 2026-11-16 | 2026-11-09 | 2026-11-15
            2026-11-22 | 这个月同比                          | 2026-11-01 | 2026-11-22 | 2025-11-01 | 2025-11-22
            2026-11-16 | 上个月的GMV同比增长多少              | 2026-10-01 | 2026-10-31 | 2025-10-01 | 2025-10-31
            2026-01-03 | 上个月的GMV同比增长多少              | 2025-12-01 | 2025-12-31 | 2024-12-01 | 2024-12-31
            2026-11-16 | last month year over year           | 2026-10-01 | 2026-10-31 | 2025-10-01 | 2025-10-31
            2026-11-16 | 双十一和去年同期比                   | 2026-11-11 | 2026-11-11 | 2025-11-11 | 2025-11-11
            2026-11-16 | 和上周比怎么样                      |            |            | 2026-11-09 | 2026-11-15
            2026-11-16 | how does that compare to last week  |            |            | 2026-11-09 | 2026-11-15
            2026-11-16 | 环比怎么样                          |            |            |            |
            2026-11-16 | 同比呢                              |            |            |            |
            2026-11-16 | 北京和上海昨天的展现量               | 2026-11-15 | 2026-11-15 |            |
            2026-11-16 | ROI went down last week, what happened? | 2026-11-09 | 2026-11-15 |        |
            2026-11-16 | 上周和本周的投产比                   | 2026-11-09 | 2026-11-15 |            |
            """)
    void rangeAndComparison(LocalDate today, String text, LocalDate rangeStart, LocalDate rangeEnd,
                            LocalDate compareStart, LocalDate compareEnd) {
        TimeMentions found = TimeParser.parse(text, today, List.of());
        assertThat(found.timeRange()).as("time range of %s", text).isEqualTo(range(rangeStart, rangeEnd));
        assertThat(found.compareTo()).as("compare_to of %s", text).isEqualTo(range(compareStart, compareEnd));
    }

    private static Optional<DateRange> range(LocalDate start, LocalDate end) {
        return start == null ? Optional.empty() : Optional.of(new DateRange(start, end));
    }
}
