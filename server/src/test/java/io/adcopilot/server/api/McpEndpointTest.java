package io.adcopilot.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.json.Json;
import io.adcopilot.sandbox.HttpClientForTests;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The MCP server, driven by the official SDK's client over real HTTP against the running server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpEndpointTest {

    private AdCopilotServer server;
    private McpSyncClient adv1;
    private McpSyncClient adv2;

    @BeforeAll
    void start() {
        server = AdCopilotServer.start(new ServerConfig(TestPlatforms.demoDataDir(), 0, TestPlatforms.CLOCK),
                ReportGenerator.Progress.SILENT);
        adv1 = client(server.platform().tokens().issue("adv-1001"));
        adv2 = client(server.platform().tokens().issue("adv-1002"));
    }

    private McpSyncClient client(String token) {
        var transport = HttpClientStreamableHttpTransport.builder("http://localhost:" + server.port())
                .endpoint("/mcp")
                .jsonMapper(new JacksonMcpJsonMapper(JsonMapper.builder().build()))
                .httpRequestCustomizer((builder, method, endpoint, body, context) ->
                        builder.header("Authorization", "Bearer " + token))
                .build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
                .clientInfo(new McpSchema.Implementation("adcopilot-test", "1")).build();
        client.initialize();
        return client;
    }

    @AfterAll
    void stop() {
        adv1.close();
        adv2.close();
        server.close();
    }

    private static JsonNode structured(McpSchema.CallToolResult r) {
        assertThat(r.isError()).as(String.valueOf(r.content())).isNotEqualTo(Boolean.TRUE);
        return Json.MAPPER.valueToTree(r.structuredContent());
    }

    private static JsonNode error(McpSchema.CallToolResult r) {
        assertThat(r.isError()).isTrue();
        return Json.MAPPER.readTree(((McpSchema.TextContent) r.content().get(0)).text());
    }

    private static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> args) {
        return client.callTool(new McpSchema.CallToolRequest(tool, args));
    }

    @Test
    void listsEveryToolWithSchemasAndAnnotations() {
        List<McpSchema.Tool> tools = adv1.listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name).contains("getAccount", "listCampaigns", "queryReport",
                "updateCampaign", "updateAdGroup", "updateCreative");
        McpSchema.Tool report = tools.stream().filter(t -> t.name().equals("queryReport")).findFirst().orElseThrow();
        assertThat(report.inputSchema().toString()).contains("time_range").contains("metrics");
        assertThat(report.outputSchema()).containsKey("properties");
        assertThat(report.annotations().readOnlyHint()).isTrue();
        McpSchema.Tool update = tools.stream().filter(t -> t.name().equals("updateCampaign")).findFirst().orElseThrow();
        assertThat(update.annotations().readOnlyHint()).isFalse();
        assertThat(update.annotations().destructiveHint()).isTrue();
        assertThat(update.annotations().idempotentHint()).isTrue();
        assertThat(update.inputSchema().toString()).contains("confirmation_token");
        assertThat(update.description()).contains("budget").contains("预算");
    }

    @Test
    void callsAReadToolForTheCallerOnly() {
        JsonNode campaigns = structured(call(adv2, "listCampaigns", Map.of()));
        assertThat(campaigns.path("items").size()).isEqualTo(7);
        JsonNode report = structured(call(adv1, "queryReport", Map.of("metrics", List.of("cost", "ctr"),
                "time_range", Map.of("start", "2026-11-13", "end", "2026-11-19"))));
        assertThat(report.path("totals").path("cost").asDouble()).isPositive();
    }

    @Test
    void refusesAnotherAdvertisersEntity() {
        JsonNode refused = error(call(adv1, "getCampaign", Map.of("id", "c-2001")));
        assertThat(refused.path("code").asString()).isEqualTo("forbidden_entity");
        assertThat(refused.path("hint").asString()).isNotBlank();
        JsonNode report = error(call(adv2, "queryReport", Map.of("metrics", List.of("cost"),
                "filters", Map.of("campaign", List.of("c-1001")),
                "time_range", Map.of("start", "2026-11-13", "end", "2026-11-19"))));
        assertThat(report.path("code").asString()).isEqualTo("forbidden_entity");
    }

    @Test
    void aWriteIsPreviewedConfirmedOnceAndTheReplayIsRefused() {
        Map<String, Object> args = new HashMap<>(Map.of("id", "c-2004", "daily_budget", 9900));
        JsonNode preview = structured(call(adv2, "updateCampaign", args));
        assertThat(preview.path("status").asString()).isEqualTo("preview");
        JsonNode change = preview.path("preview").path("changes").get(0);
        assertThat(change.path("field").asString()).isEqualTo("daily_budget");
        assertThat(change.path("current").asDouble()).isEqualTo(9000.0);
        assertThat(change.path("proposed").asDouble()).isEqualTo(9900.0);
        assertThat(structured(call(adv2, "getCampaign", Map.of("id", "c-2004"))).path("daily_budget").asDouble())
                .isEqualTo(9000.0);

        args.put("confirmation_token", preview.path("confirmation_token").asString());
        JsonNode applied = structured(call(adv2, "updateCampaign", args));
        assertThat(applied.path("status").asString()).isEqualTo("applied");
        assertThat(applied.path("result").path("daily_budget").asDouble()).isEqualTo(9900.0);
        assertThat(structured(call(adv2, "getCampaign", Map.of("id", "c-2004"))).path("daily_budget").asDouble())
                .isEqualTo(9900.0);

        assertThat(error(call(adv2, "updateCampaign", args)).path("code").asString()).isEqualTo("confirmation_used");
    }

    @Test
    void withoutATokenTheEndpointAnswers401() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/mcp"))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"x\",\"version\":\"1\"}}}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(new HttpClientForTests(server.port()).post("/mcp", "adv-1001.forged", "{}").status()).isEqualTo(401);
    }
}
