package io.adcopilot.agent.nlu.time;

import static io.adcopilot.agent.nlu.time.TimeRule.period;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.text.AsciiPatterns;
import io.adcopilot.agent.nlu.text.ChineseNumbers;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Calendar dates, festivals, months and ranges between dates: 11月11日, 双十一, 去年双十一, 618当天, Nov 11, 11.11,
 * 2025-11-11, 11月, in October, 11月1日到11月7日, 11月1号至7号, 11.1-11.7, from Nov 1 to Nov 7, Nov 1-7,
 * between Nov 1 and Nov 7. The shapes below have no capturing groups, so they compose; {@link SaidDate} reads them.
 */
final class CalendarDateRules {

    private static final String MONTH_NUMBER = "(?:1[0-2]|0?[1-9])";
    private static final String DAY_NUMBER = "(?:[12]\\d|3[01]|0?[1-9])";
    private static final String MONTH_ZH = "(?:" + MONTH_NUMBER + "|十[一二]?|[一二三四五六七八九])";
    private static final String DAY_ZH = "(?:" + DAY_NUMBER + "|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])";
    private static final String YEAR_ZH = "(?:(?:去年|前年|今年|\\d{4}年)的?)?";
    private static final String ON_THE_DAY_ZH = "(?:当天|那天|当日|这天|那一天)?";
    private static final String MONTH_EN = "\\<(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String MONTH_EN_FULL = "\\<(?:january|february|march|april|may|june|july|august|september"
            + "|october|november|december)\\>";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String YEAR_EN_BEFORE = "(?:\\<(?:last|this)\\s+year'?s\\s+)?";
    private static final String YEAR_EN_AFTER = "(?:,?\\s+\\d{4}(?!\\d)|\\s+(?:of\\s+)?(?:last|this)\\s+year\\>)?";

    private static final String DATE_ZH = "(?<!\\d)" + YEAR_ZH + MONTH_ZH + "月" + DAY_ZH + "(?:[日号]|(?!\\d))" + ON_THE_DAY_ZH;
    private static final String ISO_DATE = "(?<![\\d.])\\d{4}[-./]" + MONTH_NUMBER + "[-./]" + DAY_NUMBER + "(?![\\d.])";
    private static final String DOTTED_DATE = MONTH_NUMBER + "\\." + DAY_NUMBER + "(?![\\d.])";
    /** 11.11 alone only where it cannot be an amount: not after a price word or verb, not before a unit. */
    private static final String DOTTED_DATE_ALONE = "(?<![\\d.¥￥$]|[到成为加减高低调降升涨价算翻]\\s{0,3}|\\<(?:to|by|at)\\s{1,3})"
            + DOTTED_DATE + "(?![%万千百kw倍个]|\\s*(?:cny|rmb|yuan|percent|元|块))";
    private static final String DATE_EN = "(?:" + YEAR_EN_BEFORE + MONTH_EN + "\\s*" + DAY_NUMBER + ORDINAL + "\\>"
            + "|" + YEAR_EN_BEFORE + "\\<(?:the\\s+)?" + DAY_NUMBER + ORDINAL + "\\s+(?:of\\s+)?" + MONTH_EN + "(?![a-z]))"
            + YEAR_EN_AFTER;
    private static final String FESTIVAL = "(?:" + YEAR_ZH + "(?:双(?:十一|11|十二|12)|(?<!\\d)618(?=当天|那天|当日|这天|那一天))"
            + ON_THE_DAY_ZH + "|" + YEAR_EN_BEFORE + "\\<(?:double\\s*(?:11|12|eleven|twelve)|singles'?\\s*day)\\>"
            + YEAR_EN_AFTER + ")";

    private static final String DATE = "(?:" + DATE_ZH + "|" + ISO_DATE + "|" + DOTTED_DATE_ALONE + "|" + DATE_EN + "|" + FESTIVAL + ")";
    private static final String RANGE_END = "(?:" + DATE_ZH + "|" + ISO_DATE + "|" + DOTTED_DATE + "|" + DATE_EN + "|" + FESTIVAL + ")";
    private static final String DAY_ONLY = DAY_ZH + "(?:[日号]|" + ORDINAL + "\\>)(?![\\d.月%天个周])";
    private static final Pattern DAY_ONLY_WHOLE = AsciiPatterns.compile(DAY_ONLY);
    private static final String TO = "\\s*(?:到|至|~|～|-|－|–|—|\\<to\\>|\\<through\\>|\\<thru\\>|\\<until\\>|\\<till\\>)\\s*";

    /** Every date shape needs one of these; texts without any skip the rules below (they are the costly ones). */
    private static final Pattern HINT = AsciiPatterns.compile(
            "[\\d月双]|double|singles|\\<(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

    static final List<TimeRule> RULES = List.of(
            period("(?:\\<from\\s+|从|自)?(" + DATE + ")(?:" + TO + "(" + RANGE_END + "|" + DAY_ONLY + "))?",
                    (m, today) -> range(m.group(1), m.group(2), today)),
            period("\\<between\\s+(" + DATE + ")\\s+and\\s+(" + RANGE_END + "|" + DAY_ONLY + ")",
                    (m, today) -> range(m.group(1), m.group(2), today)),
            period("(?<!\\d)" + YEAR_ZH + "(" + MONTH_ZH + ")月份?(?![\\d一二三四五六七八九十号日])",
                    (m, today) -> month(m.group(), m.group(1), today)),
            period("\\<(?:in|for|during)\\s+(" + MONTH_EN_FULL + ")(?!\\s*\\d{1,2}\\>)(?:\\s+\\d{4}\\>)?",
                    (m, today) -> month(m.group(), m.group(1), today)));

    private CalendarDateRules() {}

    static boolean mayMatch(String text) {
        return HINT.matcher(text).find();
    }

    /** A single date when {@code to} is null, else the range between the two. */
    private static DateRange range(String from, String to, LocalDate today) {
        SaidDate start = SaidDate.read(from, today);
        if (to == null) return DateRange.day(start.date(today));
        SaidDate end = DAY_ONLY_WHOLE.matcher(to).matches()
                ? start.withDay(Counts.parse(to.replaceAll("[^\\d" + ChineseNumbers.DIGITS + "十]", "")))
                : SaidDate.read(to, today);
        return SaidDate.range(start, end, today);
    }

    private static DateRange month(String said, String monthName, LocalDate today) {
        int month = SaidDate.month(monthName);
        OptionalInt year = SaidDate.yearSaid(said, today);
        return year.isPresent() ? Periods.month(year.getAsInt(), month, today) : Periods.latestMonth(month, today);
    }
}
