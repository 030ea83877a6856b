package io.adcopilot.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.gateway.http.HttpConnector;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Knows who a bearer token belongs to by asking the platform ({@code GET /account} with that token), as a copilot
 * in front of a real platform would; answers are kept for five minutes. The copilot never holds the platform's
 * signing secret.
 */
public final class PlatformAuthenticator {

    private final HttpConnector connector;
    private final Cache<String, Optional<Principal>> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();

    public PlatformAuthenticator(HttpConnector connector) {
        this.connector = connector;
    }

    /** The principal of a token, or empty if the platform does not accept it. */
    public Optional<Principal> authenticate(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return cache.get(token, this::ask);
    }

    private Optional<Principal> ask(String token) {
        try {
            var response = connector.send(new HttpConnector.Request("GET", "/account", Map.of(), Map.of(), null, token), true);
            if (response.status() == 401) return Optional.empty();
            if (response.status() != 200) {
                throw new IllegalStateException("the platform answered HTTP " + response.status() + " to a token check");
            }
            return Optional.of(new Principal(Json.MAPPER.readTree(response.body()).path("id").asString(), token));
        } catch (HttpConnector.UnavailableException e) {
            throw new IllegalStateException("cannot reach the platform to check the token: " + e.getMessage(), e);
        }
    }

    /** The token in an {@code Authorization: Bearer …} header, if any. */
    public static Optional<String> bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
