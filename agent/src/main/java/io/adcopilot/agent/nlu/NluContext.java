package io.adcopilot.agent.nlu;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** What an utterance is understood against: who says it, when (platform time), and the conversation so far. */
public record NluContext(String advertiserId, ZonedDateTime now, List<Turn> history) {

    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    public NluContext {
        history = List.copyOf(history);
        now = now.withZoneSameInstant(PLATFORM_ZONE);
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    public NluContext withHistory(List<Turn> turns) {
        return new NluContext(advertiserId, now, turns);
    }
}
