package io.adcopilot.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.json.Json;
import io.adcopilot.sandbox.HttpClientForTests;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import io.javalin.Javalin;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Traces and online evaluation against the running server: a turn's trace and its spans, who may see it, feedback,
 * and a sampled turn that goes through annotation into online accuracy and trips a monitor whose webhook a test
 * server receives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityTest {

    private AdCopilotServer server;
    private HttpClientForTests http;
    private String adv1001;
    private String adv1002;
    private String reviewer;
    private String admin;
    private Javalin webhook;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    void start() {
        server = AdCopilotServer.start(new ServerConfig(TestPlatforms.demoDataDir(), 0, TestPlatforms.CLOCK),
                ReportGenerator.Progress.SILENT);
        http = new HttpClientForTests(server.port());
        adv1001 = server.platform().tokens().issue("adv-1001");
        adv1002 = server.platform().tokens().issue("adv-1002");
        reviewer = server.staffToken("rita", false);
        admin = server.staffToken("adam", true);
        webhook = Javalin.create(c -> c.routes.post("/alerts", ctx -> {
            received.add(Json.MAPPER.readTree(ctx.body()));
            ctx.status(204);
        })).start(0);
    }

    @AfterAll
    void stop() {
        server.close();
        webhook.stop();
    }

    private JsonNode chat(String token, String text) {
        return chat(token, Json.object().put("text", text));
    }

    private JsonNode chat(String token, JsonNode request) {
        var answer = http.post("/api/chat", token, Json.MAPPER.writeValueAsString(request));
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void aTurnIsATraceOfSpansThatOnlyItsAdvertiserAndStaffCanRead() {
        String traceId = chat(adv1001, "双十一大促-拉新昨天花了多少钱").path("trace_id").asString();
        server.flushTraces();
        var trace = http.get("/api/traces/" + traceId, adv1001);
        assertThat(trace.status()).isEqualTo(200);
        JsonNode spans = trace.json().path("spans");
        assertThat(spans.findValuesAsString("kind")).contains("turn", "nlu", "plugin", "tool", "answer");
        JsonNode root = spans.get(0);
        assertThat(root.path("parent_id").isNull()).isTrue();
        assertThat(root.path("attributes").path("intent").asString()).isEqualTo("query_metrics");
        assertThat(root.path("attributes").path("engine").asString()).isEqualTo("embedded");
        JsonNode tool = java.util.stream.StreamSupport.stream(spans.spliterator(), false)
                .filter(s -> s.path("kind").asString().equals("tool")).reduce((a, b) -> b).orElseThrow();
        assertThat(tool.path("attributes").path("tool.name").asString()).isEqualTo("queryReport");
        assertThat(tool.path("parent_id").asString()).isNotBlank();
        assertThat(trace.json().path("summary").path("slots").path("campaign").get(0).asString()).isEqualTo("c-1001");

        assertThat(http.get("/api/traces/" + traceId, adv1002).status()).isEqualTo(404);
        assertThat(http.get("/api/traces/" + traceId, reviewer).status()).isEqualTo(200);
        assertThat(http.get("/api/traces/nope", reviewer).status()).isEqualTo(404);

        assertThat(http.get("/api/traces?intent=query_metrics", reviewer).json().path("items").findValuesAsString("trace_id"))
                .contains(traceId);
        assertThat(http.get("/api/traces", adv1002).json().path("items").findValuesAsString("trace_id")).doesNotContain(traceId);
        assertThat(http.get("/api/traces?min_confidence=x", reviewer).status()).isEqualTo(400);
        assertThat(http.get("/api/traces/stats", reviewer).json().path("dropped").asLong()).isZero();
        assertThat(http.get("/api/traces/stats", adv1001).status()).isEqualTo(403);
    }

    @Test
    void feedbackIsRecordedOnTheTraceAndANegativeOneFlagsIt() {
        String traceId = chat(adv1001, "上周各地域的点击率").path("trace_id").asString();
        var thumbsDown = http.post("/api/feedback", adv1001, "{\"trace_id\": \"" + traceId + "\", \"score\": -1, "
                + "\"comment\": \"我要看的是转化率\", \"corrected_intent\": \"query_metrics\"}");
        assertThat(thumbsDown.status()).isEqualTo(201);
        assertThat(http.get("/api/traces?feedback=negative", reviewer).json().path("items").findValuesAsString("trace_id"))
                .contains(traceId);
        assertThat(http.get("/api/traces/" + traceId, reviewer).json().path("flags").findValuesAsString("evaluator"))
                .contains("negative_feedback");
        assertThat(http.post("/api/feedback", adv1001, "{\"trace_id\": \"" + traceId + "\", \"score\": 5}").status()).isEqualTo(400);
        assertThat(http.post("/api/feedback", adv1002, "{\"trace_id\": \"" + traceId + "\", \"score\": 1}").status()).isEqualTo(404);
        assertThat(http.post("/api/feedback", reviewer, "{\"trace_id\": \"" + traceId + "\", \"score\": 1}").status()).isEqualTo(403);
    }

    @Test
    void aSampledTurnGoesThroughAnnotationIntoOnlineAccuracyAndTripsAMonitor() {
        assertThat(http.send(http.request("/api/online/sampling", reviewer).PUT(java.net.http.HttpRequest.BodyPublishers
                .ofString("{\"rules\": [{\"name\": \"all\", \"rate\": 1}]}"))).status()).isEqualTo(403);
        assertThat(http.send(http.request("/api/online/sampling", admin).PUT(java.net.http.HttpRequest.BodyPublishers
                .ofString("{\"rules\": [{\"name\": \"all\", \"rate\": 1.0}]}"))).status()).isEqualTo(200);
        var monitor = http.post("/api/monitors", admin, "{\"id\": \"acc-test\", \"name\": \"intent accuracy (test)\", "
                + "\"metric\": \"online_intent_accuracy\", \"threshold\": 0.75, \"window_days\": 1, \"min_samples\": 2, "
                + "\"webhook_url\": \"http://127.0.0.1:" + webhook.port() + "/alerts\"}");
        assertThat(monitor.status()).as(monitor.raw().body()).isEqualTo(201);

        JsonNode firstReply = chat(adv1002, "How much did we spend yesterday?");
        String first = firstReply.path("trace_id").asString();
        String second = chat(adv1002, Json.object().put("session", firstReply.path("session").asString())
                .put("text", "pause Lookalike Test")).path("trace_id").asString();
        server.flushTraces();

        String labeller = server.staffToken("lena", false);
        int labelled = 0;
        for (JsonNode next = http.get("/api/annotations/next", labeller).json(); next != null;
             next = http.get("/api/annotations/next", labeller).json()) {
            String id = next.path("trace_id").asString();
            String intent = id.equals(first) ? "query_metrics" : id.equals(second) ? "account_balance"
                    : next.path("predicted").path("intent").asString();
            var saved = http.post("/api/annotations", labeller, Json.MAPPER.writeValueAsString(Json.object()
                    .put("trace_id", id).put("intent", intent).set("slots", id.equals(second) ? Json.object()
                            : next.path("predicted").path("slots"))));
            assertThat(saved.status()).as(saved.raw().body()).isEqualTo(201);
            labelled++;
        }
        assertThat(labelled).isGreaterThanOrEqualTo(2);

        JsonNode accuracy = http.get("/api/online/accuracy?days=1", reviewer).json();
        int n = accuracy.path("overall").path("n").asInt();
        assertThat(n).as("sampled turns labelled (flagged-only turns do not count)").isBetween(2, labelled);
        assertThat(accuracy.path("overall").path("right").asInt()).isEqualTo(n - 1);
        assertThat(accuracy.path("overall").path("low").asDouble()).isLessThan(accuracy.path("overall").path("accuracy").asDouble());
        assertThat(accuracy.path("by_intent").findValuesAsString("intent")).contains("account_balance", "query_metrics");

        var checked = http.post("/api/monitors/check", admin, "");
        assertThat(checked.status()).isEqualTo(200);
        boolean tripped = n - 1 < 0.75 * n;
        if (tripped) {
            assertThat(received).anySatisfy(alert -> {
                assertThat(alert.path("monitor").asString()).isEqualTo("intent accuracy (test)");
                assertThat(alert.path("value").asDouble()).isEqualTo((double) (n - 1) / n);
                assertThat(alert.path("threshold").asDouble()).isEqualTo(0.75);
            });
            assertThat(http.get("/api/alerts", reviewer).json().path("items").findValuesAsString("delivery"))
                    .anySatisfy(d -> assertThat(d).startsWith("delivered"));
        }
        assertThat(tripped).as("with %d labels and one wrong, accuracy is under 0.75", n).isEqualTo(n < 4);

        String second2 = server.staffToken("omar", false);
        var again = http.post("/api/annotations", second2, "{\"trace_id\": \"" + first + "\", \"intent\": \"query_metrics\", "
                + "\"slots\": " + http.get("/api/traces/" + first, reviewer).json().path("summary").path("slots") + "}");
        assertThat(again.status()).isEqualTo(201);
        JsonNode agreement = http.get("/api/annotations/agreement", reviewer).json();
        assertThat(agreement.path("turns").asInt()).isEqualTo(1);
        assertThat(agreement.path("intent_agreements").asInt()).isEqualTo(1);

        var badIntent = http.post("/api/annotations", labeller, "{\"trace_id\": \"" + first + "\", \"intent\": \"nope\"}");
        assertThat(badIntent.status()).isEqualTo(400);
        var badSlot = http.post("/api/annotations", labeller, "{\"trace_id\": \"" + first + "\", \"intent\": \"account_balance\", "
                + "\"slots\": {\"campaign\": [\"c-2001\"]}}");
        assertThat(badSlot.status()).isEqualTo(400);

        var added = http.post("/api/datasets/live/items/from-trace/" + second, reviewer, "");
        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
        String exported = http.get("/api/datasets/live/export", reviewer).raw().body();
        JsonNode item = Json.MAPPER.readTree(exported.strip());
        assertThat(item.path("id").asString()).isEqualTo("trace-" + second);
        assertThat(item.path("text").asString()).isEqualTo("pause Lookalike Test");
        assertThat(item.path("intent").asString()).as("the reviewer's label, not the prediction").isEqualTo("account_balance");
        assertThat(item.path("advertiser").asString()).isEqualTo("adv-1002");
        assertThat(item.path("history").findValuesAsString("text")).contains("How much did we spend yesterday?");
        assertThat(http.post("/api/datasets/live/items/from-trace/" + second, reviewer, "").status()).isEqualTo(409);
        assertThat(http.post("/api/datasets/live/items/from-trace/nope", reviewer, "").status()).isEqualTo(404);
        assertThat(http.post("/api/datasets/live/items/from-trace/" + second, adv1002, "").status()).isEqualTo(403);
    }

    @Test
    void theDashboardShowsVolumeLatencyAndTheIntentMix() {
        chat(adv1001, "账户余额还有多少");
        server.flushTraces();
        JsonNode dashboard = http.get("/api/dashboard?days=2", reviewer).json();
        JsonNode today = dashboard.path("by_day").get(dashboard.path("by_day").size() - 1);
        assertThat(today.path("turns").asLong()).isPositive();
        assertThat(today.path("p95_ms").asDouble()).isGreaterThanOrEqualTo(today.path("p50_ms").asDouble()).isPositive();
        assertThat(dashboard.path("intent_mix").findValuesAsString("intent")).contains("account_balance");
        assertThat(http.get("/api/dashboard", adv1001).status()).isEqualTo(403);
        assertThat(http.get("/api/monitors", reviewer).json().path("items").findValuesAsString("id"))
                .contains("online-intent-accuracy");
    }
}
