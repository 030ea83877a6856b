package io.adcopilot.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.gateway.ToolGateway;
import io.adcopilot.gateway.confirm.Guardrails;
import io.adcopilot.gateway.limit.RateLimits;
import io.adcopilot.sandbox.HttpClientForTests;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A real tool failure: the gateway allows one report query per advertiser per ten minutes, so the second data
 * question's query is refused. The copilot says so plainly, gives no number, and the turn's trace shows the error.
 */
class ToolFailureConversationTest {

    @Test
    void aFailedToolCallIsAnsweredHonestly() {
        var oneReport = new ToolGateway.Config(Guardrails.defaults(),
                new RateLimits.Config(1000, 1, Duration.ofMinutes(10)), Duration.ofMinutes(5));
        try (var server = AdCopilotServer.start(new ServerConfig(TestPlatforms.demoDataDir(), 0, TestPlatforms.CLOCK,
                oneReport), ReportGenerator.Progress.SILENT)) {
            var http = new HttpClientForTests(server.port());
            Conversation c = new Conversation(http, server.platform().tokens().issue("adv-1001"));
            assertThat(c.say("昨天花了多少钱").path("reply").path("text").asString()).contains("¥");

            JsonNode failed = c.say("上周各地域的点击率");
            String text = failed.path("reply").path("text").asString();
            assertThat(text).contains("没能查到数据").contains("请求太频繁").contains("没有编造").doesNotContain("¥")
                    .doesNotContainPattern("\\d+\\.\\d+%");
            assertThat(failed.path("reply").has("table")).isFalse();

            server.flushTraces();
            JsonNode trace = http.get("/api/traces/" + failed.path("trace_id").asString(), server.staffToken("rita", false)).json();
            assertThat(trace.path("summary").path("status").asString()).isEqualTo("error");
            assertThat(trace.path("flags").findValuesAsString("evaluator")).contains("tool_error");
        }
    }
}
