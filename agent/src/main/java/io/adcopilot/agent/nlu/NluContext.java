package io.adcopilot.agent.nlu;

import io.adcopilot.core.tool.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What an utterance is understood against: who says it (the principal, whose entities are linked), when (platform
 * time), the conversation so far, and — in a session — the frame the conversation ended on, which then replaces
 * re-reading the history (it holds what clarifications resolved).
 */
public record NluContext(Principal principal, ZonedDateTime now, List<Turn> history, Optional<Frame> previous) {

    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    public NluContext {
        history = List.copyOf(history);
        now = now.withZoneSameInstant(PLATFORM_ZONE);
    }

    public NluContext(Principal principal, ZonedDateTime now, List<Turn> history) {
        this(principal, now, history, Optional.empty());
    }

    public String advertiserId() {
        return principal.advertiserId();
    }

    public LocalDate today() {
        return now.toLocalDate();
    }
}
