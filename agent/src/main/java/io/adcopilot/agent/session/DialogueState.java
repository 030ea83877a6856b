package io.adcopilot.agent.session;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.turn.Clarification;
import io.adcopilot.agent.turn.PendingWrite;
import java.util.Optional;

/**
 * Where a conversation stands: the frame it ended on (what the next turn carries over), a change waiting for
 * confirmation, and a question waiting for an answer.
 */
public record DialogueState(Optional<Frame> lastFrame, Optional<PendingWrite> pendingWrite,
                            Optional<Clarification> pendingClarification) {

    public static final DialogueState EMPTY = new DialogueState(Optional.empty(), Optional.empty(), Optional.empty());
}
