package io.adcopilot.server.api;

/** A request the copilot API refuses: HTTP status, stable code, a message and a hint a person can act on. */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final String hint;
    private final String field;
    private final Integer retryAfterSeconds;

    public ApiError(int status, String code, String message, String hint, String field, Integer retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.hint = hint;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiError badRequest(String field, String message) {
        return new ApiError(400, "invalid_request", message, null, field, null);
    }

    public static ApiError unauthenticated() {
        return new ApiError(401, "unauthenticated", "send 'Authorization: Bearer <token>' with a valid token",
                "get an advertiser token with ./adcopilot token --advertiser adv-1001", null, null);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, "forbidden", message, null, null, null);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message, null, null, null);
    }

    public int status() {
        return status;
    }

    /** The JSON body: {@code {"error": {status, code, message, hint?, field?, retry_after_seconds?}}}. */
    public Body body() {
        return new Body(new Detail(status, code, getMessage(), hint, field, retryAfterSeconds));
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public record Body(Detail error) {}

    public record Detail(int status, String code, String message, String hint, String field, Integer retryAfterSeconds) {}
}
