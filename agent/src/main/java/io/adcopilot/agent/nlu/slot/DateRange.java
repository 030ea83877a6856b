package io.adcopilot.agent.nlu.slot;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An inclusive range of platform dates: the form of the {@code time_range} and {@code compare_to} slots. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        if (end.isBefore(start)) throw new IllegalArgumentException("end " + end + " before start " + start);
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public DateRange previous() {
        return new DateRange(start.minusDays(days()), start.minusDays(1));
    }
}
