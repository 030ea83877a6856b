package io.adcopilot.agent.nlu.time;

import io.adcopilot.agent.nlu.slot.DateRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The calendar periods that time expressions name, relative to today (weeks start on Monday). */
final class Periods {

    private Periods() {}

    /** The n days before today, today excluded. */
    static DateRange lastDays(LocalDate today, int n) {
        return new DateRange(today.minusDays(n), today.minusDays(1));
    }

    static DateRange thisWeek(LocalDate today) {
        return new DateRange(monday(today), today);
    }

    static DateRange lastWeek(LocalDate today) {
        LocalDate monday = monday(today).minusWeeks(1);
        return new DateRange(monday, monday.plusDays(6));
    }

    static DateRange lastWeekend(LocalDate today) {
        LocalDate saturday = monday(today).minusDays(2);
        return new DateRange(saturday, saturday.plusDays(1));
    }

    static DateRange dayOfLastWeek(LocalDate today, DayOfWeek day) {
        return DateRange.day(monday(today).minusWeeks(1).plusDays(day.getValue() - 1L));
    }

    static DateRange dayOfThisWeek(LocalDate today, DayOfWeek day) {
        return DateRange.day(monday(today).plusDays(day.getValue() - 1L));
    }

    static DateRange thisMonth(LocalDate today) {
        return new DateRange(today.withDayOfMonth(1), today);
    }

    static DateRange lastMonth(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        return new DateRange(first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** A named month: the whole month, or up to today when it is today's month. */
    static DateRange month(int year, int month, LocalDate today) {
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        return new DateRange(first, last.isAfter(today) && !first.isAfter(today) ? today : last);
    }

    /** A month said without a year: in today's year unless that is still to come, else the year before. */
    static DateRange latestMonth(int month, LocalDate today) {
        int year = month > today.getMonthValue() ? today.getYear() - 1 : today.getYear();
        return month(year, month, today);
    }

    static DateRange thisYear(LocalDate today) {
        return new DateRange(today.withDayOfYear(1), today);
    }

    static DateRange lastYear(LocalDate today) {
        LocalDate first = today.withDayOfYear(1).minusYears(1);
        return new DateRange(first, first.with(TemporalAdjusters.lastDayOfYear()));
    }

    /** The range moved back by whole days (day over day, week over week). */
    static DateRange daysEarlier(DateRange range, int days) {
        return new DateRange(range.start().minusDays(days), range.end().minusDays(days));
    }

    /** The range one month earlier; a whole calendar month maps to the whole month before. */
    static DateRange monthEarlier(DateRange range) {
        LocalDate start = range.start().minusMonths(1);
        boolean wholeMonth = range.start().getDayOfMonth() == 1
                && range.end().equals(range.start().with(TemporalAdjusters.lastDayOfMonth()));
        LocalDate end = wholeMonth ? start.with(TemporalAdjusters.lastDayOfMonth()) : range.end().minusMonths(1);
        return new DateRange(start, end);
    }

    /** The same dates one year earlier (同比). */
    static DateRange yearEarlier(DateRange range) {
        return new DateRange(range.start().minusYears(1), range.end().minusYears(1));
    }

    /** The day before the range starts ("yesterday compared to the day before"). */
    static DateRange dayBefore(DateRange range) {
        return DateRange.day(range.start().minusDays(1));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
