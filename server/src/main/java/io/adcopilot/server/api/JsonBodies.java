package io.adcopilot.server.api;

import io.adcopilot.core.json.Json;
import io.javalin.http.Context;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reading a request's JSON body, refusing what is not a JSON object with a message that shows the expected form. */
final class JsonBodies {

    private JsonBodies() {}

    static JsonNode object(Context ctx, String expected) {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.body());
        } catch (JacksonException e) {
            body = null;
        }
        if (body == null || !body.isObject()) throw ApiError.badRequest(null, "the body must be JSON: " + expected);
        return body;
    }

    /** A required, non-blank string field of at most {@code maxLength} characters. */
    static String text(JsonNode body, String field, int maxLength, String what) {
        JsonNode value = body.path(field);
        if (!value.isString() || value.asString().isBlank()) throw ApiError.badRequest(field, field + " is required: " + what);
        if (value.asString().length() > maxLength) {
            throw ApiError.badRequest(field, field + " is too long (" + value.asString().length() + " characters; at most "
                    + maxLength + ")");
        }
        return value.asString();
    }
}
