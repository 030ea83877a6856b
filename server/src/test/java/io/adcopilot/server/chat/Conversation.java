package io.adcopilot.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.json.Json;
import io.adcopilot.sandbox.HttpClientForTests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One advertiser talking to the copilot over {@code POST /api/chat}, turn after turn in one session. */
final class Conversation {

    private final HttpClientForTests http;
    private final String token;
    private String session;

    Conversation(HttpClientForTests http, String token) {
        this.http = http;
        this.token = token;
    }

    /** Says something; asserts the turn answered 200 and returns the whole reply. */
    JsonNode say(String text) {
        ObjectNode body = Json.object().put("text", text);
        if (session != null) body.put("session", session);
        var answer = http.post("/api/chat", token, Json.MAPPER.writeValueAsString(body));
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        session = answer.json().path("session").asString();
        return answer.json();
    }

    String session() {
        return session;
    }
}
