package io.adcopilot.sandbox.store;

import java.sql.SQLException;

/** A database failure. {@link Conflict} is a write that lost a race with another transaction. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    static StoreException from(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Conflict") || message.contains("conflict")) return new Conflict(message, e);
        return new StoreException(message, e);
    }

    /** Another transaction changed the same row first. */
    public static final class Conflict extends StoreException {
        Conflict(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
