package io.adcopilot.agent.nlu.llm;

import static io.adcopilot.agent.nlu.llm.LlmFixtures.CATALOGS;
import static io.adcopilot.agent.nlu.llm.LlmFixtures.context;
import static io.adcopilot.agent.nlu.llm.LlmFixtures.gatewayTool;
import static io.adcopilot.agent.nlu.llm.ScriptedChatServer.call;
import static io.adcopilot.agent.nlu.llm.ScriptedChatServer.calls;
import static io.adcopilot.agent.nlu.llm.ScriptedChatServer.toolCall;
import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.slot.Order;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.core.tool.ToolSpec;
import io.adcopilot.gateway.validate.ArgumentValidator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The LLM engine offered the gateway's tools for a request, against a scripted OpenAI-compatible endpoint. */
class LlmGatewayToolsTest {

    private static final DateRange LAST_WEEK = new DateRange(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15));
    private static final String LAST_WEEK_COST = """
            {"metrics": ["cost"], "filters": {"campaign": ["c-1001"]},
             "time_range": {"start": "2026-11-09", "end": "2026-11-15"}}""";
    private static final Frame FALLBACK_FRAME = new Frame("smalltalk", Slots.NONE, 0.42);
    /** What retrieval gives for the requests here: four mappable tools and one the engine cannot read as a frame. */
    private static final List<ToolSpec> RETRIEVED = List.of(gatewayTool("queryReport"), gatewayTool("updateCampaign"),
            new ToolSpec("exportReport", "Export a report", "导出报表", "Exports a report as CSV.",
                    Json.object().put("type", "object"), Json.object(), ToolSpec.Access.READ, null, List.of()),
            gatewayTool("listAdGroups"), gatewayTool("searchHelpCenter"));

    private ScriptedChatServer server;
    private FixedEngine fallback;
    private LlmFixtures.Recorder listener;
    private final List<String> retrievedFor = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new ScriptedChatServer();
        fallback = new FixedEngine("embedded", FALLBACK_FRAME);
        listener = new LlmFixtures.Recorder();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmNluEngine engine(Function<String, List<ToolSpec>> tools) {
        LlmConfig config = new LlmConfig(server.baseUrl(), "test-model", "", Duration.ofSeconds(5), 0);
        return new LlmNluEngine(config, CATALOGS, fallback, listener, tools);
    }

    private LlmNluEngine engine() {
        return engine(text -> {
            retrievedFor.add(text);
            return RETRIEVED;
        });
    }

    private static Map<String, JsonNode> offeredTools(ScriptedChatServer.Request request) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        request.body().path("tools").forEach(t -> out.put(t.path("function").path("name").asString(), t.path("function")));
        return out;
    }

    @Test
    void theRequestOffersTheRetrievedToolsWithoutControlArgumentsNextToReportFrames() {
        server.then(calls(call("queryReport", LAST_WEEK_COST)));

        engine().understand("双十一大促-拉新上周花了多少", context());

        assertThat(retrievedFor).containsExactly("双十一大促-拉新上周花了多少");
        var request = server.requests().get(0);
        assertThat(request.body().path("tool_choice").asString()).isEqualTo("required");
        Map<String, JsonNode> tools = offeredTools(request);
        assertThat(tools.keySet()).containsExactly("report_frames", "queryReport", "updateCampaign", "listAdGroups",
                "searchHelpCenter");

        JsonNode update = tools.get("updateCampaign");
        assertThat(update.path("description").asString()).isEqualTo(gatewayTool("updateCampaign").description());
        assertThat(update.path("parameters").path("properties").propertyNames())
                .containsExactly("id", "daily_budget", "status");
        assertThat(update.path("parameters").path("required").toString()).isEqualTo("[\"id\"]");
        assertThat(update.path("parameters").path("properties").path("daily_budget"))
                .isEqualTo(gatewayTool("updateCampaign").inputSchema().path("properties").path("daily_budget"));
        JsonNode report = tools.get("queryReport").path("parameters");
        assertThat(report.path("properties")).isEqualTo(gatewayTool("queryReport").inputSchema().path("properties"));
        assertThat(report.path("required").toString()).isEqualTo("[\"metrics\",\"time_range\"]");

        String system = request.message(0).path("content").asString();
        assertThat(system).contains("queryReport, updateCampaign, listAdGroups, searchHelpCenter",
                "NOTHING IS EXECUTED HERE", "never set confirmation, acknowledgement or idempotency arguments");
        assertThat(request.body().path("tools").toString()).doesNotContain("confirmation_token", "idempotency_key",
                "acknowledge_warnings", "if_match", "exportReport");
    }

    @Test
    void aQueryReportCallIsTheQueryMetricsFrame() {
        server.then(calls(call("queryReport", """
                {"metrics": ["cost", "cpa"], "dimensions": ["date"], "time_range": {"start": "2026-11-09", "end": "2026-11-15"},
                 "filters": {"campaign": ["c-1001"], "region": ["广东"], "device": ["ios"]},
                 "order": {"metric": "cost", "direction": "desc"}, "limit": 5}""")));

        LlmResult result = engine().ask("双十一大促-拉新上周广东苹果用户每天的花费和转化成本，前5", context());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.repaired()).isFalse();
        assertThat(result.frames()).containsExactly(new Frame("query_metrics", Slots.of(Map.of(
                SlotNames.METRICS, List.of("cost", "cpa"), SlotNames.DIMENSIONS, List.of("date"),
                SlotNames.TIME_RANGE, LAST_WEEK, SlotNames.CAMPAIGN, List.of("c-1001"), SlotNames.REGION, List.of("广东"),
                SlotNames.DEVICE, List.of("ios"), SlotNames.ORDER, Order.descending("cost"), SlotNames.LIMIT, 5)),
                FrameReader.UNSTATED_CONFIDENCE));
        assertThat(listener.calls).singleElement().satisfies(call -> {
            assertThat(call.outcome()).isEqualTo(LlmCallStats.Outcome.VALID);
            assertThat(call.inputTokens()).isEqualTo(150);
            assertThat(call.outputTokens()).isEqualTo(40);
        });
        assertThat(fallback.calls()).isZero();
    }

    @Test
    void aQueryThenAnUpdateIsATwoStepPlan() {
        server.then(calls(call("queryReport", LAST_WEEK_COST),
                call("updateCampaign", "{\"id\": \"c-1001\", \"daily_budget\": 5000}")));

        List<Frame> plan = engine().plan("看下双十一大促-拉新上周花费，然后把它的预算改成5000", context());

        assertThat(plan).extracting(Frame::intent).containsExactly("query_metrics", "update_budget");
        assertThat(plan.get(0).slots()).isEqualTo(Slots.of(Map.of(SlotNames.METRICS, List.of("cost"),
                SlotNames.CAMPAIGN, List.of("c-1001"), SlotNames.TIME_RANGE, LAST_WEEK)));
        assertThat(plan.get(1).slots()).isEqualTo(Slots.of(Map.of(SlotNames.CAMPAIGN, List.of("c-1001"),
                SlotNames.BUDGET, new Amount(Amount.Op.SET, BigDecimal.valueOf(5000), Amount.Unit.CNY))));
        assertThat(fallback.calls()).isZero();
    }

    @Test
    void anInvalidArgumentGetsOneRepairRoundWithTheValidatorsError() {
        String spend = """
                {"metrics": ["spend"], "time_range": {"start": "2026-11-09", "end": "2026-11-15"}}""";
        server.then(calls(call("queryReport", spend))).then(calls(call("queryReport", LAST_WEEK_COST)));

        LlmResult result = engine().ask("双十一大促-拉新上周花了多少", context());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.repaired()).isTrue();
        assertThat(result.frames()).extracting(Frame::slots).containsExactly(Slots.of(Map.of(
                SlotNames.METRICS, List.of("cost"), SlotNames.CAMPAIGN, List.of("c-1001"), SlotNames.TIME_RANGE, LAST_WEEK)));
        assertThat(result.calls()).extracting(LlmCallStats::outcome)
                .containsExactly(LlmCallStats.Outcome.INVALID, LlmCallStats.Outcome.VALID);

        ToolResult.Failure expected = new ArgumentValidator().check("queryReport",
                ToolOffer.stripped(gatewayTool("queryReport")), Json.MAPPER.readTree(spend)).orElseThrow();
        assertThat(server.requests()).hasSize(2);
        var repair = server.requests().get(1);
        assertThat(repair.body().path("messages")).hasSize(4);
        assertThat(repair.message(2).path("tool_calls").path(0).path("function").path("name").asString())
                .isEqualTo("queryReport");
        assertThat(repair.message(3).path("role").asString()).isEqualTo("tool");
        assertThat(repair.message(3).path("tool_call_id").asString()).isEqualTo("call_0");
        assertThat(repair.message(3).path("content").asString())
                .contains("queryReport (call 1): invalid arguments (first at metrics[0]): " + expected.message() + ". "
                        + expected.hint())
                .contains("Answer again with all of your calls", "Nothing was executed.");
        assertThat(offeredTools(repair).keySet()).isEqualTo(offeredTools(server.requests().get(0)).keySet());
    }

    @Test
    void stillInvalidAfterTheRepairFallsBack() {
        String spend = """
                {"metrics": ["spend"], "time_range": {"start": "2026-11-09", "end": "2026-11-15"}}""";
        server.then(calls(call("queryReport", spend))).then(calls(call("queryReport", spend)));

        List<Frame> plan = engine().plan("双十一大促-拉新上周花了多少", context());

        assertThat(plan).containsExactly(FALLBACK_FRAME);
        assertThat(fallback.calls()).isEqualTo(1);
        assertThat(server.requests()).hasSize(2);
        assertThat(listener.calls).extracting(LlmCallStats::round).containsExactly(0, 1);
        assertThat(listener.fallbacks).singleElement().asString()
                .startsWith("embedded: invalid after repair: queryReport (call 1): ");
    }

    @Test
    void callsThatAreNoFrameGetTheRepairRound() {
        server.then(calls(call("exportReport", "{}"), call("updateCampaign", "{\"id\": \"c-1001\"}")))
                .then(calls(call("updateCampaign", "{\"id\": \"c-1001\", \"status\": \"paused\"}")));

        LlmResult result = engine().ask("把双十一大促-拉新停掉", context());

        assertThat(result.repaired()).isTrue();
        assertThat(result.frames()).containsExactly(new Frame("update_status", Slots.of(Map.of(
                SlotNames.CAMPAIGN, List.of("c-1001"), SlotNames.STATUS, "paused")), FrameReader.UNSTATED_CONFIDENCE));
        var repair = server.requests().get(1);
        assertThat(repair.body().path("messages")).hasSize(5);
        for (int i = 3; i <= 4; i++) {
            assertThat(repair.message(i).path("content").asString()).contains(
                    "call 1: there is no tool 'exportReport' here; call report_frames or one of [queryReport, "
                            + "updateCampaign, listAdGroups, searchHelpCenter]",
                    "updateCampaign (call 2): the call changes nothing; set daily_budget or status");
        }
    }

    @Test
    void controlArgumentsAndUnknownEntitiesAreRefused() {
        server.then(calls(call("updateCampaign", """
                        {"id": "c-1001", "daily_budget": 5000, "confirmation_token": "tok-1"}"""),
                        call("updateCampaign", "{\"id\": \"c-9999\", \"status\": \"paused\"}")))
                .then(calls(call("updateCampaign", "{\"id\": \"c-1001\", \"daily_budget\": 5000}")));

        LlmResult result = engine().ask("双十一大促-拉新预算改成5000", context());

        assertThat(result.frames()).extracting(Frame::intent).containsExactly("update_budget");
        String feedback = server.requests().get(1).message(3).path("content").asString();
        assertThat(feedback).contains("updateCampaign (call 1): ", "confirmation_token",
                "updateCampaign (call 2) as update_status.slots.campaign[0]: 'c-9999' is not the id");
    }

    @Test
    void reportFramesStillAnswersWhenToolsAreOfferedAndMixesWithCalls() {
        server.then(calls(call(FrameTool.NAME, """
                        {"frames": [{"intent": "diagnose_change", "confidence": 0.85, "slots": {"metrics": ["cpa"],
                         "campaign": ["c-1001"]}}]}"""),
                call("updateCampaign", "{\"id\": \"c-1001\", \"status\": \"paused\"}")));

        List<Frame> plan = engine().plan("双十一大促-拉新转化成本为什么涨了？先把它停了", context());

        assertThat(plan).extracting(Frame::intent).containsExactly("diagnose_change", "update_status");
        assertThat(plan.get(0).confidence()).isEqualTo(0.85);
        assertThat(plan.get(1).slots().list(SlotNames.CAMPAIGN)).containsExactly("c-1001");
    }

    @Test
    void withoutRetrievedToolsOnlyReportFramesIsOffered() {
        server.then(toolCall("{\"frames\": [{\"intent\": \"account_balance\", \"slots\": {}}]}"))
                .then(toolCall("{\"frames\": [{\"intent\": \"account_balance\", \"slots\": {}}]}"));

        assertThat(engine(text -> { throw new IllegalStateException("retrieval down"); })
                .understand("余额还有多少", context()).intent()).isEqualTo("account_balance");
        assertThat(engine(text -> List.of(RETRIEVED.get(2))).understand("余额还有多少", context()).intent())
                .isEqualTo("account_balance");

        for (var request : server.requests()) {
            assertThat(offeredTools(request).keySet()).containsExactly("report_frames");
            assertThat(request.message(0).path("content").asString()).doesNotContain("NOTHING IS EXECUTED HERE");
        }
    }

    @Test
    void aCallOfATheToolNotOfferedIsAnError() {
        List<ToolSpec> onlyReport = new ArrayList<>(List.of(gatewayTool("queryReport")));
        server.then(calls(call("getAccount", "{}"))).then(calls(call("getAccount", "{}")));

        Frame frame = engine(text -> onlyReport).understand("余额还有多少", context());

        assertThat(frame).isEqualTo(FALLBACK_FRAME);
        assertThat(listener.fallbacks).singleElement().asString().contains(
                "call 1: there is no tool 'getAccount' here; call report_frames or one of [queryReport]");
    }
}
