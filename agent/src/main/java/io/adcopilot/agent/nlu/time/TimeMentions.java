package io.adcopilot.agent.nlu.time;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.util.List;
import java.util.Optional;

/**
 * The time said in an utterance: the range asked about, the period it is compared with, and the characters of every
 * time expression found, so that other extractors skip them.
 */
public record TimeMentions(Optional<DateRange> timeRange, Optional<DateRange> compareTo, List<TextSpan> spans) {

    public static final TimeMentions NONE = new TimeMentions(Optional.empty(), Optional.empty(), List.of());

    public TimeMentions {
        spans = List.copyOf(spans);
    }
}
