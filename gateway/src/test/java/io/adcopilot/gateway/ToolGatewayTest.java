package io.adcopilot.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.db.Database;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.testing.ManualClock;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolCall;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.gateway.audit.AuditLog;
import io.adcopilot.gateway.audit.AuditRecord;
import io.adcopilot.gateway.audit.DuckDbAuditLog;
import io.adcopilot.gateway.confirm.Guardrails;
import io.adcopilot.gateway.http.HttpConnector;
import io.adcopilot.gateway.idempotency.DuckDbIdempotencyStore;
import io.adcopilot.gateway.limit.RateLimits;
import io.adcopilot.gateway.openapi.OpenApiImporter;
import io.adcopilot.gateway.scope.PlatformOwnership;
import io.adcopilot.gateway.scope.TenantGuard;
import io.adcopilot.gateway.support.RunningPlatform;
import io.adcopilot.sandbox.TestPlatforms;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The gateway over real HTTP against the reference platform: every check a call goes through. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolGatewayTest {

    private RunningPlatform platform;
    private HttpConnector connector;
    private Database db;
    private ManualClock clock;
    private ToolGateway gateway;
    private Principal adv1;
    private Principal adv2;
    private final AtomicInteger backendRuns = new AtomicInteger();

    @BeforeAll
    void start() {
        platform = new RunningPlatform();
        connector = new HttpConnector(HttpConnector.Config.defaults(), platform::baseUrl);
        db = Database.inMemory();
        clock = new ManualClock(TestPlatforms.NOW);
        gateway = gateway(new RateLimits.Config(1000, 1000, Duration.ofSeconds(1)));
        adv1 = platform.principal("adv-1001");
        adv2 = platform.principal("adv-1002");
    }

    private ToolGateway gateway(RateLimits.Config limits) {
        var loaded = PlatformToolset.load(connector, "/openapi.json", new OpenApiImporter(Set.of("advertiser_id")));
        List<GatewayTool> counted = loaded.tools().stream().map(t -> new GatewayTool(t.spec(), (args, p) -> {
            backendRuns.incrementAndGet();
            return t.backend().run(args, p);
        }, t.currentState())).toList();
        return new ToolGateway(counted, new TenantGuard(new PlatformOwnership(connector)), new DuckDbAuditLog(db),
                new DuckDbIdempotencyStore(db),
                new ToolGateway.Config(Guardrails.defaults(), limits, Duration.ofMinutes(5)), clock);
    }

    @AfterAll
    void stop() {
        platform.close();
        db.close();
    }

    private ToolResult call(Principal p, String tool, String args) {
        return gateway.call(ToolCall.of(tool, Json.MAPPER.readTree(args), p, "trace-test"));
    }

    private ToolResult call(Principal p, String tool, JsonNode args, String key) {
        return gateway.call(new ToolCall(tool, args, p, "trace-test", Optional.ofNullable(key)));
    }

    private static JsonNode content(ToolResult r) {
        assertThat(r).as(String.valueOf(r)).isInstanceOf(ToolResult.Success.class);
        return ((ToolResult.Success) r).content();
    }

    private static ToolResult.Failure failure(ToolResult r, String code) {
        assertThat(r).as(String.valueOf(r)).isInstanceOf(ToolResult.Failure.class);
        var f = (ToolResult.Failure) r;
        assertThat(f.code()).isEqualTo(code);
        assertThat(f.message()).isNotBlank();
        assertThat(f.hint()).isNotBlank();
        return f;
    }

    private static ToolResult.ConfirmationRequired preview(ToolResult r) {
        assertThat(r).as(String.valueOf(r)).isInstanceOf(ToolResult.ConfirmationRequired.class);
        return (ToolResult.ConfirmationRequired) r;
    }

    private static ObjectNode withToken(String args, String token) {
        ObjectNode node = (ObjectNode) Json.MAPPER.readTree(args);
        node.put(OpenApiImporter.CONFIRMATION_TOKEN, token);
        return node;
    }

    private JsonNode campaign(Principal p, String id) {
        return content(call(p, "getCampaign", "{\"id\": \"" + id + "\"}"));
    }

    @Test
    void readsRunWithTheCallersOwnToken() {
        JsonNode campaigns = content(call(adv1, "listCampaigns", "{\"status\": \"paused\"}"));
        assertThat(campaigns.path("items").size()).isEqualTo(3);
        JsonNode report = content(call(adv2, "queryReport", """
                {"metrics": ["cost"], "dimensions": ["campaign"], "time_range": {"start": "2026-11-01", "end": "2026-11-07"}}"""));
        report.path("rows").forEach(r -> assertThat(r.path("campaign").asString()).startsWith("c-2"));
    }

    @Test
    void schemaErrorsNameTheFieldAndWhatIsAllowed() {
        int before = backendRuns.get();
        var f = failure(call(adv1, "queryReport", """
                {"metrics": ["spend"], "time_range": {"start": "2026-11-01", "end": "2026-11-07"}}"""), "invalid_arguments");
        assertThat(f.field()).isEqualTo("metrics[0]");
        assertThat(f.hint()).contains("cost").contains("roi");
        var missing = failure(call(adv1, "updateCampaign", "{\"daily_budget\": 3000}"), "invalid_arguments");
        assertThat(missing.field()).isEqualTo("id");
        var range = failure(call(adv1, "updateCampaign", "{\"id\": \"c-1003\", \"daily_budget\": 20}"), "invalid_arguments");
        assertThat(range.field()).isEqualTo("daily_budget");
        assertThat(range.hint()).contains("100");
        failure(call(adv1, "listCampaigns", "{\"status\": \"paused\", \"color\": \"red\"}"), "invalid_arguments");
        assertThat(backendRuns.get()).isEqualTo(before);
    }

    @Test
    void anotherAdvertisersEntityIsRefusedBeforeAnyRequestLeaves() {
        int before = backendRuns.get();
        failure(call(adv1, "getCampaign", "{\"id\": \"c-2001\"}"), "forbidden_entity");
        failure(call(adv1, "updateCampaign", "{\"id\": \"c-2001\", \"status\": \"paused\"}"), "forbidden_entity");
        failure(call(adv2, "queryReport", """
                {"metrics": ["cost"], "filters": {"campaign": ["c-2001", "c-1001"]},
                 "time_range": {"start": "2026-11-01", "end": "2026-11-07"}}"""), "forbidden_entity");
        assertThat(backendRuns.get()).isEqualTo(before);
        assertThat(campaign(adv2, "c-2001").path("status").asString()).isEqualTo("active");
        List<AuditRecord> refused = gateway.audit().find(new AuditLog.Query("adv-1001", "getCampaign", "refused",
                null, null, 10));
        assertThat(refused).anySatisfy(r -> assertThat(r.errorCode()).isEqualTo("forbidden_entity"));
    }

    @Test
    void aWriteIsPreviewedThenAppliedOnceWithItsToken() {
        String args = "{\"id\": \"c-1003\", \"daily_budget\": 2400}";
        var preview = preview(call(adv1, "updateCampaign", args));
        assertThat(preview.preview().entityName()).isEqualTo("日常店铺引流");
        var change = preview.preview().changes().get(0);
        assertThat(change.field()).isEqualTo("daily_budget");
        assertThat(change.current().decimalValue()).isEqualByComparingTo("2000");
        assertThat(change.proposed().decimalValue()).isEqualByComparingTo("2400");
        assertThat(change.changePercent()).isEqualTo(20.0);
        assertThat(preview.preview().warnings()).isEmpty();
        assertThat(campaign(adv1, "c-1003").path("daily_budget").decimalValue()).isEqualByComparingTo("2000");

        JsonNode applied = content(call(adv1, "updateCampaign", withToken(args, preview.confirmationToken()), null));
        assertThat(applied.path("daily_budget").decimalValue()).isEqualByComparingTo("2400");
        assertThat(campaign(adv1, "c-1003").path("daily_budget").decimalValue()).isEqualByComparingTo("2400");

        failure(call(adv1, "updateCampaign", withToken(args, preview.confirmationToken()), null), "confirmation_used");
    }

    @Test
    void forgedMismatchedForeignAndExpiredTokensAreRefused() {
        String args = "{\"id\": \"c-1007\", \"daily_budget\": 1100}";
        failure(call(adv1, "updateCampaign", withToken(args, "ct_forged0000000000000000000000000"), null),
                "confirmation_invalid");
        String token = preview(call(adv1, "updateCampaign", args)).confirmationToken();
        failure(call(adv1, "updateCampaign", withToken("{\"id\": \"c-1007\", \"daily_budget\": 1150}", token), null),
                "confirmation_mismatch");
        failure(call(adv1, "updateCampaign", withToken("{\"id\": \"c-1007\", \"status\": \"paused\"}", token), null),
                "confirmation_mismatch");
        failure(call(adv1, "updateAdGroup", withToken("{\"id\": \"g-10071\", \"bid\": 2.6}", token), null),
                "confirmation_mismatch");
        clock.advance(Duration.ofMinutes(6));
        try {
            failure(call(adv1, "updateCampaign", withToken(args, token), null), "confirmation_expired");
        } finally {
            clock.advance(Duration.ofMinutes(-6));
        }
        assertThat(campaign(adv1, "c-1007").path("daily_budget").decimalValue()).isEqualByComparingTo("1000");
    }

    @Test
    void largeBudgetChangesNeedAcknowledgementAndHugeOnesAreRefused() {
        String args = "{\"id\": \"c-1008\", \"daily_budget\": 2400}";
        var preview = preview(call(adv1, "updateCampaign", args));
        assertThat(preview.preview().acknowledgementRequired()).isTrue();
        assertThat(preview.preview().warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("+60%"));
        String token = preview.confirmationToken();
        failure(call(adv1, "updateCampaign", withToken(args, token), null), "acknowledgement_required");
        ObjectNode acknowledged = withToken(args, token);
        acknowledged.put(OpenApiImporter.ACKNOWLEDGE_WARNINGS, true);
        assertThat(content(call(adv1, "updateCampaign", acknowledged, null)).path("daily_budget").decimalValue())
                .isEqualByComparingTo("2400");

        failure(call(adv1, "updateCampaign", "{\"id\": \"c-1008\", \"daily_budget\": 20000}"), "guardrail_refused");

        var bid = preview(call(adv1, "updateAdGroup", "{\"id\": \"g-10081\", \"bid\": 54}"));
        assertThat(bid.preview().warnings()).hasSize(1);
        assertThat(bid.preview().acknowledgementRequired()).isFalse();
    }

    @Test
    void aTokenNoLongerAppliesWhenTheEntityChangedSinceThePreview() {
        String args = "{\"id\": \"c-1002\", \"daily_budget\": 5500}";
        String token = preview(call(adv1, "updateCampaign", args)).confirmationToken();
        String direct = preview(call(adv1, "updateCampaign", "{\"id\": \"c-1002\", \"daily_budget\": 5200}"))
                .confirmationToken();
        content(call(adv1, "updateCampaign", withToken("{\"id\": \"c-1002\", \"daily_budget\": 5200}", direct), null));
        failure(call(adv1, "updateCampaign", withToken(args, token), null), "preview_changed");
    }

    @Test
    void anIdempotencyKeyAppliesAWriteAtMostOnce() {
        String args = "{\"id\": \"g-10032\", \"bid\": 1.3}";
        long version = content(call(adv1, "getAdGroup", "{\"id\": \"g-10032\"}")).path("version").asLong();
        String first = preview(call(adv1, "updateAdGroup", args)).confirmationToken();
        JsonNode applied = content(call(adv1, "updateAdGroup", withToken(args, first), "key-g-10032"));
        assertThat(applied.path("version").asLong()).isEqualTo(version + 1);
        assertThat(content(call(adv1, "updateAdGroup", withToken(args, first), "key-g-10032"))).isEqualTo(applied);
        String second = preview(call(adv1, "updateAdGroup", args)).confirmationToken();
        assertThat(content(call(adv1, "updateAdGroup", withToken(args, second), "key-g-10032"))).isEqualTo(applied);
        assertThat(content(call(adv1, "getAdGroup", "{\"id\": \"g-10032\"}")).path("version").asLong())
                .isEqualTo(version + 1);
        String other = preview(call(adv1, "updateAdGroup", "{\"id\": \"g-10032\", \"bid\": 1.25}")).confirmationToken();
        failure(call(adv1, "updateAdGroup", withToken("{\"id\": \"g-10032\", \"bid\": 1.25}", other), "key-g-10032"),
                "idempotency_key_reused");
    }

    @Test
    void rateLimitsAnswerWithRetryAfter() {
        ToolGateway limited = gateway(new RateLimits.Config(100, 3, Duration.ofSeconds(30)));
        for (int i = 0; i < 3; i++) content(limited.call(ToolCall.of("getAccount", Json.object(), adv2, "t")));
        var f = failure(limited.call(ToolCall.of("getAccount", Json.object(), adv2, "t")), "rate_limited");
        assertThat(f.retryAfterSeconds()).isBetween(1, 30);
        content(limited.call(ToolCall.of("listCampaigns", Json.object(), adv2, "t")));
    }

    @Test
    void everyCallIsAuditedWithSecretsRedacted() {
        Principal adv3 = platform.principal("adv-1003");
        int calls = 0;
        content(call(adv3, "getAccount", "{}"));
        calls++;
        failure(call(adv3, "getCampaign", "{\"id\": \"c-1001\"}"), "forbidden_entity");
        calls++;
        failure(call(adv3, "nope", "{}"), "unknown_tool");
        calls++;
        String token = preview(call(adv3, "updateCampaign", "{\"id\": \"c-3004\", \"status\": \"paused\"}"))
                .confirmationToken();
        calls++;
        content(call(adv3, "updateCampaign", withToken("{\"id\": \"c-3004\", \"status\": \"paused\"}", token), null));
        calls++;
        failure(call(adv3, "getCampaign", "{\"id\": \"c-3999\"}"), "forbidden_entity");
        calls++;
        List<AuditRecord> records = gateway.audit().find(new AuditLog.Query("adv-1003", null, null, null, null, 100));
        assertThat(records).hasSize(calls);
        assertThat(records).extracting(AuditRecord::outcome).contains("ok", "refused", "preview");
        AuditRecord confirm = records.stream().filter(r -> r.arguments().contains("confirmation_token")).findFirst()
                .orElseThrow();
        assertThat(confirm.arguments()).contains("[redacted]").doesNotContain(token);
        assertThat(confirm.confirmationId()).startsWith("cf_");
        assertThat(confirm.argumentsDigest()).hasSize(64);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.traceId()).isEqualTo("trace-test");
            assertThat(r.latencyMs()).isPositive();
        });
    }

    @Test
    void anUnreachablePlatformIsAnHonestFailureAndTheBreakerOpens() {
        var dead = new HttpConnector(new HttpConnector.Config(Duration.ofMillis(200), Duration.ofMillis(500), 2,
                Duration.ofMillis(10), 4, 50f, Duration.ofSeconds(30)), () -> URI.create("http://127.0.0.1:9/platform/v1"));
        var tool = PlatformToolset.load(connector, "/openapi.json", new OpenApiImporter(Set.of())).tools().stream()
                .filter(t -> t.spec().name().equals("getAccount")).findFirst().orElseThrow();
        var offline = new GatewayTool(tool.spec(), new io.adcopilot.gateway.http.HttpToolBackend(
                new io.adcopilot.gateway.http.HttpBinding("GET", "/account", List.of(),
                        io.adcopilot.gateway.http.HttpBinding.Body.none(), List.of()), dead, true), Optional.empty());
        var g = new ToolGateway(List.of(offline), new TenantGuard((p, fresh) -> Set.of()), new DuckDbAuditLog(db),
                new DuckDbIdempotencyStore(db), ToolGateway.Config.defaults(), clock);
        for (int i = 0; i < 3; i++) {
            failure(g.call(ToolCall.of("getAccount", Json.object(), adv1, "t")), "platform_unavailable");
        }
        assertThat(dead.breakerState()).isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN);
        assertThat(failure(g.call(ToolCall.of("getAccount", Json.object(), adv1, "t")), "platform_unavailable").message())
                .contains("paused");
    }
}
