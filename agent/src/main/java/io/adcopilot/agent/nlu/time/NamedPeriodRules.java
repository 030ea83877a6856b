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
    private static final String RECENT_ZH = "(?:最近|过去的?|近)";
    private static final String RECENT_EN = "\\b(?:the\\s+)?(?:last|past|previous)\\s+";
    private static final String WEEK_ZH = "(?:周|星期|礼拜)";
    private static final String WEEKDAY_ZH = "([一二三四五六日天])(?![共均])"; // 上周一共 is "last week in all", 上周日均 "daily average"
    private static final String WEEKDAY_EN = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String SO_FAR_ZH = "(?:到目前为止|到目前|到现在|截至目前|至今|以来|为止)?";

    static final List<TimeRule> RULES = List.of(
            period("大前天", (m, today) -> DateRange.day(today.minusDays(3))),
            period("前天|\\b(?:the\\s+)?day\\s+before\\s+yesterday\\b", (m, today) -> DateRange.day(today.minusDays(2))),
            period("昨天|昨日|\\byesterday\\b", (m, today) -> DateRange.day(today.minusDays(1))),
            period("今天|今日|\\btoday\\b", (m, today) -> DateRange.day(today)),

            period(RECENT_ZH + N_ZH + "个?[天日]", (m, today) -> Periods.lastDays(today, count(m.group(1)))),
            period(RECENT_EN + N_EN + "\\s+days?\\b", (m, today) -> Periods.lastDays(today, count(m.group(1)))),
            period(RECENT_ZH + N_ZH + "个?" + WEEK_ZH, (m, today) -> Periods.lastDays(today, 7 * count(m.group(1)))),
            period(RECENT_EN + N_EN + "\\s+weeks?\\b", (m, today) -> Periods.lastDays(today, 7 * count(m.group(1)))),
            period("\\b(?:the\\s+)?past\\s+week\\b", (m, today) -> Periods.lastDays(today, 7)),
            period(RECENT_ZH + N_ZH + "个?月", (m, today) -> Periods.lastDays(today, 30 * count(m.group(1)))),
            period(RECENT_EN + N_EN + "\\s+months?\\b", (m, today) -> Periods.lastDays(today, 30 * count(m.group(1)))),
            period("\\b(?:the\\s+)?past\\s+month\\b", (m, today) -> Periods.lastDays(today, 30)),

            period("(?:本|这一?个?)" + WEEK_ZH + "(?!期)" + SO_FAR_ZH + "|\\bthis\\s+week\\b|\\bweek[- ]to[- ]date\\b|(?-i:\\bWTD\\b)",
                    (m, today) -> Periods.thisWeek(today)),
            period("(?:本|这)" + WEEK_ZH + WEEKDAY_ZH,
                    (m, today) -> Periods.dayOfThisWeek(today, chineseWeekday(m.group(1)))),
            period("上一?个?" + WEEK_ZH + "(?!期)|\\b(?:last|previous)\\s+week\\b", (m, today) -> Periods.lastWeek(today)),
            period("上上个?" + WEEK_ZH + "|\\bthe\\s+week\\s+before\\s+last\\b",
                    (m, today) -> Periods.daysEarlier(Periods.lastWeek(today), 7)),
            period("上一?个?" + WEEK_ZH + WEEKDAY_ZH, (m, today) -> Periods.dayOfLastWeek(today, chineseWeekday(m.group(1)))),
            period("\\blast\\s+" + WEEKDAY_EN + "\\b",
                    (m, today) -> Periods.dayOfLastWeek(today, DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)))),
            period("上一?个?" + WEEK_ZH + "末|\\blast\\s+weekend\\b", (m, today) -> Periods.lastWeekend(today)),

            period("(?:本|这一?个?)月份?" + SO_FAR_ZH + "|(?:本月|这个月)?月初(?:到现在|到目前|至今|以来)"
                    + "|\\bthis\\s+month(?:\\s+so\\s+far)?\\b|\\bso\\s+far\\s+this\\s+month\\b|\\bmonth[- ]to[- ]date\\b|(?-i:\\bMTD\\b)",
                    (m, today) -> Periods.thisMonth(today)),
            period("上一?个?月份?|\\b(?:last|previous)\\s+month\\b", (m, today) -> Periods.lastMonth(today)),
            period("上上个?月份?|\\bthe\\s+month\\s+before\\s+last\\b",
                    (m, today) -> Periods.monthEarlier(Periods.lastMonth(today))),

            period("今年" + SO_FAR_ZH + "|年初(?:到现在|到目前|至今|以来)"
                    + "|\\bthis\\s+year(?:\\s+so\\s+far)?\\b|\\bso\\s+far\\s+this\\s+year\\b|\\byear[- ]to[- ]date\\b|(?-i:\\bYTD\\b)",
                    (m, today) -> Periods.thisYear(today)),
            period("去年|\\blast\\s+year\\b", (m, today) -> Periods.lastYear(today)));

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
