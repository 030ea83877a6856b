package io.adcopilot.agent.nlu.time;

import static io.adcopilot.agent.nlu.time.TimeRule.period;

import io.adcopilot.agent.nlu.slot.DateRange;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/** Periods named relative to today: 昨天, 最近7天, 上周三, 本月, last week, past 30 days, this year. */
final class NamedPeriodRules {

    private static final String N_ZH = "(" + Counts.CHINESE + ")";
    private static final String N_EN = "(" + Counts.ENGLISH + ")";
    private static final String RECENT_ZH = "(?:最近|过去的?|(?<![接将附靠])近)"; // not 接近 ("nearly")
    private static final String RECENT_EN = "\\<(?:the\\s+)?(?:last|past|previous)\\s+";
    private static final String WEEK_ZH = "(?:周|星期|礼拜)";
    private static final String WEEKDAY_ZH = "([一二三四五六日天])(?![共均])"; // 上周一共 is "last week in all", 上周日均 "daily average"
    private static final String WEEKDAY_EN = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String SO_FAR_ZH = "(?:到目前为止|到目前|到现在|截至目前|至今|以来|为止)?";

    static final List<TimeRule> RULES = List.of(
            period("大前天", (m, today) -> DateRange.day(today.minusDays(3))),
            period("前天|\\<(?:the\\s+)?day\\s+before\\s+yesterday\\>", (m, today) -> DateRange.day(today.minusDays(2))),
            period("昨天|昨日|\\<yesterday\\>", (m, today) -> DateRange.day(today.minusDays(1))),
            period("今天|今日|\\<today\\>", (m, today) -> DateRange.day(today)),

            period(RECENT_ZH + N_ZH + "个?[天日]", (m, today) -> Periods.lastDays(today, count(m.group(1)))),
            period(RECENT_EN + N_EN + "\\s+days?\\>", (m, today) -> Periods.lastDays(today, count(m.group(1)))),
            period(RECENT_ZH + N_ZH + "个?" + WEEK_ZH, (m, today) -> Periods.lastDays(today, 7 * count(m.group(1)))),
            period(RECENT_EN + N_EN + "\\s+weeks?\\>", (m, today) -> Periods.lastDays(today, 7 * count(m.group(1)))),
            period("\\<(?:the\\s+)?past\\s+week\\>", (m, today) -> Periods.lastDays(today, 7)),
            period(RECENT_ZH + N_ZH + "个?月", (m, today) -> Periods.lastDays(today, 30 * count(m.group(1)))),
            period(RECENT_EN + N_EN + "\\s+months?\\>", (m, today) -> Periods.lastDays(today, 30 * count(m.group(1)))),
            period("\\<(?:the\\s+)?past\\s+month\\>", (m, today) -> Periods.lastDays(today, 30)),

            period("(?:本|这一?个?)" + WEEK_ZH + "(?!期)" + SO_FAR_ZH + "|\\<this\\s+week\\>|\\<week[- ]to[- ]date\\>|(?-i:\\<WTD\\>)",
                    (m, today) -> Periods.thisWeek(today)),
            period("(?:本|这)" + WEEK_ZH + WEEKDAY_ZH,
                    (m, today) -> Periods.dayOfThisWeek(today, chineseWeekday(m.group(1)))),
            period("上一?个?" + WEEK_ZH + "(?!期)|\\<(?:last|previous)\\s+week\\>", (m, today) -> Periods.lastWeek(today)),
            period("上上个?" + WEEK_ZH + "|\\<the\\s+week\\s+before\\s+last\\>",
                    (m, today) -> Periods.daysEarlier(Periods.lastWeek(today), 7)),
            period("上一?个?" + WEEK_ZH + WEEKDAY_ZH, (m, today) -> Periods.dayOfLastWeek(today, chineseWeekday(m.group(1)))),
            period("\\<last\\s+" + WEEKDAY_EN + "\\>",
                    (m, today) -> Periods.dayOfLastWeek(today, DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)))),
            period("上一?个?" + WEEK_ZH + "末|\\<last\\s+weekend\\>", (m, today) -> Periods.lastWeekend(today)),

            period("(?:本|这一?个?)月份?" + SO_FAR_ZH + "|(?:本月|这个月)?月初(?:到现在|到目前|至今|以来)"
                    + "|\\<this\\s+month(?:\\s+so\\s+far)?\\>|\\<so\\s+far\\s+this\\s+month\\>|\\<month[- ]to[- ]date\\>|(?-i:\\<MTD\\>)",
                    (m, today) -> Periods.thisMonth(today)),
            period("上一?个?月份?|\\<(?:last|previous)\\s+month\\>", (m, today) -> Periods.lastMonth(today)),
            period("上上个?月份?|\\<the\\s+month\\s+before\\s+last\\>",
                    (m, today) -> Periods.monthEarlier(Periods.lastMonth(today))),

            period("今年" + SO_FAR_ZH + "|年初(?:到现在|到目前|至今|以来)"
                    + "|\\<this\\s+year(?:\\s+so\\s+far)?\\>|\\<so\\s+far\\s+this\\s+year\\>|\\<year[- ]to[- ]date\\>|(?-i:\\<YTD\\>)",
                    (m, today) -> Periods.thisYear(today)),
            period("去年|\\<last\\s+year\\>", (m, today) -> Periods.lastYear(today)));

    private NamedPeriodRules() {}

    private static int count(String said) {
        int n = Counts.parse(said);
        if (n <= 0) throw new IllegalArgumentException("no days in " + said);
        return n;
    }

    private static DayOfWeek chineseWeekday(String said) {
        int index = "一二三四五六".indexOf(said);
        return index >= 0 ? DayOfWeek.of(index + 1) : DayOfWeek.SUNDAY;
    }
}
