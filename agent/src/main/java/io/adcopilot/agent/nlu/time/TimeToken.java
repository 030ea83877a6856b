package io.adcopilot.agent.nlu.time;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.util.function.UnaryOperator;

/** One time expression found in an utterance, before it is given a role (time range or comparison period). */
sealed interface TimeToken {

    TextSpan span();

    /** A period of its own: 昨天, last week, 11月1日到11月7日. */
    record Period(TextSpan span, DateRange range) implements TimeToken {}

    /** A period defined by the time range it is compared with: 环比, 同比, the day before. */
    record Relative(TextSpan span, UnaryOperator<DateRange> fromRange) implements TimeToken {}
}
