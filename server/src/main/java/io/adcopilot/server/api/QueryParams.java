package io.adcopilot.server.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Optional query parameters read with a clear 400 when they do not parse. */
final class QueryParams {

    private QueryParams() {}

    static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isBlank());
    }

    static Optional<Instant> instant(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest(name, name + " must be an ISO-8601 instant such as 2026-11-20T00:00:00Z");
            }
        });
    }

    static Optional<Double> number(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw ApiError.badRequest(name, name + " must be a number");
            }
        });
    }

    static int integer(Context ctx, String name, int otherwise, int min, int max) {
        return text(ctx, name).map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) throw new NumberFormatException();
                return n;
            } catch (NumberFormatException e) {
                throw ApiError.badRequest(name, name + " must be a whole number from " + min + " to " + max);
            }
        }).orElse(otherwise);
    }
}
