package io.adcopilot.agent.plugin;

import io.adcopilot.agent.memory.Preferences;
import io.adcopilot.agent.turn.Language;
import io.adcopilot.core.tool.Principal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a plugin knows while handling a step: who asks, when (platform time), in which language to answer, the
 * turn's tool caller, what the earlier steps of this turn produced, and the advertiser's remembered preferences.
 */
public record StepContext(Principal principal, ZonedDateTime now, Language language, ToolCaller tools,
                          List<StepOutcome> earlier, Preferences preferences) {

    public StepContext {
        earlier = List.copyOf(earlier);
    }

    public LocalDate today() {
        return now.toLocalDate();
    }
}
