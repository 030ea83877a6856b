package io.adcopilot.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.sandbox.HttpClientForTests;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NluApiTest {

    private AdCopilotServer server;
    private HttpClientForTests http;
    private String token;

    @BeforeAll
    void start() {
        server = AdCopilotServer.start(new ServerConfig(TestPlatforms.demoDataDir(), 0, TestPlatforms.CLOCK),
                ReportGenerator.Progress.SILENT);
        http = new HttpClientForTests(server.port());
        token = server.platform().tokens().issue("adv-1001");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void understandsAnUtteranceInItsConversation() {
        var answer = http.post("/api/nlu", token, """
                {"text": "那上周呢", "now": "2026-11-20T10:00:00+08:00",
                 "history": [{"role": "user", "text": "双十一大促-拉新昨天花了多少钱"}]}""");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode frame = answer.json();
        assertThat(frame.path("intent").asString()).isEqualTo("query_metrics");
        assertThat(frame.path("slots").path("campaign").get(0).asString()).isEqualTo("c-1001");
        assertThat(frame.path("slots").path("time_range").path("start").asString()).isEqualTo("2026-11-09");
        assertThat(frame.path("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void usesTheServersClockWithoutNow() {
        JsonNode frame = http.post("/api/nlu", token, "{\"text\": \"昨天整体消耗多少\"}").json();
        assertThat(frame.path("slots").path("time_range").path("start").asString()).isEqualTo("2026-11-19");
    }

    @Test
    void explainsBadRequests() {
        assertThat(http.post("/api/nlu", token, "{}").json().path("error").path("field").asString()).isEqualTo("text");
        assertThat(http.post("/api/nlu", token, "{\"text\": \"hi\", \"now\": \"yesterday\"}").status()).isEqualTo(400);
        assertThat(http.post("/api/nlu", token, "not json").status()).isEqualTo(400);
        assertThat(http.post("/api/nlu", null, "{\"text\": \"hi\"}").status()).isEqualTo(401);
    }
}
