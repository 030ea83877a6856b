package io.adcopilot.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Real HTTP against a running server, with JSON answers. */
public final class HttpClientForTests {

    /** Status, body and headers of one answer. */
    public record Answer(int status, JsonNode json, HttpResponse<String> raw) {}

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpClientForTests(int port) {
        this.base = "http://localhost:" + port;
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Answer post(String path, String token, String body) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer patch(String path, String token, String body) {
        return send(request(path, token).method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), json(r.body()), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return body.isBlank() ? null : SandboxJson.MAPPER.readTree(body);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }
}
