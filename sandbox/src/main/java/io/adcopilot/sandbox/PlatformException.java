package io.adcopilot.sandbox;

/**
 * A request the platform refuses, with the HTTP status it answers, a stable code, a message a person can act on,
 * and the offending field where there is one.
 */
public final class PlatformException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;

    private PlatformException(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static PlatformException invalid(String field, String message) {
        return new PlatformException(400, "invalid_argument", message, field);
    }

    public static PlatformException unauthenticated(String message) {
        return new PlatformException(401, "unauthenticated", message, null);
    }

    public static PlatformException notFound(String message) {
        return new PlatformException(404, "not_found", message, null);
    }

    public static PlatformException conflict(String field, String message) {
        return new PlatformException(409, "conflict", message, field);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
