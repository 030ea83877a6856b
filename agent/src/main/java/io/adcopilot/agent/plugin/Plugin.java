package io.adcopilot.agent.plugin;

import io.adcopilot.agent.nlu.Frame;
import java.util.List;

/** A capability of the copilot: the intents it serves (with examples and slots) and how it handles a step. */
public interface Plugin {

    String name();

    List<IntentSpec> intents();

    /** Handles one understood step of a turn. */
    StepOutcome handle(Frame frame, String text, StepContext context);
}
