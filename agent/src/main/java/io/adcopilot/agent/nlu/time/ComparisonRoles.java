package io.adcopilot.agent.nlu.time;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which time expression is the range asked about and which the comparison period: the one a comparison cue
 * marks is compared against ("这周消耗比上周少", "和上周比"); with two periods and a cue anywhere, the first is the
 * range and the second the comparison; a relative expression (环比, 同比, the day before) applies to the range.
 */
final class ComparisonRoles {

    private ComparisonRoles() {}

    static TimeMentions assign(String text, List<TimeToken> tokens) {
        TimeToken.Period range = null;
        TimeToken.Period compared = null;
        TimeToken.Relative relative = null;
        List<TimeToken.Period> periods = new ArrayList<>();
        int from = 0;
        for (TimeToken token : tokens) {
            if (token instanceof TimeToken.Period period) {
                periods.add(period);
                if (compared == null && ComparisonCues.marksComparison(text, period.span(), from)) compared = period;
                else if (range == null) range = period;
                from = period.span().end();
            } else if (relative == null) {
                relative = (TimeToken.Relative) token; // a cue too ("环比上周"), so the text it covers stays searchable
            }
        }
        if (compared == null && periods.size() >= 2 && ComparisonCues.anywhere(text)) {
            range = periods.get(0);
            compared = periods.get(1);
        }
        Optional<DateRange> timeRange = Optional.ofNullable(range).map(TimeToken.Period::range);
        Optional<DateRange> compareTo = compared != null
                ? Optional.of(compared.range())
                : relative != null ? timeRange.map(relative.fromRange()) : Optional.empty();
        List<TextSpan> spans = tokens.stream().map(TimeToken::span).toList();
        return new TimeMentions(timeRange, compareTo, spans);
    }
}
