package io.adcopilot.agent.turn;

import io.adcopilot.agent.nlu.Frame;

/** Hears a turn as it happens (for streaming): the frames understood, then the answer. */
public interface TurnListener {

    default void understood(Frame frame) {}

    default void answered(Answer answer) {}

    TurnListener NONE = new TurnListener() {};
}
