package io.adcopilot.agent.session;

import java.util.Optional;

/** Sessions that outlive the server: turns appended, state replaced, both in one transaction. */
public interface SessionStore {

    Optional<Session> find(String sessionId);

    Session create(String advertiserId);

    /** Appends the turn's user and assistant texts and saves the new state. */
    void record(String sessionId, String userText, String assistantText, String traceId, DialogueState state);
}
