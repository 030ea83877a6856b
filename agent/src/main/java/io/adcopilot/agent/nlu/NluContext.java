package io.adcopilot.agent.nlu;

import io.adcopilot.core.tool.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What an utterance is understood against: who says it (the principal, whose entities are linked), when (platform
 * time), and the conversation so far.
 */
public record NluContext(Principal principal, ZonedDateTime now, List<Turn> history) {

    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    public NluContext {
        history = List.copyOf(history);
        now = now.withZoneSameInstant(PLATFORM_ZONE);
    }

    public String advertiserId() {
        return principal.advertiserId();
    }

    public LocalDate today() {
        return now.toLocalDate();
    }
}
