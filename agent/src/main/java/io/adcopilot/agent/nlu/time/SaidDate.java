package io.adcopilot.agent.nlu.time;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.text.AsciiPatterns;
import io.adcopilot.agent.nlu.text.ChineseNumbers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar date as said: month and day, and the year when one was said (去年双十一, Nov 11, 2025). */
record SaidDate(int month, int day, OptionalInt year) {

    private static final Pattern YEAR = AsciiPatterns.compile(
            "(去年|前年|今年|last\\s+year|this\\s+year)|(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern DOUBLE_ELEVEN = AsciiPatterns.compile("双(?:十一|11)|double\\s*(?:11|eleven)|singles'?\\s*day");
    private static final Pattern DOUBLE_TWELVE = AsciiPatterns.compile("双(?:十二|12)|double\\s*(?:12|twelve)");
    private static final Pattern CHINESE = Pattern.compile("([\\d" + ChineseNumbers.DIGITS + "十]+)月([\\d"
            + ChineseNumbers.DIGITS + "十]+)");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-./](\\d{1,2})");
    private static final Pattern ENGLISH_MONTH = AsciiPatterns.compile("\\<(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");
    private static final Pattern DAY_NUMBER = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** Reads a date that one of {@link CalendarDateRules}' shapes matched. */
    static SaidDate read(String said, LocalDate today) {
        OptionalInt year = yearSaid(said, today);
        String rest = YEAR.matcher(said).replaceFirst(" ");
        if (DOUBLE_ELEVEN.matcher(rest).find()) return new SaidDate(11, 11, year);
        if (DOUBLE_TWELVE.matcher(rest).find()) return new SaidDate(12, 12, year);
        if (rest.contains("618")) return new SaidDate(6, 18, year);
        Matcher chinese = CHINESE.matcher(rest);
        if (chinese.find()) return new SaidDate(Counts.parse(chinese.group(1)), Counts.parse(chinese.group(2)), year);
        Matcher numeric = NUMERIC.matcher(rest);
        if (numeric.find()) return new SaidDate(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)), year);
        Matcher month = ENGLISH_MONTH.matcher(rest);
        Matcher day = DAY_NUMBER.matcher(rest);
        if (month.find() && day.find()) return new SaidDate(month(month.group(1)), Integer.parseInt(day.group(1)), year);
        throw new IllegalArgumentException("no date in " + said);
    }

    /** Only a day of the month ("7号" in 11月1号至7号): the month and year of the range's start. */
    SaidDate withDay(int newDay) {
        return new SaidDate(month, newDay, year);
    }

    SaidDate withYear(int newYear) {
        return new SaidDate(month, day, OptionalInt.of(newYear));
    }

    /** The date: in the year said, else in today's year if not after today, else the latest year before it. */
    LocalDate date(LocalDate today) {
        if (year.isPresent()) return LocalDate.of(year.getAsInt(), month, day);
        for (int y = today.getYear(); y >= today.getYear() - 8; y--) {
            try {
                LocalDate date = LocalDate.of(y, month, day);
                if (!date.isAfter(today)) return date;
            } catch (DateTimeException notInThisYear) {
                // 2月29日 outside a leap year: try the year before
            }
        }
        throw new DateTimeException("no date " + month + "-" + day);
    }

    /** From one said date to another, each dated on its own; a year said on one side holds for both. */
    static DateRange range(SaidDate from, SaidDate to, LocalDate today) {
        SaidDate start = from.year.isEmpty() && to.year.isPresent() ? from.withYear(to.year.getAsInt()) : from;
        SaidDate end = to.year.isEmpty() && from.year.isPresent() ? to.withYear(from.year.getAsInt()) : to;
        LocalDate first = start.date(today);
        LocalDate last = end.date(today);
        if (last.isBefore(first)) {
            if (from.year.isPresent()) last = last.plusYears(1);
            else first = first.minusYears(1);
        }
        return new DateRange(first, last);
    }

    /** The year said in a date or month expression (去年, 2025, this year), if any. */
    static OptionalInt yearSaid(String said, LocalDate today) {
        Matcher match = YEAR.matcher(said);
        return match.find() ? OptionalInt.of(yearOf(match, today)) : OptionalInt.empty();
    }

    /** The month number of a Chinese or English month name (十一 or 11, November or Nov). */
    static int month(String said) {
        Matcher english = ENGLISH_MONTH.matcher(said);
        if (english.find()) return MONTHS.indexOf(english.group(1).toLowerCase(Locale.ROOT)) + 1;
        return Counts.parse(said);
    }

    private static int yearOf(Matcher match, LocalDate today) {
        if (match.group(2) != null) return Integer.parseInt(match.group(2));
        String word = match.group(1).toLowerCase(Locale.ROOT);
        if (word.equals("前年")) return today.getYear() - 2;
        if (word.equals("去年") || word.startsWith("last")) return today.getYear() - 1;
        return today.getYear();
    }
}
