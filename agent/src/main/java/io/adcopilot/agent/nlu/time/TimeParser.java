package io.adcopilot.agent.nlu.time;

import io.adcopilot.agent.nlu.text.BlockedText;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads the time range and the comparison period of an utterance, in Chinese or English, following the time rules
 * of the ad domain (昨天, 最近7天, 上周三, 本月, 双十一, 11月1日到11月7日, last week, past 30 days, Nov 1-7, 环比, 同比,
 * 和上周比, compared to the day before). Says nothing when no time is said: defaults are not slots.
 */
public final class TimeParser {

    private TimeParser() {}

    /**
     * @param today   the date of the utterance in the platform time zone (Asia/Shanghai)
     * @param blocked spans that are not time, whatever they look like (entity names such as 双十一大促-拉新)
     */
    public static TimeMentions parse(String text, LocalDate today, List<TextSpan> blocked) {
        String visible = BlockedText.mask(text, blocked);
        List<TimeToken> tokens = TimeScanner.scan(visible, today);
        return tokens.isEmpty() ? TimeMentions.NONE : ComparisonRoles.assign(visible, tokens);
    }
}
