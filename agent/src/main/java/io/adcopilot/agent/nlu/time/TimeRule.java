package io.adcopilot.agent.nlu.time;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.text.AsciiPatterns;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** A pattern for one kind of time expression and how a match becomes a token. */
record TimeRule(Pattern pattern, Maker maker) {

    @FunctionalInterface
    interface Maker {
        /** The token for a match, or empty when the match names no real date (2月30日). */
        Optional<TimeToken> make(MatchResult match, TextSpan span, LocalDate today);
    }

    static TimeRule period(String regex, BiFunction<MatchResult, LocalDate, DateRange> range) {
        return new TimeRule(AsciiPatterns.compile(regex), (match, span, today) -> {
            try {
                return Optional.of(new TimeToken.Period(span, range.apply(match, today)));
            } catch (DateTimeException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    static TimeRule relative(String regex, UnaryOperator<DateRange> fromRange) {
        return new TimeRule(AsciiPatterns.compile(regex),
                (match, span, today) -> Optional.of(new TimeToken.Relative(span, fromRange)));
    }
}
