package io.adcopilot.agent.session;

import io.adcopilot.agent.nlu.Turn;
import java.util.List;

/** A conversation of one advertiser: its turns so far and its dialogue state. */
public record Session(String id, String advertiserId, List<Turn> turns, DialogueState state) {

    public Session {
        turns = List.copyOf(turns);
    }
}
