package io.adcopilot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.json.Json;
import io.adcopilot.gateway.ToolGateway;
import io.adcopilot.gateway.confirm.Guardrails;
import io.adcopilot.gateway.limit.RateLimits;
import io.adcopilot.sandbox.HttpClientForTests;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The console in headless Chromium against the running server: real turns (a chart, a refused tool call, thumbs up
 * and down) traced, sampled and labelled; a dataset imported and experiments run and compared through the gate;
 * dashboards, monitors and an alert. Each tab is checked against what the API answers, and the console's
 * screenshots are refreshed. The annotation test runs before the dashboards test, whose accuracy it makes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePageTest {

    private static final String TREND = "最近30天每天的消耗趋势";
    private static final String REFUSED = "上周各地域的点击率";
    private AdCopilotServer server;
    private HttpClientForTests http;
    private String adv1001;
    private String reviewer;
    private String admin;
    private String trendTrace;
    private String refusedTrace;
    private Browser browser;

    @BeforeAll
    void start() {
        Browser.assumeInstalled();
        // one report query per advertiser per ten minutes, so that adv-1001's second data question fails for real
        var oneReport = new ToolGateway.Config(Guardrails.defaults(),
                new RateLimits.Config(1000, 1, Duration.ofMinutes(10)), Duration.ofMinutes(5));
        server = AdCopilotServer.start(new ServerConfig(TestPlatforms.demoDataDir(), 0, TestPlatforms.CLOCK, oneReport),
                ReportGenerator.Progress.SILENT);
        http = new HttpClientForTests(server.port());
        adv1001 = server.platform().tokens().issue("adv-1001");
        String adv1002 = server.platform().tokens().issue("adv-1002");
        reviewer = server.staffToken("rita", false);
        admin = server.staffToken("adam", true);
        assertThat(http.send(http.request("/api/online/sampling", admin).PUT(HttpRequest.BodyPublishers
                .ofString("{\"rules\": [{\"name\": \"all\", \"rate\": 1.0}]}"))).status()).isEqualTo(200);
        assertThat(http.post("/api/monitors", admin, "{\"id\": \"negative-feedback\", \"name\": \"差评率\", "
                + "\"metric\": \"negative_feedback_rate\", \"threshold\": 0.2, \"window_days\": 1, \"min_samples\": 1}")
                .status()).isEqualTo(201);

        trendTrace = chat(adv1001, TREND).path("trace_id").asString();
        refusedTrace = chat(adv1001, REFUSED).path("trace_id").asString();
        chat(adv1001, "账户余额还有多少");
        chat(adv1002, "How much did we spend yesterday?");
        feedback(trendTrace, 1);
        feedback(refusedTrace, -1);
        server.flushTraces();
        assertThat(http.post("/api/monitors/check", admin, "").status()).isEqualTo(200);
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

    private JsonNode chat(String token, String text) {
        var answer = http.post("/api/chat", token, Json.MAPPER.writeValueAsString(Json.object().put("text", text)));
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        return answer.json();
    }

    private void feedback(String traceId, int score) {
        var sent = http.post("/api/feedback", adv1001, "{\"trace_id\": \"" + traceId + "\", \"score\": " + score + "}");
        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
    }

    private JsonNode api(String path) {
        var answer = http.get(path, reviewer);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isEqualTo(200);
        return answer.json();
    }

    @BeforeEach
    void signedIn() {
        browser.go("/console");
        browser.storage(Map.of("adcopilot.consoleToken", admin, "adcopilot.lang", "zh"));
    }

    /** Opens the console on a tab, loading it afresh. */
    private void tab(String name) {
        browser.driver.get("about:blank");
        browser.go("/console#" + name);
        browser.await("#tab-" + name);
    }

    private void until(java.util.function.Function<org.openqa.selenium.WebDriver, Object> condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(condition);
    }

    private String text(String css) {
        return browser.await(css).getText();
    }

    private void press(CharSequence key) {
        browser.script("document.activeElement && document.activeElement.blur()");
        new Actions(browser.driver).sendKeys(key).perform();
    }

    @Test
    @Order(1)
    void tracesAreListedFilteredAndOpenedAsASpanTreeWithTimingsAttributesAndErrors() {
        tab("traces");
        browser.awaitCount("#trace-list tbody tr.clickable", 4);
        WebElement trend = browser.await("#trace-list tr[data-trace-id='" + trendTrace + "']");
        assertThat(trend.findElement(By.cssSelector("td[data-col='text']")).getText()).isEqualTo(TREND);
        assertThat(trend.findElement(By.cssSelector("td[data-col='intent']")).getText()).isEqualTo("query_metrics");
        assertThat(trend.findElement(By.cssSelector("td[data-col='feedback']")).getText()).isEqualTo("+1");

        WebElement filters = browser.await("#trace-filters");
        new Select(filters.findElement(By.name("status"))).selectByValue("error");
        browser.click(filters.findElement(By.cssSelector("button[type='submit']")));
        until(d -> browser.all("#trace-list tbody tr.clickable").size() == 1);
        assertThat(browser.await("#trace-list tbody tr.clickable").getAttribute("data-trace-id")).isEqualTo(refusedTrace);
        new Select(filters.findElement(By.name("status"))).selectByValue("");
        new Select(filters.findElement(By.name("feedback"))).selectByValue("positive");
        browser.click(filters.findElement(By.cssSelector("button[type='submit']")));
        until(d -> browser.all("#trace-list tbody tr.clickable").size() == 1
                && trendTrace.equals(browser.all("#trace-list tbody tr.clickable").get(0).getAttribute("data-trace-id")));

        browser.click(browser.await("#trace-list tbody tr.clickable"));
        List<WebElement> spans = browser.awaitCount("#trace-detail .span-row", 5);
        assertThat(spans).extracting(s -> s.getAttribute("data-kind")).contains("turn", "nlu", "plugin", "tool", "answer");
        assertThat(spans.get(0).getAttribute("data-kind")).isEqualTo("turn");
        JsonNode trace = api("/api/traces/" + trendTrace);
        double rootMs = trace.path("spans").get(0).path("duration_ms").asDouble();
        assertThat(spans.get(0).findElement(By.cssSelector(".span-duration")).getText()).isEqualTo(millis(rootMs));
        String rootAttributes = spans.get(0).findElement(By.cssSelector(".span-attrs")).getText();
        assertThat(rootAttributes).contains("intent: query_metrics").contains("engine: embedded")
                .contains("confidence: 0.99");
        assertThat(text("#trace-summary [data-field='traces.intent'] .value")).isEqualTo("query_metrics");
        assertThat(text("#trace-summary [data-field='traces.confidence'] .value"))
                .isEqualTo(fixed(trace.path("summary").path("confidence").asDouble(), 2));
        assertThat(browser.all("#trace-detail .span-row.error")).isEmpty();
        browser.screenshot("console-traces.png");

        browser.await("#trace-open input[name='id']").sendKeys(refusedTrace + "\n");
        WebElement failed = browser.await("#trace-detail .span-row.error[data-kind='tool']");
        JsonNode tool = StreamSupport.stream(api("/api/traces/" + refusedTrace).path("spans").spliterator(), false)
                .filter(s -> s.path("kind").asString().equals("tool")).findFirst().orElseThrow();
        assertThat(tool.path("status").asString()).isEqualTo("error");
        assertThat(failed.findElement(By.cssSelector(".span-attrs")).getText())
                .contains("error: " + tool.path("error").asString());
        assertThat(text("#trace-summary [data-field='traces.status'] .value")).isEqualTo("error");
        assertThat(browser.all("#trace-summary .flags li")).extracting(e -> e.getAttribute("data-evaluator"))
                .contains("tool_error", "negative_feedback");
    }

    /** As the console writes a fraction: (v * 100).toFixed(1) + '%'. */
    private static String percent(double v) {
        return fixed(v * 100, 1) + "%";
    }

    /** JavaScript's toFixed: the exact binary value rounded. */
    private static String fixed(double v, int digits) {
        return new BigDecimal(v).setScale(digits, RoundingMode.HALF_UP).toPlainString();
    }

    /** As format.js writes milliseconds. */
    private static String millis(double ms) {
        if (ms >= 10_000) return fixed(ms / 1000, 1) + " s";
        if (ms >= 100) return Math.round(ms) + " ms";
        return fixed(ms, 1) + " ms";
    }

    @Test
    @Order(2)
    void aDatasetIsImportedExperimentsRunAndOpenedAndTwoComparedThroughTheGate() {
        tab("experiments");
        browser.await("#datasets table.grid");
        WebElement importForm = browser.await("#import-form");
        importForm.findElement(By.name("name")).sendKeys("small");
        importForm.findElement(By.name("file")).sendKeys(Path.of("src/test/resources/eval/small.jsonl").toAbsolutePath().toString());
        browser.click(importForm.findElement(By.cssSelector("button[type='submit']")));
        WebElement dataset = browser.await("#datasets tr[data-dataset='small']");
        assertThat(dataset.findElement(By.cssSelector("td[data-col='version']")).getText()).isEqualTo("1");
        assertThat(dataset.findElement(By.cssSelector("td[data-col='items']")).getText()).isEqualTo("20");

        String baseline = run("baseline");
        assertThat(text("#experiment-detail [data-metric='intent_accuracy'] .value")).isEqualTo("100.0%");
        assertThat(text("#experiment-detail")).contains("错误样本 (0)");

        // a second version with one item labelled wrong on purpose: the engine's right answer counts as an error
        var added = http.post("/api/datasets/small/items", admin, """
                {"id": "mislabelled-1", "now": "2026-11-20T10:00:00+08:00", "advertiser": "adv-1001",
                 "text": "账户余额还有多少", "intent": "query_metrics", "slots": {}}""");
        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
        String candidate = run("candidate");
        assertThat(text("#experiment-detail [data-metric='intent_accuracy'] .value")).isEqualTo("95.2%");
        browser.awaitCount("#confusion-chart[data-rendered] canvas", 1);
        List<WebElement> errors = browser.all("#experiment-errors tbody tr");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getText()).contains("mislabelled-1").contains("账户余额还有多少")
                .contains("query_metrics").contains("account_balance");
        WebElement queryMetrics = browser.await("#per-intent tr[data-name='query_metrics']");
        assertThat(queryMetrics.findElement(By.cssSelector("td[data-col='false_negatives']")).getText()).isEqualTo("1");
        assertThat(queryMetrics.findElement(By.cssSelector("td[data-col='support']")).getText()).isEqualTo("5");
        assertThat(browser.await("#per-slot tr[data-name='campaign'] td[data-col='f1']").getText()).isEqualTo("100.0%");
        browser.script("document.querySelector('#experiment-detail').scrollIntoView()");
        browser.screenshot("console-experiment.png");

        WebElement compare = browser.await("#compare-form");
        new Select(compare.findElement(By.name("baseline"))).selectByValue(baseline);
        new Select(compare.findElement(By.name("candidate"))).selectByValue(candidate);
        browser.click(compare.findElement(By.cssSelector("button[type='submit']")));
        WebElement verdict = browser.await("#comparison .verdict");
        assertThat(verdict.getAttribute("data-passed")).isEqualTo("true");
        assertThat(verdict.getText()).isEqualTo("门禁: 通过");
        assertThat(text("#pairing")).contains("配对 20 条").contains("仅候选 1");
        assertThat(text("#comparison thead")).contains("baseline").contains("candidate").contains("small v1").contains("small v2");

        compare.findElement(By.name("min_intent_accuracy")).sendKeys("0.99");
        browser.click(compare.findElement(By.cssSelector("button[type='submit']")));
        until(d -> "false".equals(d.findElement(By.cssSelector("#comparison .verdict")).getAttribute("data-passed")));
        assertThat(text("#comparison .verdict")).isEqualTo("门禁: 未通过");
        assertThat(text("#comparison tr[data-check='intent accuracy']")).contains("未通过").contains("0.9524 < 0.9900");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("console-experiments.png");
    }

    /** Runs an experiment on the latest version of the small dataset from the page; its id. */
    private String run(String name) {
        int before = browser.all("#experiments tbody tr.clickable").size();
        WebElement form = browser.await("#run-form");
        new Select(form.findElement(By.name("dataset"))).selectByValue("small");
        WebElement field = form.findElement(By.name("name"));
        field.clear();
        field.sendKeys(name);
        browser.click(form.findElement(By.cssSelector("button[type='submit']")));
        browser.awaitCount("#experiments tbody tr.clickable", before + 1);
        until(d -> d.findElements(By.cssSelector("#experiment-detail h2")).stream().anyMatch(h -> h.getText().startsWith(name + " ")));
        return browser.await("#experiment-detail .panel").getAttribute("data-experiment-id");
    }

    @Test
    @Order(3)
    void annotationShowsOneTurnAtATimeAndSavingChangesTheOnlineAccuracy() {
        tab("annotation");
        String first = browser.await(".annotation-item").getAttribute("data-trace-id");
        assertThat(text("#annotation-accuracy [data-field='labelled'] .value")).isEqualTo("0");
        assertThat(text("#annotation-accuracy [data-field='accuracy'] .value")).isEqualTo("—");
        JsonNode turn = api("/api/traces/" + first).path("summary");
        assertThat(text(".annotate-text")).isEqualTo(turn.path("text").asString());
        assertThat(browser.await(".intent-choice[aria-pressed='true']").getAttribute("data-intent"))
                .isEqualTo(turn.path("intent").asString());
        assertThat(browser.all("#slots .slot-name")).extracting(e -> e.getAttribute("value"))
                .containsExactlyInAnyOrderElementsOf(turn.path("slots").propertyNames());
        browser.screenshot("console-annotation.png");

        press(Keys.ENTER);
        until(d -> "1".equals(d.findElement(By.cssSelector("#annotation-accuracy [data-field='labelled'] .value")).getText()));
        assertThat(text("#annotation-accuracy [data-field='accuracy'] .value")).isEqualTo("100.0%");
        String second = nextShownAfter(first);

        press("s");
        String third = nextShownAfter(second);
        assertThat(third).isNotEqualTo(first);
        String predicted = api("/api/traces/" + third).path("summary").path("intent").asString();
        String wrong = predicted.equals("account_balance") ? "query_metrics" : "account_balance";
        List<String> intents = browser.all(".intent-choice").stream().map(e -> e.getAttribute("data-intent")).toList();
        press(String.valueOf(intents.indexOf(wrong) + 1));
        assertThat(browser.await(".intent-choice[aria-pressed='true']").getAttribute("data-intent")).isEqualTo(wrong);
        browser.all("#slots .slot-row button").forEach(browser::click);
        press(Keys.ENTER);
        until(d -> "2".equals(d.findElement(By.cssSelector("#annotation-accuracy [data-field='labelled'] .value")).getText()));
        assertThat(text("#annotation-accuracy [data-field='accuracy'] .value")).isEqualTo("50.0%");
        JsonNode overall = api("/api/online/accuracy").path("overall");
        assertThat(overall.path("n").asInt()).isEqualTo(2);
        assertThat(overall.path("right").asInt()).isEqualTo(1);
        assertThat(text("#annotation-accuracy [data-field='interval'] .value"))
                .isEqualTo(percent(overall.path("low").asDouble()) + " – " + percent(overall.path("high").asDouble()));

        tab("traces");
        browser.await("#trace-open input[name='id']").sendKeys(third + "\n");
        until(d -> third.equals(d.findElement(By.cssSelector("#trace-detail .span-tree")).getAttribute("data-trace-id")));
        browser.click(browser.await("#add-to-dataset button[type='submit']"));
        until(d -> !d.findElement(By.id("add-to-dataset-result")).getText().isEmpty());
        assertThat(browser.await("#add-to-dataset-result").getAttribute("class")).doesNotContain("err");
        assertThat(text("#add-to-dataset-result")).contains("live");
        String exported = http.get("/api/datasets/live/export", reviewer).raw().body().strip();
        JsonNode item = Json.MAPPER.readTree(exported);
        assertThat(item.path("id").asString()).isEqualTo("trace-" + third);
        assertThat(item.path("intent").asString()).as("the label saved in the queue").isEqualTo(wrong);
        tab("experiments");
        browser.await("#datasets tr[data-dataset='live']");
    }

    private String nextShownAfter(String previous) {
        until(d -> d.findElements(By.cssSelector(".annotation-item")).stream()
                .anyMatch(e -> !previous.equals(e.getAttribute("data-trace-id"))));
        return browser.await(".annotation-item").getAttribute("data-trace-id");
    }

    @Test
    @Order(4)
    void dashboardsShowTrafficAccuracyWithItsBandAndWaterLevelMonitorsAndAlerts() {
        tab("dashboards");
        browser.awaitCount("#dashboard-charts .chart[data-rendered] canvas", 5);
        JsonNode dashboard = api("/api/dashboard?days=14");
        long turns = 0, calls = 0, failed = 0;
        for (JsonNode day : dashboard.path("by_day")) {
            turns += day.path("turns").asLong();
            calls += day.path("tool_calls").asLong();
            failed += day.path("tool_errors").asLong();
        }
        assertThat(turns).isEqualTo(4);
        assertThat(failed).isEqualTo(1);
        assertThat(text("#dashboard-totals [data-field='turns'] .value")).isEqualTo("4");
        assertThat(text("#dashboard-totals [data-field='tool_errors'] .value")).isEqualTo("1 / " + calls);
        assertThat(text("#dashboard-totals [data-field='feedback'] .value")).isEqualTo("+1 / -1");
        assertThat(text("#dashboard-totals [data-field='online_accuracy'] .value")).startsWith("50.0% [").endsWith("n=2");
        Object mix = browser.script("""
                const el = document.querySelector("[data-chart='dash.intentMix'] .chart");
                return import('/vendor/echarts.esm.min.js').then(e => e.getInstanceByDom(el).getOption().series[0].data
                    .map(d => d.name + '=' + d.value).join(','));""");
        assertThat((String) mix).contains("query_metrics=3").contains("account_balance=1");

        browser.awaitCount("#accuracy-chart .chart[data-rendered] canvas", 1);
        assertThat(text("#accuracy-overall")).contains("总体: 50.0% [").contains("n=2").contains("水位线 90.0%");
        Object band = browser.script("""
                const el = document.querySelector('#accuracy-chart .chart');
                return import('/vendor/echarts.esm.min.js').then(e => {
                  const s = e.getInstanceByDom(el).getOption().series;
                  return [s[2].markLine.data[0].yAxis, s[0].data[0], s[1].data[0], s[2].data[0]];
                });""");
        JsonNode today = api("/api/online/accuracy?days=14").path("by_day").get(0);
        assertThat((List<?>) band).extracting(v -> ((Number) v).doubleValue()).containsExactly(0.9, today.path("low").asDouble(),
                today.path("high").asDouble() - today.path("low").asDouble(), 0.5);
        JsonNode byIntent = api("/api/online/accuracy?days=14").path("by_intent");
        List<WebElement> intentRows = browser.awaitCount("#accuracy-by-intent tbody tr[data-intent]", byIntent.size());
        assertThat(intentRows).hasSize(byIntent.size());
        assertThat(intentRows.get(0).getAttribute("data-intent")).isEqualTo(byIntent.get(0).path("intent").asString());
        assertThat(intentRows.get(0).findElement(By.cssSelector("td[data-col='accuracy']")).getText())
                .isEqualTo(percent(byIntent.get(0).path("accuracy").asDouble()));

        WebElement negative = browser.await("#monitors tr[data-monitor-id='negative-feedback']");
        assertThat(negative.getText()).contains("差评率").contains("negative_feedback_rate").contains("20.0%").contains("50.0%")
                .contains("告警中");
        assertThat(browser.await("#monitors tr[data-monitor-id='online-intent-accuracy']").getText())
                .contains("90.0%").contains("2 / 20").contains("正常");
        List<WebElement> alerts = browser.awaitCount("#alerts tbody tr", 1);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).getText()).contains("差评率").contains("50.0%").contains("20.0%");
        browser.screenshot("console-dashboards.png");
        browser.script("document.querySelector('#accuracy-chart').scrollIntoView()");
        browser.screenshot("console-dashboards-accuracy.png");
    }

    @Test
    @Order(5)
    void withoutATokenTheConsoleAsksForOne() {
        browser.storage(Map.of("adcopilot.lang", "en"));
        browser.await("#signin #token-input").sendKeys(reviewer + "\n");
        browser.await("#trace-list table.grid");
        assertThat(browser.script("return localStorage.getItem('adcopilot.consoleToken')")).isEqualTo(reviewer);
        assertThat(text(".tab[data-tab='traces']")).isEqualTo("Traces");
        assertThat(browser.awaitCount("#trace-list tbody tr.clickable", 4)).hasSize(4);
    }

    @Test
    @Order(6)
    void anAdvertisersTokenIsRefusedPlainly() {
        browser.storage(Map.of("adcopilot.consoleToken", adv1001, "adcopilot.lang", "en"));
        tab("dashboards");
        WebElement notice = browser.await("#dashboard-charts .notice.error.forbidden");
        assertThat(notice.getText()).contains("GET /api/dashboard").contains("reviewer or admin token");
    }
}
