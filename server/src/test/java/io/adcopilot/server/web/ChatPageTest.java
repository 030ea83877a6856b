package io.adcopilot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.sandbox.HttpClientForTests;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The chat page in headless Chromium against the running server on the demo data: questions typed as a user would,
 * answers checked on the page (charts drawn, tables, confirmation cards, choice buttons) and, for writes, on the
 * platform afterwards; feedback as the traces record it; sources of knowledge answers; Chinese and English; and the
 * chat page's screenshots in docs/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatPageTest {

    private AdCopilotServer server;
    private HttpClientForTests http;
    private String adv1001;
    private String reviewer;
    private Browser browser;

    @BeforeAll
    void start() {
        Browser.assumeInstalled();
        server = AdCopilotServer.start(new ServerConfig(TestPlatforms.demoDataDir(), 0, TestPlatforms.CLOCK),
                ReportGenerator.Progress.SILENT);
        http = new HttpClientForTests(server.port());
        adv1001 = server.platform().tokens().issue("adv-1001");
        reviewer = server.staffToken("rita", false);
        try {
            browser = Browser.open(server.port(), "zh-CN");
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @BeforeEach
    void signedInAfresh() {
        browser.go("/");
        browser.storage(Map.of("adcopilot.token", adv1001, "adcopilot.lang", "zh"));
        browser.await("#input");
    }

    /** Types a message as the user would, and waits for the copilot's finished answer to it. */
    private WebElement say(String text) {
        int before = browser.all(".msg.assistant[data-state='done']").size();
        WebElement input = browser.await("#input");
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        return lastAnswerAfter(before);
    }

    private WebElement lastAnswerAfter(int before) {
        List<WebElement> done = browser.awaitCount(".msg.assistant[data-state='done']", before + 1);
        return done.get(done.size() - 1);
    }

    @Test
    void signingInAsADemoAdvertiserShowsTheirName() {
        browser.storage(Map.of("adcopilot.lang", "zh"));
        browser.await("#signin .demo-advertiser[data-advertiser='adv-1001']");
        assertThat(browser.await("#demo-note").getText()).contains("演示沙箱");
        browser.screenshot("signin.png");
        browser.await(".demo-advertiser[data-advertiser='adv-1001']").click();
        assertThat(browser.await("#account").getText()).contains("adv-1001");
        assertThat(browser.script("return localStorage.getItem('adcopilot.token')")).isEqualTo(adv1001);
    }

    @Test
    void aTrendQuestionIsAnsweredWithAChartAndATable() {
        WebElement answer = say("最近30天每天的消耗趋势");
        assertThat(answer.getAttribute("data-intent")).isEqualTo("query_metrics");
        assertThat(answer.findElement(By.cssSelector(".text")).getText()).contains("每天的消耗");
        browser.awaitCount(".msg.assistant:last-of-type .chart canvas", 1);
        List<WebElement> rows = answer.findElements(By.cssSelector("table.data tbody tr"));
        assertThat(rows).hasSize(30);
        String cost = rows.get(0).findElements(By.tagName("td")).get(1).getText();
        assertThat(cost).matches("¥\\d{1,3}(,\\d{3})*\\.\\d{2}");
        browser.script("document.querySelector('#messages').scrollTop = 0");
        browser.screenshot("chat.png");
    }

    @Test
    void aBudgetChangeIsConfirmedOnItsCardAndThenApplied() {
        WebElement preview = say("把双十一大促-老客召回的日预算调到6100");
        WebElement card = preview.findElement(By.cssSelector(".confirm-card"));
        assertThat(card.getText()).contains("双十一大促-老客召回").contains("日预算");
        assertThat(card.findElement(By.cssSelector("td.after")).getText()).isEqualTo("¥6,100.00");
        assertThat(http.get("/platform/v1/campaigns/c-1002", adv1001).json().path("daily_budget").decimalValue())
                .as("nothing changes before confirmation").isNotEqualByComparingTo("6100");
        browser.screenshot("chat-confirmation.png");

        int before = browser.all(".msg.assistant[data-state='done']").size();
        card.findElement(By.cssSelector("button.confirm")).click();
        WebElement done = lastAnswerAfter(before);
        assertThat(done.findElement(By.cssSelector(".text")).getText()).contains("已完成");
        assertThat(card.findElement(By.cssSelector("button.confirm")).isEnabled()).as("a card is used once").isFalse();
        assertThat(http.get("/platform/v1/campaigns/c-1002", adv1001).json().path("daily_budget").decimalValue())
                .isEqualByComparingTo("6100");
    }

    @Test
    void anAmbiguousNameIsAskedAboutWithButtonsAndAClickAnswers() {
        WebElement question = say("双十一大促昨天花了多少钱");
        List<WebElement> choices = question.findElements(By.cssSelector(".choices button.choice"));
        assertThat(choices).extracting(WebElement::getText).containsExactly("双十一大促-拉新", "双十一大促-老客召回");
        int before = browser.all(".msg.assistant[data-state='done']").size();
        choices.get(1).click();
        WebElement answer = lastAnswerAfter(before);
        assertThat(browser.all(".msg.user .bubble").get(1).getText()).isEqualTo("双十一大促-老客召回");
        assertThat(answer.findElement(By.cssSelector(".text")).getText()).contains("¥");
        assertThat(answer.findElements(By.cssSelector(".choices"))).isEmpty();
    }

    @Test
    void theConversationSurvivesAReload() {
        say("账户余额还有多少");
        String session = (String) browser.script("return localStorage.getItem('adcopilot.session.adv-1001')");
        assertThat(session).startsWith("s_");
        browser.driver.navigate().refresh();
        browser.await(".divider");
        assertThat(browser.all(".msg.user .bubble")).extracting(WebElement::getText).containsExactly("账户余额还有多少");
        assertThat(browser.all(".msg.assistant .text").get(0).getText()).isNotBlank();
    }

    @Test
    void thumbsUpAndDownReachTheFeedbackApi() {
        WebElement up = say("各地域的点击率");
        up.findElement(By.cssSelector(".feedback button.up")).click();
        browser.awaitCount(".msg.assistant:last-of-type .feedback[data-sent='1']", 1);
        assertThat(up.findElement(By.cssSelector(".feedback")).getText()).contains("谢谢反馈");

        WebElement down = say("账户余额还有多少");
        down.findElement(By.cssSelector(".feedback button.down")).click();
        WebElement comment = down.findElement(By.cssSelector(".feedback input.comment"));
        comment.sendKeys("我想看的是昨天的消耗" + Keys.ENTER);
        browser.awaitCount(".msg.assistant:last-of-type .feedback[data-sent='-1']", 1);

        server.flushTraces();
        assertThat(http.get("/api/traces?feedback=positive", reviewer).json().path("items").findValuesAsString("trace_id"))
                .contains(up.getAttribute("data-trace-id")).doesNotContain(down.getAttribute("data-trace-id"));
        assertThat(http.get("/api/traces?feedback=negative", reviewer).json().path("items").findValuesAsString("trace_id"))
                .contains(down.getAttribute("data-trace-id"));
    }

    @Test
    void aKnowledgeAnswerShowsItsSources() {
        WebElement answer = say("点击率怎么算");
        assertThat(answer.getAttribute("data-intent")).isEqualTo("knowledge_qa");
        WebElement citations = answer.findElement(By.cssSelector(".citations"));
        assertThat(citations.getText()).startsWith("参考资料");
        List<WebElement> sources = citations.findElements(By.cssSelector("li[data-id]"));
        assertThat(sources).isNotEmpty();
        assertThat(sources.get(0).getText()).isNotBlank();
    }

    @Test
    void inEnglishTheLabelsAndTheAnswerAreEnglish() {
        browser.storage(Map.of("adcopilot.token", adv1001, "adcopilot.lang", "en"));
        assertThat(browser.await("#send").getText()).isEqualTo("Send");
        WebElement answer = say("How much did we spend yesterday?");
        assertThat(answer.getAttribute("data-intent")).isEqualTo("query_metrics");
        String text = answer.findElement(By.cssSelector(".text")).getText();
        assertThat(text).contains("¥").doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void theLanguageToggleSwitchesTheLabels() {
        assertThat(browser.await("#send").getText()).isEqualTo("发送");
        browser.await("#lang").click();
        assertThat(browser.await("#send").getText()).isEqualTo("Send");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
    }
}
