package io.adcopilot.agent.turn;

import io.adcopilot.agent.nlu.Frame;
import java.util.List;
import java.util.Optional;

/**
 * The copilot's reply to one turn: the session it belongs to, the answer, the frame it understood, a change waiting
 * for confirmation (its preview and token), the options of a question it asked, and the turn's trace id.
 */
public record Reply(String sessionId, Answer answer, Frame frame, Optional<PendingWrite> confirmation,
                    List<Frame.Candidate> choices, String traceId) {

    public Reply {
        choices = List.copyOf(choices);
    }
}
