package io.adcopilot.agent.nlu.llm;

import static io.adcopilot.agent.nlu.llm.LlmFixtures.CATALOGS;
import static io.adcopilot.agent.nlu.llm.LlmFixtures.context;
import static io.adcopilot.agent.nlu.llm.ScriptedChatServer.status;
import static io.adcopilot.agent.nlu.llm.ScriptedChatServer.toolCall;
import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CascadeEngineTest {

    private static final String BALANCE = "{\"frames\": [{\"intent\": \"account_balance\", \"slots\": {}, \"confidence\": 0.97}]}";
    private static final Frame SURE = new Frame("query_metrics", Slots.of(Map.of(SlotNames.METRICS, List.of("cost"))), 0.92);
    private static final Frame UNSURE = new Frame("smalltalk", Slots.NONE, 0.55);

    private ScriptedChatServer server;
    private LlmFixtures.Recorder listener;

    @BeforeEach
    void start() {
        server = new ScriptedChatServer();
        listener = new LlmFixtures.Recorder();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CascadeEngine cascade(FixedEngine embedded) {
        LlmConfig config = new LlmConfig(server.baseUrl(), "test-model", "", Duration.ofSeconds(5), 0);
        return new CascadeEngine(embedded, new LlmNluEngine(config, CATALOGS, embedded, listener), 0.8);
    }

    @Test
    void aSureEmbeddedFrameNeedsNoLlm() {
        server.then(toolCall(BALANCE));
        FixedEngine embedded = new FixedEngine("embedded", SURE);

        CascadeResult result = cascade(embedded).run("昨天花费", context());

        assertThat(result.frames()).containsExactly(SURE);
        assertThat(result.answeredBy()).isEqualTo("embedded");
        assertThat(result.askedLlm()).isFalse();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anUnsureEmbeddedFrameAsksTheLlm() {
        server.then(toolCall(BALANCE));
        FixedEngine embedded = new FixedEngine("embedded", UNSURE);

        Frame frame = cascade(embedded).understand("户头里还剩多少", context());

        assertThat(frame.intent()).isEqualTo("account_balance");
        assertThat(frame.confidence()).isEqualTo(0.97);
        assertThat(server.requests()).hasSize(1);
        assertThat(embedded.calls()).isEqualTo(1);
    }

    @Test
    void onlyFramesBelowTheThresholdGoToTheLlm() {
        for (int i = 0; i < 3; i++) server.then(toolCall(BALANCE));
        CascadeEngine sure = cascade(new FixedEngine("embedded", SURE));
        CascadeEngine unsure = cascade(new FixedEngine("embedded", UNSURE));
        CascadeEngine atThreshold = cascade(new FixedEngine("embedded", new Frame("smalltalk", Slots.NONE, 0.8)));

        sure.plan("a", context());
        unsure.plan("b", context());
        sure.understand("c", context());
        unsure.understand("d", context());
        atThreshold.plan("e", context());

        assertThat(server.requests()).hasSize(2);
        assertThat(listener.calls).hasSize(2);
    }

    @Test
    void whenTheLlmFailsTheEmbeddedFrameStandsWithoutAskingItAgain() {
        server.then(status(500));
        FixedEngine embedded = new FixedEngine("embedded", UNSURE);

        CascadeResult result = cascade(embedded).run("户头里还剩多少", context());

        assertThat(result.frames()).containsExactly(UNSURE);
        assertThat(result.answeredBy()).isEqualTo("embedded");
        assertThat(result.llm()).hasValueSatisfying(llm -> assertThat(llm.succeeded()).isFalse());
        assertThat(embedded.calls()).isEqualTo(1);
        assertThat(listener.fallbacks).singleElement().asString().startsWith("embedded: error");
    }

    @Test
    void isCalledCascade() {
        assertThat(cascade(new FixedEngine("embedded", SURE)).name()).isEqualTo("cascade");
    }
}
