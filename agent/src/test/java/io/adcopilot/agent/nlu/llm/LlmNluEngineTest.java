package io.adcopilot.agent.nlu.llm;

import static io.adcopilot.agent.nlu.llm.LlmFixtures.CATALOGS;
import static io.adcopilot.agent.nlu.llm.LlmFixtures.context;
import static io.adcopilot.agent.nlu.llm.ScriptedChatServer.status;
import static io.adcopilot.agent.nlu.llm.ScriptedChatServer.text;
import static io.adcopilot.agent.nlu.llm.ScriptedChatServer.toolCall;
import static io.adcopilot.agent.nlu.llm.ScriptedChatServer.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.Turn;
import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmNluEngineTest {

    private static final String YESTERDAY_COST = """
            {"frames": [{"intent": "query_metrics", "confidence": 0.93, "slots": {"metrics": ["cost"],
             "campaign": ["c-1001"], "time_range": {"start": "2026-11-19", "end": "2026-11-19"}}}]}""";
    private static final Slots YESTERDAY_COST_SLOTS = Slots.of(Map.of(
            SlotNames.METRICS, List.of("cost"), SlotNames.CAMPAIGN, List.of("c-1001"),
            SlotNames.TIME_RANGE, DateRange.day(LocalDate.of(2026, 11, 19))));
    private static final Frame FALLBACK_FRAME = new Frame("smalltalk", Slots.NONE, 0.42);

    private ScriptedChatServer server;
    private FixedEngine fallback;
    private LlmFixtures.Recorder listener;

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

    private LlmNluEngine engine(Duration timeout) {
        LlmConfig config = new LlmConfig(server.baseUrl(), "test-model", "", timeout, 0);
        return new LlmNluEngine(config, CATALOGS, fallback, listener);
    }

    private LlmNluEngine engine() {
        return engine(Duration.ofSeconds(5));
    }

    @Test
    void aValidToolCallIsTheFrame() {
        server.then(toolCall(YESTERDAY_COST));

        Frame frame = engine().understand("双十一大促-拉新昨天花了多少钱", context());

        assertThat(frame.intent()).isEqualTo("query_metrics");
        assertThat(frame.slots()).isEqualTo(YESTERDAY_COST_SLOTS);
        assertThat(frame.confidence()).isEqualTo(0.93);
        assertThat(fallback.calls()).isZero();
        assertThat(listener.calls).containsExactly(
                new LlmCallStats("test-model", 120, 30, listener.calls.get(0).latencyMs(), LlmCallStats.Outcome.VALID, 0));
        assertThat(listener.fallbacks).isEmpty();
    }

    @Test
    void theRequestOffersOnlyReportFramesAndRequiresIt() {
        server.then(toolCall(YESTERDAY_COST));

        engine().understand("双十一大促-拉新昨天花了多少钱", context());

        var body = server.requests().get(0).body();
        assertThat(body.path("model").asString()).isEqualTo("test-model");
        assertThat(body.path("tool_choice").asString()).isEqualTo("required");
        assertThat(body.path("tools")).hasSize(1);
        var function = body.path("tools").path(0).path("function");
        assertThat(function.path("name").asString()).isEqualTo("report_frames");
        var frame = function.path("parameters").path("properties").path("frames").path("items");
        assertThat(frame.path("properties").path("intent").path("enum").toString())
                .contains("query_metrics", "update_budget", "out_of_scope");
        assertThat(frame.path("properties").path("slots").path("properties").path("budget").path("properties")
                .path("op").path("enum").toString()).contains("set", "increase", "decrease");
        assertThat(server.requests().get(0).authorization()).isNull();
    }

    @Test
    void thePromptHasTodayTheCatalogTheHistoryAndTheText() {
        server.then(toolCall(YESTERDAY_COST));

        engine().understand("那上周呢", context(Turn.user("双十一大促-拉新昨天花了多少钱"), new Turn("assistant", "花费 1,234 元")));

        var request = server.requests().get(0);
        assertThat(request.message(0).path("role").asString()).isEqualTo("system");
        String system = request.message(0).path("content").asString();
        assertThat(system).contains("Today (D) is 2026-11-20, Friday", "last week 2026-11-09 to 2026-11-15",
                "c-1001 | campaign | 双十一大促-拉新", "g-2002 | ad_group | 拉新-学生", "cr-3001 | creative | 双十一主视觉",
                "update_budget: change a campaign's daily budget (slots: budget, campaign)");
        assertThat(request.message(1).path("role").asString()).isEqualTo("user");
        assertThat(request.message(1).path("content").asString()).isEqualTo("""
                Conversation so far (oldest first):
                user: 双十一大促-拉新昨天花了多少钱
                assistant: 花费 1,234 元

                Current utterance: 那上周呢""");
    }

    @Test
    void anApiKeyIsSentAsBearerToken() {
        server.then(toolCall(YESTERDAY_COST));
        LlmConfig config = new LlmConfig(server.baseUrl(), "test-model", "sk-test", Duration.ofSeconds(5), 0);

        new LlmNluEngine(config, CATALOGS, fallback).understand("昨天花费", context());

        assertThat(server.requests().get(0).authorization()).isEqualTo("Bearer sk-test");
    }

    @Test
    void malformedArgumentsGetOneRepairRound() {
        server.then(toolCall("{\"frames\": [{\"intent\": \"query_metrics\", \"slots\": {\"metrics\": [\"cost\""))
                .then(toolCall(YESTERDAY_COST));
        LlmNluEngine engine = engine();

        LlmResult result = engine.ask("双十一大促-拉新昨天花了多少钱", context());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.repaired()).isTrue();
        assertThat(result.frames()).extracting(Frame::slots).containsExactly(YESTERDAY_COST_SLOTS);
        assertThat(result.calls()).extracting(LlmCallStats::outcome)
                .containsExactly(LlmCallStats.Outcome.INVALID, LlmCallStats.Outcome.VALID);
        assertThat(result.inputTokens()).isEqualTo(240);
        var repair = server.requests().get(1);
        assertThat(repair.body().path("messages")).hasSize(4);
        assertThat(repair.message(2).path("role").asString()).isEqualTo("assistant");
        assertThat(repair.message(2).path("tool_calls").path(0).path("function").path("arguments").asString())
                .startsWith("{\"frames\": [{\"intent\"");
        assertThat(repair.message(3).path("role").asString()).isEqualTo("tool");
        assertThat(repair.message(3).path("tool_call_id").asString()).isEqualTo("call_0");
        assertThat(repair.message(3).path("content").asString()).contains("arguments: not valid JSON");
        assertThat(fallback.calls()).isZero();
    }

    @Test
    void invalidValuesAreNamedInTheRepairRequest() {
        server.then(toolCall("""
                {"frames": [{"intent": "update_budget", "confidence": 0.9, "slots": {"campaign": ["c-9999"],
                 "budget": {"op": "raise", "value": 5000, "unit": "CNY"}, "metrics": ["cost"]}}]}"""))
                .then(toolCall("""
                {"frames": [{"intent": "update_budget", "confidence": 0.9, "slots": {"campaign": ["c-1001"],
                 "budget": {"op": "set", "value": 5000.0, "unit": "CNY"}}}]}"""));

        Frame frame = engine().understand("把双十一大促-拉新的预算提高到5000", context());

        assertThat(frame.slots().amount(SlotNames.BUDGET))
                .contains(new Amount(Amount.Op.SET, BigDecimal.valueOf(5000), Amount.Unit.CNY));
        String feedback = server.requests().get(1).message(3).path("content").asString();
        assertThat(feedback).contains("frames[0].slots.campaign[0]: 'c-9999' is not the id",
                "frames[0].slots.budget.op: 'raise' is not one of [set, increase, decrease]",
                "frames[0].slots.metrics: intent update_budget takes no slot metrics");
    }

    @Test
    void stillInvalidAfterRepairFallsBack() {
        String unknownIntent = "{\"frames\": [{\"intent\": \"buy_stocks\", \"slots\": {}, \"confidence\": 0.9}]}";
        server.then(toolCall(unknownIntent)).then(toolCall(unknownIntent));

        List<Frame> frames = engine().plan("帮我买点股票", context());

        assertThat(frames).containsExactly(FALLBACK_FRAME);
        assertThat(fallback.calls()).isEqualTo(1);
        assertThat(server.requests()).hasSize(2);
        assertThat(listener.calls).extracting(LlmCallStats::round).containsExactly(0, 1);
        assertThat(listener.fallbacks).singleElement().asString()
                .startsWith("embedded: invalid after repair: frames[0].intent: unknown intent 'buy_stocks'");
    }

    @Test
    void aSlowEndpointFallsBackAfterTheTimeout() {
        server.then(server.hang());
        long start = System.nanoTime();

        Frame frame = engine(Duration.ofMillis(300)).understand("昨天花费", context());

        assertThat(frame).isEqualTo(FALLBACK_FRAME);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
        assertThat(listener.calls).extracting(LlmCallStats::outcome).containsExactly(LlmCallStats.Outcome.TIMEOUT);
        assertThat(listener.fallbacks).singleElement().asString().startsWith("embedded: timeout");
    }

    @Test
    void anHttpErrorFallsBack() {
        server.then(status(500));

        Frame frame = engine().understand("昨天花费", context());

        assertThat(frame).isEqualTo(FALLBACK_FRAME);
        assertThat(server.requests()).hasSize(1);
        assertThat(listener.calls).singleElement().satisfies(call -> {
            assertThat(call.outcome()).isEqualTo(LlmCallStats.Outcome.ERROR);
            assertThat(call.totalTokens()).isZero();
        });
        assertThat(listener.fallbacks).singleElement().asString().startsWith("embedded: error");
    }

    @Test
    void anUnreachableEndpointFallsBack() {
        server.close();

        assertThat(engine().understand("昨天花费", context())).isEqualTo(FALLBACK_FRAME);
        assertThat(listener.calls).extracting(LlmCallStats::outcome).containsExactly(LlmCallStats.Outcome.ERROR);
    }

    @Test
    void aCompoundRequestIsTwoFramesAndTheBudgetTakesTheCampaign() {
        server.then(toolCall("""
                {"frames": [
                  {"intent": "query_metrics", "confidence": 0.95, "slots": {"metrics": ["cost"], "campaign": ["c-1001"],
                   "time_range": {"start": "2026-11-19", "end": "2026-11-19"}}},
                  {"intent": "update_budget", "confidence": 0.9, "slots": {"budget": {"op": "set", "value": 5000, "unit": "CNY"}}}
                ]}"""));
        LlmNluEngine engine = engine();

        List<Frame> frames = engine.plan("查一下双十一大促-拉新昨天花费，然后把预算加到5000", context());

        assertThat(frames).extracting(Frame::intent).containsExactly("query_metrics", "update_budget");
        assertThat(frames.get(0).slots()).isEqualTo(YESTERDAY_COST_SLOTS);
        assertThat(frames.get(1).slots()).isEqualTo(Slots.of(Map.of(
                SlotNames.BUDGET, new Amount(Amount.Op.SET, BigDecimal.valueOf(5000), Amount.Unit.CNY),
                SlotNames.CAMPAIGN, List.of("c-1001"))));
    }

    @Test
    void framesSpreadOverSeveralToolCallsAreOnePlan() {
        server.then(toolCalls(List.of(
                "{\"frames\": [{\"intent\": \"account_balance\", \"slots\": {}, \"confidence\": 0.9}]}",
                "{\"frames\": [{\"intent\": \"list_entities\", \"slots\": {\"entity_type\": \"campaign\"}, \"confidence\": 0.8}]}"),
                50, 10));

        List<Frame> frames = engine().plan("看下余额，再列一下计划", context());

        assertThat(frames).extracting(Frame::intent).containsExactly("account_balance", "list_entities");
    }

    @Test
    void jsonWrittenAsTextInsteadOfACallIsAccepted() {
        server.then(text("```json\n" + YESTERDAY_COST + "\n```"));

        assertThat(engine().understand("双十一大促-拉新昨天花了多少钱", context()).slots()).isEqualTo(YESTERDAY_COST_SLOTS);
    }

    @Test
    void proseInsteadOfACallIsRepairedWithAUserMessage() {
        server.then(text("昨天花费是多少我来查一下")).then(toolCall(YESTERDAY_COST));

        LlmResult result = engine().ask("双十一大促-拉新昨天花了多少钱", context());

        assertThat(result.repaired()).isTrue();
        var repair = server.requests().get(1);
        assertThat(repair.message(2).path("content").asString()).isEqualTo("昨天花费是多少我来查一下");
        assertThat(repair.message(3).path("role").asString()).isEqualTo("user");
        assertThat(repair.message(3).path("content").asString()).contains("answer by calling the tool report_frames");
    }

    @Test
    void ambiguousMentionsComeBackWithTheEntitiesNames() {
        server.then(toolCall("""
                {"frames": [{"intent": "update_status", "confidence": 0.7, "slots": {"status": "paused"},
                 "ambiguities": [{"mention": "拉新那个组", "slot": "ad_group", "candidates": ["g-2001", "g-2002"]}]}]}"""));

        Frame frame = engine().understand("把拉新那个组停了", context());

        assertThat(frame.slots()).isEqualTo(Slots.of(Map.of(SlotNames.STATUS, "paused")));
        assertThat(frame.ambiguities()).containsExactly(new Frame.Ambiguity("拉新那个组", "ad_group", List.of(
                new Frame.Candidate("g-2001", "拉新-白领"), new Frame.Candidate("g-2002", "拉新-学生"))));
    }
}
