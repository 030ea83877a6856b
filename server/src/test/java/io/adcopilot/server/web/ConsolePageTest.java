package io.adcopilot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.json.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The console in headless Chromium against a stand-in for its APIs: the web UI as the server serves it, and each
 * console endpoint answering the example of its contract (src/test/resources/web-fixtures, the shapes the
 * reviewers' APIs are being built to). Checks that every tab renders those answers (tables, span tree, charts,
 * heatmap, gate verdict, annotation saves), and refreshes the console's screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePageTest {

    private static final String TOKEN = "reviewer-demo-token";
    private Javalin app;
    private Browser browser;
    private final List<JsonNode> annotations = new CopyOnWriteArrayList<>();
    private final AtomicInteger served = new AtomicInteger();
    private final List<String> queries = new CopyOnWriteArrayList<>();

    @BeforeAll
    void start() {
        Browser.assumeInstalled();
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.port = 0;
            WebUi.configure(c);
            c.routes.before("/api/*", ctx -> {
                if (!("Bearer " + TOKEN).equals(ctx.header("Authorization"))) {
                    ctx.status(401).result("{\"error\":{\"code\":\"unauthenticated\",\"message\":\"reviewer token needed\"}}");
                    ctx.skipRemainingHandlers();
                }
            });
            c.routes.get("/api/traces", ctx -> {
                queries.add(ctx.queryString());
                fixture(ctx, "traces.json");
            });
            c.routes.get("/api/traces/{id}", ctx -> ctx.contentType("application/json")
                    .result(read("trace.json").replace("TRACE_ID", ctx.pathParam("id"))));
            c.routes.get("/api/datasets", ctx -> fixture(ctx, "datasets.json"));
            c.routes.get("/api/experiments", ctx -> fixture(ctx, "experiments.json"));
            c.routes.get("/api/experiments/compare", ctx -> fixture(ctx, "compare.json"));
            c.routes.get("/api/experiments/{id}", ctx -> fixture(ctx, "experiment.json"));
            c.routes.get("/api/annotations/next", ctx -> {
                JsonNode items = Json.MAPPER.readTree(read("annotations.json"));
                int next = served.getAndIncrement();
                if (next < items.size()) ctx.contentType("application/json").result(Json.MAPPER.writeValueAsString(items.get(next)));
                else ctx.status(204);
            });
            c.routes.post("/api/annotations", ctx -> {
                annotations.add(Json.MAPPER.readTree(ctx.body()));
                ctx.status(201);
            });
            c.routes.get("/api/online/accuracy", ctx -> fixture(ctx, "accuracy.json"));
            c.routes.get("/api/dashboard", ctx -> fixture(ctx, "dashboard.json"));
            c.routes.get("/api/monitors", ctx -> fixture(ctx, "monitors.json"));
            c.routes.get("/api/alerts", ctx -> fixture(ctx, "alerts.json"));
        }).start();
        try {
            browser = Browser.open(app.port(), "zh-CN");
        } catch (RuntimeException | Error e) {
            app.stop();
            throw e;
        }
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (app != null) app.stop();
    }

    private static String read(String name) {
        try (InputStream in = ConsolePageTest.class.getResourceAsStream("/web-fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fixture(Context ctx, String name) {
        ctx.contentType("application/json").result(read(name));
    }

    @BeforeEach
    void signedIn() {
        browser.go("/console");
        browser.storage(Map.of("adcopilot.consoleToken", TOKEN, "adcopilot.lang", "zh"));
    }

    /** Opens the console on a tab, loading it once. */
    private void tab(String name) {
        browser.driver.get("about:blank");
        browser.go("/console#" + name);
        browser.await("#tab-" + name);
    }

    @Test
    void withoutATokenTheConsoleAsksForOne() {
        browser.storage(Map.of("adcopilot.lang", "en"));
        browser.await("#signin #token-input").sendKeys(TOKEN + "\n");
        browser.await("#tab-traces table.grid");
        assertThat(browser.script("return localStorage.getItem('adcopilot.consoleToken')")).isEqualTo(TOKEN);
        assertThat(browser.await(".tab[data-tab='traces']").getText()).isEqualTo("Traces");
    }

    @Test
    void tracesAreListedFilteredAndOpenedAsASpanTree() {
        tab("traces");
        List<WebElement> rows = browser.awaitCount("#trace-list tbody tr.clickable", 10);
        assertThat(rows.get(0).getText()).contains("你好").contains("smalltalk");
        WebElement filters = browser.await("#trace-filters");
        filters.findElement(By.name("intent")).sendKeys("update_bid");
        new Select(filters.findElement(By.cssSelector("select[name='status']"))).selectByValue("error");
        filters.findElement(By.cssSelector("button[type='submit']")).click();
        browser.awaitCount("#trace-list tbody tr.clickable", 1);
        assertThat(queries.get(queries.size() - 1)).contains("intent=update_bid").contains("status=error").contains("limit=50");

        browser.all("#trace-list tbody tr.clickable").get(1).click();
        List<WebElement> spans = browser.awaitCount("#trace-detail .span-row", 6);
        assertThat(spans.get(0).getText()).contains("turn").contains("842");
        WebElement failed = browser.await("#trace-detail .span-row.error[data-span-id='a6']");
        assertThat(failed.findElement(By.cssSelector(".span-attrs")).getText()).contains("bid must be given");
        assertThat(browser.all("#trace-detail .span-row.error")).hasSize(2);
        browser.screenshot("console-traces.png");
    }

    @Test
    void anExperimentShowsItsMetricsHeatmapTablesAndErrorsAndTwoCompareWithTheGate() {
        tab("experiments");
        browser.awaitCount("#datasets tbody tr", 3);
        List<WebElement> experiments = browser.awaitCount("#experiments tbody tr.clickable", 3);
        browser.await("#compare-form button[type='submit']").click();
        WebElement verdict = browser.await("#comparison .verdict");
        assertThat(verdict.getAttribute("data-passed")).isEqualTo("true");
        assertThat(verdict.getText()).contains("通过");
        assertThat(browser.await("#comparison").getText()).contains("b = 9, c = 31").contains("PASSED");

        experiments.get(0).click();
        browser.awaitCount("#confusion-chart canvas", 1);
        assertThat(browser.await("#experiment-detail").getText()).contains("意图准确率").contains("出价提高一点");
        assertThat(browser.all("#experiment-detail .split table.grid")).hasSize(2);
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("console-experiments.png");
        browser.script("document.querySelector('#experiment-detail').scrollIntoView()");
        browser.screenshot("console-experiment.png");
    }

    @Test
    void annotationSavesWithEnterSkipsWithSAndPicksIntentsByNumber() {
        annotations.clear();
        served.set(0);
        tab("annotation");
        browser.await(".annotation-item .annotate-text");
        assertThat(browser.await(".intent-choice[aria-pressed='true']").getAttribute("data-intent")).isEqualTo("update_bid");
        browser.screenshot("console-annotation.png");
        new Actions(browser.driver).sendKeys("3").perform();
        assertThat(browser.await(".intent-choice[aria-pressed='true']").getAttribute("data-intent")).isEqualTo("update_budget");
        new Actions(browser.driver).sendKeys("4").perform();
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> annotations.size() == 1);
        JsonNode saved = annotations.get(0);
        assertThat(saved.path("intent").asString()).isEqualTo("update_bid");
        assertThat(saved.path("slots").path("ad_group").get(0).asString()).isEqualTo("ag-1001-01");
        assertThat(saved.path("trace_id").asString()).isNotBlank();

        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".annotate-text")).getText().contains("安卓"));
        browser.script("document.activeElement && document.activeElement.blur()");
        new Actions(browser.driver).sendKeys("s").perform();
        assertThat(browser.await("#annotation-done").getText()).contains("没有待标注");
        assertThat(annotations).hasSize(1);
    }

    @Test
    void dashboardsDrawEveryChartWithTheAccuracyBandAndWaterLevelAndListMonitorsAndAlerts() {
        tab("dashboards");
        browser.awaitCount("#dashboard-charts .chart[data-rendered] canvas", 5);
        browser.awaitCount("#accuracy-chart .chart[data-rendered] canvas", 1);
        assertThat(browser.await("#accuracy-chart").getText()).contains("总体");
        browser.awaitCount("#accuracy-by-intent tbody tr", 9);
        assertThat(browser.await("#monitors").getText()).contains("tool_error_rate").contains("alerting");
        assertThat(browser.awaitCount("#alerts tbody tr", 2).get(0).getText()).contains("tool_error_rate").contains("0.027");
        Object waterLevel = browser.script("""
                const el = document.querySelector('#accuracy-chart .chart');
                return import('/vendor/echarts.esm.min.js').then(e => e.getInstanceByDom(el).getOption().series[2].markLine.data[0].yAxis);""");
        assertThat(((Number) waterLevel).doubleValue()).isEqualTo(0.9);
        browser.screenshot("console-dashboards.png");
        browser.script("document.querySelector('#accuracy-chart').scrollIntoView()");
        browser.screenshot("console-dashboards-accuracy.png");
    }

    @Test
    void aTokenTheApiRefusesIsSaidPlainly() {
        browser.storage(Map.of("adcopilot.consoleToken", "not-a-reviewer", "adcopilot.lang", "en"));
        browser.go("/console#traces");
        WebElement notice = browser.await("#trace-list .notice.error.forbidden");
        assertThat(notice.getText()).contains("GET /api/traces").contains("reviewer");
    }
}
