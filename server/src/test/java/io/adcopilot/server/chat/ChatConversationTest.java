package io.adcopilot.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.json.Json;
import io.adcopilot.sandbox.HttpClientForTests;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Scripted conversations against the running server over HTTP, each checked against the sandbox afterwards: the
 * numbers answered are the report API's, and campaigns change only when and as confirmed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatConversationTest {

    private AdCopilotServer server;
    private HttpClientForTests http;
    private String adv1001;

    @BeforeAll
    void start() {
        server = AdCopilotServer.start(new ServerConfig(TestPlatforms.demoDataDir(), 0, TestPlatforms.CLOCK),
                ReportGenerator.Progress.SILENT);
        http = new HttpClientForTests(server.port());
        adv1001 = server.platform().tokens().issue("adv-1001");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Conversation conversation() {
        return new Conversation(http, adv1001);
    }

    /** The platform's own answer, straight from the report API. */
    private BigDecimal reported(String metric, String campaign, String start, String end) {
        String filters = campaign == null ? "{}" : "{\"campaign\": [\"" + campaign + "\"]}";
        var answer = http.post("/platform/v1/reports/query", adv1001, "{\"metrics\": [\"" + metric + "\"], \"filters\": "
                + filters + ", \"time_range\": {\"start\": \"" + start + "\", \"end\": \"" + end + "\"}}");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().path("totals").path(metric).decimalValue();
    }

    private BigDecimal budget(String campaign) {
        return http.get("/platform/v1/campaigns/" + campaign, adv1001).json().path("daily_budget").decimalValue();
    }

    private static String money(BigDecimal value) {
        return "¥" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    @Test
    void aDataQuestionIsAnsweredWithTheReportApisValue() {
        JsonNode reply = conversation().say("双十一大促-拉新昨天花了多少钱?");
        BigDecimal cost = reported("cost", "c-1001", "2026-11-19", "2026-11-19");
        assertThat(reply.path("frame").path("intent").asString()).isEqualTo("query_metrics");
        assertThat(reply.path("reply").path("text").asString()).contains("2026-11-19").contains(money(cost));
        assertThat(reply.path("reply").path("table").path("rows").get(0).path("cost").decimalValue())
                .isEqualByComparingTo(cost);
        assertThat(reply.path("trace_id").asString()).isNotBlank();
    }

    @Test
    void noPeriodMeansTheLastSevenDaysAndTheAnswerSaysSo() {
        JsonNode reply = conversation().say("各地域的点击率");
        String text = reply.path("reply").path("text").asString();
        assertThat(text).contains("最近7天").contains("2026-11-13 至 2026-11-19");
        assertThat(reply.path("reply").path("chart").path("series").get(0).path("type").asString()).isEqualTo("bar");
        assertThat(reply.path("reply").path("table").path("rows").size()).isGreaterThan(3);
    }

    @Test
    void aBudgetChangeIsAppliedOnlyAfterConfirmation() {
        BigDecimal before = budget("c-1002");
        Conversation c = conversation();
        JsonNode preview = c.say("把双十一大促-老客召回的日预算调到6000");
        assertThat(preview.path("frame").path("intent").asString()).isEqualTo("update_budget");
        JsonNode change = preview.path("confirmation").path("preview").path("changes").get(0);
        assertThat(change.path("field").asString()).isEqualTo("daily_budget");
        assertThat(change.path("current").decimalValue()).isEqualByComparingTo(before);
        assertThat(change.path("proposed").decimalValue()).isEqualByComparingTo("6000");
        assertThat(preview.path("confirmation").path("token").asString()).startsWith("ct_");
        assertThat(budget("c-1002")).as("nothing changes before confirmation").isEqualByComparingTo(before);

        JsonNode done = c.say("确认");
        assertThat(done.path("reply").path("text").asString()).contains("已完成").contains("¥6000.00");
        assertThat(done.has("confirmation")).isFalse();
        assertThat(budget("c-1002")).isEqualByComparingTo("6000");

        assertThat(c.say("确认").path("reply").path("text").asString()).contains("没有等待确认的修改");
        assertThat(budget("c-1002")).isEqualByComparingTo("6000");
    }

    @Test
    void aWhyQuestionIsDiagnosedAgainstThePeriodBefore() {
        JsonNode reply = conversation().say("为什么上周转化成本涨了");
        assertThat(reply.path("frame").path("intent").asString()).isEqualTo("diagnose_change");
        BigDecimal before = reported("cpa", null, "2026-11-02", "2026-11-08");
        BigDecimal after = reported("cpa", null, "2026-11-09", "2026-11-15");
        String text = reply.path("reply").path("text").asString();
        assertThat(text).contains("11-09 至 11-15").contains("11-02 至 11-08")
                .contains(String.format("%,.2f 元", before)).contains(String.format("%,.2f 元", after))
                .doesNotContain("已省略");
        JsonNode overall = reply.path("reply").path("table").path("rows").get(0);
        assertThat(overall.path("c1").asString()).isEqualTo(String.format("%,.2f 元", before));
        assertThat(reply.path("reply").path("chart").path("series").isArray()).isTrue();
    }

    @Test
    void aRulesQuestionIsAnsweredFromTheHelpCenterWithItsSources() {
        JsonNode reply = conversation().say("oCPM是什么意思");
        assertThat(reply.path("frame").path("intent").asString()).isEqualTo("knowledge_qa");
        assertThat(reply.path("reply").path("text").asString()).contains("oCPM");
        assertThat(reply.path("reply").path("citations").findValuesAsString("id")).contains("kb-003-ocpm-explained");
    }

    @Test
    void somethingOutsideAdvertisingGetsAHelpfulNo() {
        JsonNode reply = conversation().say("今天天气怎么样");
        assertThat(reply.path("frame").path("intent").asString()).isEqualTo("out_of_scope");
        assertThat(reply.path("reply").path("text").asString()).contains("广告投放助手").contains("查投放数据");
    }

    @Test
    void theTokenItselfConfirms() {
        Conversation c = conversation();
        String token = c.say("把直播间引流-周末的预算改成4100").path("confirmation").path("token").asString();
        assertThat(c.say(token).path("reply").path("text").asString()).contains("已完成");
        assertThat(budget("c-1005")).isEqualByComparingTo("4100");
    }

    @Test
    void aCancelledChangeLeavesTheBudgetAsItWas() {
        BigDecimal before = budget("c-1003");
        Conversation c = conversation();
        assertThat(c.say("把日常店铺引流的预算提高到3000").has("confirmation")).isTrue();
        assertThat(c.say("算了").path("reply").path("text").asString()).contains("取消");
        assertThat(c.say("确认").path("reply").path("text").asString()).contains("没有等待确认的修改");
        assertThat(budget("c-1003")).isEqualByComparingTo(before);
    }

    @Test
    void aChangeStaysPendingWhileTheUserAsksSomethingElse() {
        BigDecimal before = budget("c-1007");
        Conversation c = conversation();
        assertThat(c.say("把品牌词保护的预算改成1200").has("confirmation")).isTrue();
        JsonNode aside = c.say("昨天整体花了多少钱");
        assertThat(aside.path("reply").path("text").asString()).contains("还有一个修改在等你确认");
        assertThat(budget("c-1007")).isEqualByComparingTo(before);
        assertThat(c.say("确认").path("reply").path("text").asString()).contains("已完成");
        assertThat(budget("c-1007")).isEqualByComparingTo("1200");
    }

    @Test
    void anAmbiguousNameIsResolvedByTheUsersChoice() {
        Conversation c = conversation();
        JsonNode question = c.say("双十一大促昨天花了多少钱");
        assertThat(question.path("choices").findValuesAsString("id")).containsExactlyInAnyOrder("c-1001", "c-1002");
        assertThat(question.path("reply").path("text").asString()).contains("哪一个");
        JsonNode answer = c.say("老客召回那个");
        BigDecimal cost = reported("cost", "c-1002", "2026-11-19", "2026-11-19");
        assertThat(answer.path("frame").path("slots").path("campaign").get(0).asString()).isEqualTo("c-1002");
        assertThat(answer.path("reply").path("text").asString()).contains(money(cost));
    }

    @Test
    void aFollowUpCarriesTheCampaignOver() {
        Conversation c = conversation();
        c.say("双十一大促-拉新昨天花了多少钱");
        JsonNode followUp = c.say("那上周呢");
        BigDecimal cost = reported("cost", "c-1001", "2026-11-09", "2026-11-15");
        assertThat(followUp.path("reply").path("text").asString()).contains(money(cost));
    }

    @Test
    void aCompoundRequestRunsItsStepsInOrder() {
        BigDecimal before = budget("c-1001");
        Conversation c = conversation();
        JsonNode reply = c.say("查一下双十一大促-拉新昨天的花费，然后把它的预算加到9000");
        String text = reply.path("reply").path("text").asString();
        BigDecimal cost = reported("cost", "c-1001", "2026-11-19", "2026-11-19");
        assertThat(text.indexOf(money(cost))).isNotNegative().isLessThan(text.indexOf("将修改"));
        assertThat(reply.path("confirmation").path("preview").path("entity_id").asString()).isEqualTo("c-1001");
        assertThat(budget("c-1001")).isEqualByComparingTo(before);
        c.say("确认");
        assertThat(budget("c-1001")).isEqualByComparingTo("9000");
    }

    @Test
    void aLaterStepActsOnTheRankingOfAnEarlierOne() {
        var report = http.post("/platform/v1/reports/query", adv1001, "{\"metrics\": [\"cpa\"], \"dimensions\": "
                + "[\"campaign\"], \"time_range\": {\"start\": \"2026-11-16\", \"end\": \"2026-11-20\"}}");
        assertThat(report.status()).isEqualTo(200);
        JsonNode worst = null;
        for (JsonNode row : report.json().path("rows")) {
            if (row.path("cpa").isNumber() && (worst == null || row.path("cpa").decimalValue().compareTo(worst.path("cpa").decimalValue()) > 0)) {
                worst = row;
            }
        }
        assertThat(worst).isNotNull();
        String worstId = worst.path("campaign").asString();

        Conversation c = conversation();
        JsonNode reply = c.say("compare this week and last week, then pause the worst campaign");
        assertThat(reply.path("confirmation").path("preview").path("entity_id").asString())
                .as(reply.toString()).isEqualTo(worstId);
        assertThat(reply.path("reply").path("text").asString())
                .contains("(by CPA, the worst: " + money(worst.path("cpa").decimalValue()) + ")");
        JsonNode campaign = http.get("/platform/v1/campaigns/" + worstId, adv1001).json();
        assertThat(reply.path("reply").path("table").toString()).as("the breakdown the choice came from")
                .contains(campaign.path("name").asString());
        assertThat(campaign.path("status").asString()).isEqualTo("active");
        c.say("cancel");
        assertThat(http.get("/platform/v1/campaigns/" + worstId, adv1001).json().path("status").asString()).isEqualTo("active");
    }

    @Test
    void anotherAdvertisersCampaignRevealsNothing() {
        BigDecimal theirs = http.post("/platform/v1/reports/query", server.platform().tokens().issue("adv-1002"),
                "{\"metrics\": [\"cost\"], \"filters\": {\"campaign\": [\"c-2001\"]}, "
                        + "\"time_range\": {\"start\": \"2026-11-19\", \"end\": \"2026-11-19\"}}")
                .json().path("totals").path("cost").decimalValue();
        Conversation c = conversation();
        for (String text : new String[] {"Spring Sale - Retargeting昨天花了多少钱", "c-2001昨天花了多少钱",
                "把c-2001的预算改成100", "暂停 Spring Sale - Retargeting"}) {
            JsonNode reply = c.say(text);
            String said = Json.MAPPER.writeValueAsString(reply);
            assertThat(said).doesNotContain("c-2001\"").doesNotContain(money(theirs)).doesNotContain(theirs.toPlainString());
            assertThat(reply.has("confirmation")).isFalse();
            assertThat(reply.path("choices").findValuesAsString("id")).allMatch(id -> id.startsWith("c-1"));
        }
        assertThat(http.get("/platform/v1/campaigns/c-2001", server.platform().tokens().issue("adv-1002")).json()
                .path("daily_budget").decimalValue()).isEqualByComparingTo("6000");
    }

    @Test
    void aRefusedAmountBecomesAQuestionAndTheAnswerIsUsed() {
        Conversation c = conversation();
        JsonNode refused = c.say("把年货节预热的预算改成10元");
        assertThat(refused.has("confirmation")).isFalse();
        assertThat(refused.path("reply").path("text").asString()).contains("不低于 100").contains("要改成多少");
        JsonNode retried = c.say("6500");
        assertThat(retried.path("confirmation").path("preview").path("changes").get(0).path("proposed").decimalValue())
                .isEqualByComparingTo("6500");
        c.say("取消");
        assertThat(budget("c-1006")).isEqualByComparingTo("6000");
    }

    @Test
    void anEmptyPeriodIsExplainedWithoutNumbers() {
        String text = conversation().say("2025年1月双十一大促-拉新的消耗").path("reply").path("text").asString();
        assertThat(text).contains("没有投放数据").doesNotContain("¥");
    }

    @Test
    void sessionsAreTheCallersOwn() {
        Conversation mine = conversation();
        mine.say("你好");
        var theirs = http.post("/api/chat", server.platform().tokens().issue("adv-1002"),
                "{\"text\": \"确认\", \"session\": \"" + mine.session() + "\"}");
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(http.get("/api/sessions/" + mine.session(), adv1001).json().path("turns").size()).isEqualTo(2);
        assertThat(http.get("/api/sessions/" + mine.session(), server.platform().tokens().issue("adv-1002")).status())
                .isEqualTo(404);
    }

    @Test
    void theStreamSendsTheFrameTheAnswerAndLastTheWholeReply() {
        var answer = http.post("/api/chat/stream", adv1001, "{\"text\": \"双十一大促-拉新昨天花了多少钱\"}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> events = new ArrayList<>();
        List<JsonNode> data = new ArrayList<>();
        for (String block : answer.raw().body().split("\n\n")) {
            if (block.isBlank()) continue;
            String[] lines = block.split("\n");
            events.add(lines[0].substring("event: ".length()));
            data.add(Json.MAPPER.readTree(lines[1].substring("data: ".length())));
        }
        assertThat(events).containsExactly("frame", "answer", "reply");
        assertThat(data.get(0).path("intent").asString()).isEqualTo("query_metrics");
        JsonNode reply = data.get(2);
        assertThat(reply.path("reply").path("text").asString()).isEqualTo(data.get(1).path("text").asString())
                .contains(money(reported("cost", "c-1001", "2026-11-19", "2026-11-19")));
        assertThat(reply.path("session").asString()).isNotBlank();
    }

    @Test
    void rememberedPreferencesShapeDefaultsAndCanBeListedAndForgotten() {
        Conversation c = new Conversation(http, server.platform().tokens().issue("adv-1003"));
        assertThat(c.say("以后默认看转化成本").path("frame").path("intent").asString()).isEqualTo("remember_preference");
        JsonNode memories = http.get("/api/memories", server.platform().tokens().issue("adv-1003")).json().path("items");
        assertThat(memories.size()).isEqualTo(1);
        assertThat(memories.get(0).path("defaults").path("metrics").get(0).asString()).isEqualTo("cpa");

        JsonNode shaped = new Conversation(http, server.platform().tokens().issue("adv-1003")).say("上周的数据怎么样");
        assertThat(shaped.path("reply").path("table").path("columns").findValuesAsString("key")).contains("cpa");

        String id = memories.get(0).path("id").asString();
        assertThat(http.get("/api/memories", adv1001).json().path("items").findValuesAsString("id")).doesNotContain(id);
        assertThat(http.send(http.request("/api/memories/" + id, adv1001).DELETE()).status()).isEqualTo(404);
        assertThat(http.send(http.request("/api/memories/" + id, server.platform().tokens().issue("adv-1003")).DELETE())
                .status()).isEqualTo(204);
        assertThat(http.get("/api/memories", server.platform().tokens().issue("adv-1003")).json().path("items").size())
                .isZero();
    }

    @Test
    void badRequestsGetAClearError() {
        assertThat(http.post("/api/chat", adv1001, "not json").status()).isEqualTo(400);
        var missing = http.post("/api/chat", adv1001, "{\"session\": \"x\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("error").path("field").asString()).isEqualTo("text");
        assertThat(http.post("/api/chat", adv1001, "{\"text\": \"" + "多".repeat(2001) + "\"}").status()).isEqualTo(400);
        assertThat(http.post("/api/chat", null, "{\"text\": \"hi\"}").status()).isEqualTo(401);
    }
}
