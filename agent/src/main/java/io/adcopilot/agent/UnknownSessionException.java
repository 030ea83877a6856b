package io.adcopilot.agent;

/** A turn named a session that does not exist, or that belongs to another advertiser. */
public final class UnknownSessionException extends RuntimeException {

    public UnknownSessionException(String sessionId) {
        super("no session " + sessionId + " for this advertiser; omit \"session\" to start a new one");
    }
}
