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

/** The gateway over plain HTTP: function specs, calls with their statuses, and the audit log. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolsApiTest {

    private AdCopilotServer server;
    private HttpClientForTests http;
    private String token;

    @BeforeAll
    void start() {
        server = AdCopilotServer.start(new ServerConfig(TestPlatforms.demoDataDir(), 0, TestPlatforms.CLOCK),
                ReportGenerator.Progress.SILENT);
        http = new HttpClientForTests(server.port());
        token = server.platform().tokens().issue("adv-1003");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void listsTheCallersToolsAsOpenAiFunctions() {
        var answer = http.get("/api/tools", token);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode first = answer.json().get(0);
        assertThat(first.path("type").asString()).isEqualTo("function");
        assertThat(first.path("function").path("parameters").path("type").asString()).isEqualTo("object");
        assertThat(answer.json().size()).isEqualTo(12);
        assertThat(answer.json().findValuesAsString("name")).contains("searchHelpCenter", "queryReport");
        var chosen = http.get("/api/tools?request=%E6%98%A8%E5%A4%A9%E8%8A%B1%E4%BA%86%E5%A4%9A%E5%B0%91&k=3", token);
        assertThat(chosen.json().size()).isEqualTo(12);
        assertThat(http.get("/api/tools", null).status()).isEqualTo(401);
        assertThat(http.get("/api/tools", "adv-1003.forged").status()).isEqualTo(401);
    }

    @Test
    void callsAnswerWithTheMatchingStatus() {
        var ok = http.post("/api/tools/getAccount", token, "{}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("result").path("id").asString()).isEqualTo("adv-1003");
        var bad = http.post("/api/tools/listCampaigns", token, "{\"status\": \"running\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").path("field").asString()).isEqualTo("status");
        assertThat(http.post("/api/tools/getCampaign", token, "{\"id\": \"c-1001\"}").status()).isEqualTo(403);
        assertThat(http.post("/api/tools/nope", token, "{}").status()).isEqualTo(404);
        assertThat(http.post("/api/tools/getAccount", token, "{oops").status()).isEqualTo(400);
        var preview = http.post("/api/tools/updateCampaign", token, "{\"id\": \"c-3004\", \"daily_budget\": 900}");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().path("status").asString()).isEqualTo("preview");
        assertThat(preview.json().path("confirmation_token").asString()).startsWith("ct_");
    }

    @Test
    void tooManyCallsAnswer429WithRetryAfter() {
        String other = server.platform().tokens().issue("adv-1002");
        int status = 200;
        HttpClientForTests.Answer last = null;
        for (int i = 0; i < 40 && status != 429; i++) {
            last = http.post("/api/tools/listCreatives", other, "{}");
            status = last.status();
        }
        assertThat(status).isEqualTo(429);
        assertThat(last.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(last.json().path("error").path("code").asString()).isEqualTo("rate_limited");
    }

    @Test
    void theAuditLogShowsTheCallersOwnRecords() {
        http.post("/api/tools/listAdGroups", token, "{\"campaign_id\": \"c-3001\"}");
        http.post("/api/tools/getCampaign", token, "{\"id\": \"c-2001\"}");
        JsonNode items = http.get("/api/audit?limit=50", token).json().path("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(2);
        items.forEach(i -> assertThat(i.path("advertiser_id").asString()).isEqualTo("adv-1003"));
        assertThat(http.get("/api/audit?outcome=refused", token).json().path("items").get(0)
                .path("error_code").asString()).isNotBlank();
        assertThat(http.get("/api/audit?since=yesterday", token).status()).isEqualTo(400);
    }
}
