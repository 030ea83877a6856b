package io.adcopilot.agent.nlu.time;

import io.adcopilot.agent.nlu.text.TextSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/** Finds the time expressions of an utterance: every rule's matches, then leftmost-longest without overlaps. */
final class TimeScanner {

    private static final List<TimeRule> RULES = Stream.of(NamedPeriodRules.RULES, ComparisonRules.RULES)
            .flatMap(List::stream).toList();

    private static final Comparator<TimeToken> LEFTMOST_LONGEST = Comparator
            .comparingInt((TimeToken token) -> token.span().start())
            .thenComparing(token -> -token.span().end());

    private TimeScanner() {}

    static List<TimeToken> scan(String text, LocalDate today) {
        List<TimeToken> candidates = new ArrayList<>();
        findAll(RULES, text, today, candidates);
        if (CalendarDateRules.mayMatch(text)) findAll(CalendarDateRules.RULES, text, today, candidates);
        candidates.sort(LEFTMOST_LONGEST); // stable: among equal spans the rule listed first wins
        List<TimeToken> chosen = new ArrayList<>();
        int end = 0;
        for (TimeToken candidate : candidates) {
            if (candidate.span().start() >= end) {
                chosen.add(candidate);
                end = candidate.span().end();
            }
        }
        return chosen;
    }

    private static void findAll(List<TimeRule> rules, String text, LocalDate today, List<TimeToken> candidates) {
        for (TimeRule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                if (matcher.end() == matcher.start()) continue;
                TextSpan span = new TextSpan(matcher.start(), matcher.end());
                rule.maker().make(matcher, span, today).ifPresent(candidates::add);
            }
        }
    }
}
