package io.adcopilot.agent.turn;

import io.adcopilot.agent.nlu.Frame;
import java.util.List;

/**
 * A question the copilot asked instead of guessing: the frame it is completing, the slot it needs, and the options
 * it offered (empty when the answer is free, e.g. an amount).
 */
public record Clarification(Frame frame, String slot, List<Frame.Candidate> options, String question) {

    public Clarification {
        options = List.copyOf(options);
    }
}
