package io.adcopilot.sandbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.sandbox.HttpClientForTests;
import io.adcopilot.sandbox.HttpClientForTests.Answer;
import io.adcopilot.sandbox.Platform;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.javalin.Javalin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** The platform REST API over real HTTP on a random port, against the generated demo platform. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformApiTest {

    private Platform platform;
    private Javalin app;
    private HttpClientForTests http;
    private String adv1;
    private String adv2;

    @BeforeAll
    void start() {
        platform = Platform.open(TestPlatforms.demoDataDir(), TestPlatforms.CLOCK, ReportGenerator.Progress.SILENT);
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.port = 0;
            platform.addRoutes(c.routes);
        }).start();
        http = new HttpClientForTests(app.port());
        adv1 = platform.tokens().issue("adv-1001");
        adv2 = platform.tokens().issue("adv-1002");
    }

    @AfterAll
    void stop() {
        app.stop();
        platform.close();
    }

    private static void assertError(Answer a, int status, String field) {
        assertThat(a.status()).as(String.valueOf(a.json())).isEqualTo(status);
        assertThat(a.json().path("error").path("message").asString()).isNotBlank();
        if (field != null) assertThat(a.json().path("error").path("field").asString()).isEqualTo(field);
    }

    @Nested
    class Authentication {
        @Test
        void missingTokenIs401WithAHint() {
            Answer a = http.get("/platform/v1/account", null);
            assertError(a, 401, null);
            assertThat(a.json().path("error").path("message").asString()).contains("./adcopilot token");
        }

        @Test
        void forgedOrUnknownTokensAre401() {
            assertError(http.get("/platform/v1/account", "adv-1001.forged"), 401, null);
            assertError(http.get("/platform/v1/account", "garbage"), 401, null);
            assertError(http.get("/platform/v1/account", platform.tokens().issue("adv-4242")), 401, null);
        }

        @Test
        void theOpenApiDocumentIsPublic() {
            Answer a = http.get("/platform/v1/openapi.json", null);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().path("openapi").asString()).startsWith("3.");
        }
    }

    @Nested
    class Account {
        @Test
        void showsTheAdvertiserBalanceAndTodaysSpend() {
            JsonNode a = http.get("/platform/v1/account", adv1).json();
            assertThat(a.path("id").asString()).isEqualTo("adv-1001");
            assertThat(a.path("name").asString()).isEqualTo("悦享生活旗舰店");
            assertThat(a.path("balance").decimalValue()).isEqualByComparingTo("186420.50");
            assertThat(a.path("currency").asString()).isEqualTo("CNY");
            assertThat(a.path("today_spend").decimalValue()).isPositive();
        }
    }

    @Nested
    class Campaigns {
        @Test
        void listsTheAdvertisersCampaignsOnly() {
            JsonNode items = http.get("/platform/v1/campaigns", adv1).json().path("items");
            assertThat(items.size()).isEqualTo(8);
            items.forEach(c -> assertThat(c.path("advertiser_id").asString()).isEqualTo("adv-1001"));
            JsonNode other = http.get("/platform/v1/campaigns", adv2).json().path("items");
            assertThat(other.size()).isEqualTo(7);
            other.forEach(c -> assertThat(c.path("id").asString()).startsWith("c-2"));
        }

        @Test
        void filtersByStatus() {
            assertThat(ids(http.get("/platform/v1/campaigns?status=paused", adv1).json().path("items")))
                    .containsExactly("c-1004", "c-1006", "c-1008");
            assertThat(http.get("/platform/v1/campaigns?status=active", adv1).json().path("items").size()).isEqualTo(5);
            assertError(http.get("/platform/v1/campaigns?status=running", adv1), 400, "status");
        }

        @Test
        void getsOneWithItsVersionAsETag() {
            Answer a = http.get("/platform/v1/campaigns/c-1006", adv1);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().path("name").asString()).isEqualTo("年货节预热");
            assertThat(a.json().path("daily_budget").decimalValue()).isEqualByComparingTo("6000");
            assertThat(a.raw().headers().firstValue("ETag")).hasValue("\"" + a.json().path("version").asLong() + "\"");
        }

        @Test
        void anotherAdvertisersCampaignIsNotFoundEitherWay() {
            assertError(http.get("/platform/v1/campaigns/c-2001", adv1), 404, null);
            assertError(http.get("/platform/v1/campaigns/c-1001", adv2), 404, null);
            assertError(http.patch("/platform/v1/campaigns/c-2002", adv1, "{\"status\":\"paused\"}"), 404, null);
            assertThat(http.get("/platform/v1/campaigns/c-2002", adv2).json().path("status").asString()).isEqualTo("active");
            assertError(http.get("/platform/v1/campaigns/c-9999", adv1), 404, null);
        }

        @Test
        void changesTheBudgetAndKeepsIt() {
            Answer a = http.patch("/platform/v1/campaigns/c-1002", adv1, "{\"daily_budget\": 6500}");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().path("daily_budget").decimalValue()).isEqualByComparingTo("6500");
            assertThat(http.get("/platform/v1/campaigns/c-1002", adv1).json().path("daily_budget").decimalValue())
                    .isEqualByComparingTo("6500");
        }

        @Test
        void enforcesBudgetBounds() {
            assertError(http.patch("/platform/v1/campaigns/c-1003", adv1, "{\"daily_budget\": 99.99}"), 400, "daily_budget");
            assertError(http.patch("/platform/v1/campaigns/c-1003", adv1, "{\"daily_budget\": 10000000.01}"), 400, "daily_budget");
            assertError(http.patch("/platform/v1/campaigns/c-1003", adv1, "{\"daily_budget\": 150.001}"), 400, "daily_budget");
            assertThat(http.patch("/platform/v1/campaigns/c-1008", adv1, "{\"daily_budget\": 100}").status()).isEqualTo(200);
        }

        @Test
        void refusesABudgetBelowTodaysSpend() {
            BigDecimal spent = http.get("/platform/v1/campaigns/c-1001", adv1).json().path("today_spend").decimalValue();
            assertThat(spent).isGreaterThan(new BigDecimal("100"));
            Answer a = http.patch("/platform/v1/campaigns/c-1001", adv1,
                    "{\"daily_budget\": " + spent.subtract(BigDecimal.ONE).toPlainString() + "}");
            assertError(a, 409, "daily_budget");
            assertThat(a.json().path("error").path("message").asString()).contains(spent.toPlainString());
        }

        @Test
        void pausesAndResumes() {
            assertThat(http.patch("/platform/v1/campaigns/c-1007", adv1, "{\"status\":\"paused\"}").json()
                    .path("status").asString()).isEqualTo("paused");
            assertThat(http.patch("/platform/v1/campaigns/c-1007", adv1, "{\"status\":\"active\"}").json()
                    .path("status").asString()).isEqualTo("active");
            assertError(http.patch("/platform/v1/campaigns/c-1007", adv1, "{\"status\":\"stopped\"}"), 400, "status");
        }

        @Test
        void refusesStaleVersions() {
            long version = http.get("/platform/v1/campaigns/c-1005", adv1).json().path("version").asLong();
            assertThat(http.patch("/platform/v1/campaigns/c-1005", adv1,
                    "{\"daily_budget\": 4100, \"version\": " + version + "}").status()).isEqualTo(200);
            assertError(http.patch("/platform/v1/campaigns/c-1005", adv1,
                    "{\"daily_budget\": 4200, \"version\": " + version + "}"), 409, "version");
            Answer viaHeader = http.send(http.request("/platform/v1/campaigns/c-1005", adv1)
                    .header("If-Match", "\"" + version + "\"")
                    .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"daily_budget\": 4300}")));
            assertError(viaHeader, 409, "version");
            assertThat(http.get("/platform/v1/campaigns/c-1005", adv1).json().path("daily_budget").decimalValue())
                    .isEqualByComparingTo("4100");
        }

        @Test
        void rejectsMalformedBodies() {
            assertError(http.patch("/platform/v1/campaigns/c-1003", adv1, "{\"budget\": 3000}"), 400, "budget");
            assertError(http.patch("/platform/v1/campaigns/c-1003", adv1, "{\"daily_budget\": \"3000\"}"), 400, "daily_budget");
            assertError(http.patch("/platform/v1/campaigns/c-1003", adv1, "{}"), 400, null);
            assertError(http.patch("/platform/v1/campaigns/c-1003", adv1, "{not json"), 400, null);
            assertError(http.patch("/platform/v1/campaigns/c-1003", adv1, "[1]"), 400, null);
            assertError(http.patch("/platform/v1/campaigns/c-1003", adv1, "{\"bid\": 1}"), 400, "bid");
        }

        @Test
        void concurrentBudgetChangesLoseNoUpdate() throws Exception {
            long version = http.get("/platform/v1/campaigns/c-1003", adv1).json().path("version").asLong();
            var pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Integer>> sameVersion = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int budget = 2100 + i;
                    sameVersion.add(() -> http.patch("/platform/v1/campaigns/c-1003", adv1,
                            "{\"daily_budget\": " + budget + ", \"version\": " + version + "}").status());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(sameVersion)) statuses.add(f.get());
                assertThat(statuses).containsOnly(200, 409);
                assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
                assertThat(http.get("/platform/v1/campaigns/c-1003", adv1).json().path("version").asLong())
                        .isEqualTo(version + 1);

                List<Callable<Integer>> unguarded = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int budget = 2200 + i;
                    unguarded.add(() -> http.patch("/platform/v1/campaigns/c-1003", adv1,
                            "{\"daily_budget\": " + budget + "}").status());
                }
                statuses.clear();
                for (Future<Integer> f : pool.invokeAll(unguarded)) statuses.add(f.get());
                assertThat(statuses).containsOnly(200, 409);
                long applied = statuses.stream().filter(s -> s == 200).count();
                assertThat(applied).isPositive();
                assertThat(http.get("/platform/v1/campaigns/c-1003", adv1).json().path("version").asLong())
                        .isEqualTo(version + 1 + applied);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class AdGroups {
        @Test
        void listsAndFilters() {
            assertThat(ids(http.get("/platform/v1/ad-groups?campaign_id=c-1001", adv1).json().path("items")))
                    .containsExactly("g-10011", "g-10012", "g-10013");
            assertThat(ids(http.get("/platform/v1/ad-groups?campaign_id=c-1001&status=paused", adv1).json().path("items")))
                    .containsExactly("g-10012");
            assertError(http.get("/platform/v1/ad-groups?campaign_id=c-2001", adv1), 404, null);
            assertError(http.get("/platform/v1/ad-groups?status=off", adv1), 400, "status");
        }

        @Test
        void showsBidTypeBidBoundsAndTargeting() {
            JsonNode g = http.get("/platform/v1/ad-groups/g-10042", adv1).json();
            assertThat(g.path("bid_type").asString()).isEqualTo("CPM");
            assertThat(g.path("bid").decimalValue()).isEqualByComparingTo("22");
            assertThat(g.path("bid_bounds").path("max").decimalValue()).isEqualByComparingTo("500");
            assertThat(g.path("targeting").path("gender").get(0).asString()).isEqualTo("female");
            assertError(http.get("/platform/v1/ad-groups/g-20011", adv1), 404, null);
        }

        @Test
        void enforcesBidBoundsPerBidType() {
            assertError(http.patch("/platform/v1/ad-groups/g-10031", adv1, "{\"bid\": 100.01}"), 400, "bid");
            assertError(http.patch("/platform/v1/ad-groups/g-10031", adv1, "{\"bid\": 0.09}"), 400, "bid");
            assertError(http.patch("/platform/v1/ad-groups/g-10041", adv1, "{\"bid\": 500.5}"), 400, "bid");
            assertError(http.patch("/platform/v1/ad-groups/g-10041", adv1, "{\"bid\": 0.5}"), 400, "bid");
            assertError(http.patch("/platform/v1/ad-groups/g-10011", adv1, "{\"bid\": 5000.01}"), 400, "bid");
            assertThat(http.patch("/platform/v1/ad-groups/g-10031", adv1, "{\"bid\": 1.0}").json().path("bid")
                    .decimalValue()).isEqualByComparingTo("1.0");
            assertThat(http.patch("/platform/v1/ad-groups/g-10061", adv1, "{\"bid\": 5000}").status()).isEqualTo(200);
            assertError(http.patch("/platform/v1/ad-groups/g-10011", adv1, "{\"daily_budget\": 5000}"), 400, "daily_budget");
        }

        @Test
        void pausesAnAdGroup() {
            assertThat(http.patch("/platform/v1/ad-groups/g-10013", adv1, "{\"status\":\"paused\"}").json()
                    .path("status").asString()).isEqualTo("paused");
        }
    }

    @Nested
    class Creatives {
        @Test
        void listsByReviewStatusAndAdGroup() {
            assertThat(ids(http.get("/platform/v1/creatives?review_status=rejected", adv1).json().path("items")))
                    .containsExactly("cr-100312");
            assertThat(ids(http.get("/platform/v1/creatives?review_status=pending", adv2).json().path("items")))
                    .containsExactly("cr-200221");
            assertThat(ids(http.get("/platform/v1/creatives?ad_group_id=g-10011", adv1).json().path("items")))
                    .containsExactly("cr-100111", "cr-100112");
            assertError(http.get("/platform/v1/creatives?review_status=ok", adv1), 400, "review_status");
            assertError(http.get("/platform/v1/creatives?ad_group_id=g-10011", adv2), 404, null);
        }

        @Test
        void getsAndPausesACreative() {
            assertThat(http.get("/platform/v1/creatives/cr-100111", adv1).json().path("format").asString()).isEqualTo("image");
            assertThat(http.patch("/platform/v1/creatives/cr-100132", adv1, "{\"status\":\"paused\"}").json()
                    .path("status").asString()).isEqualTo("paused");
            assertError(http.patch("/platform/v1/creatives/cr-100132", adv1, "{\"bid\": 3}"), 400, "bid");
            assertError(http.patch("/platform/v1/creatives/cr-200111", adv1, "{\"status\":\"paused\"}"), 404, null);
        }
    }

    @Nested
    class Reports {
        private JsonNode report(String token, String body) {
            Answer a = http.post("/platform/v1/reports/query", token, body);
            assertThat(a.status()).as(String.valueOf(a.json())).isEqualTo(200);
            return a.json();
        }

        @Test
        void totalsAreSumsAndRatiosAreRatiosOfSums() {
            JsonNode r = report(adv1, """
                    {"metrics": ["impressions", "clicks", "cost", "conversions", "revenue", "ctr", "cpc", "cpm", "cvr", "cpa", "roi"],
                     "dimensions": ["campaign"], "time_range": {"start": "2026-11-13", "end": "2026-11-19"}}""");
            long impressions = 0, clicks = 0, conversions = 0;
            BigDecimal cost = BigDecimal.ZERO, revenue = BigDecimal.ZERO;
            double meanOfCtrs = 0;
            for (JsonNode row : r.path("rows")) {
                assertThat(row.path("campaign_name").asString()).isNotBlank();
                impressions += row.path("impressions").asLong();
                clicks += row.path("clicks").asLong();
                conversions += row.path("conversions").asLong();
                cost = cost.add(row.path("cost").decimalValue());
                revenue = revenue.add(row.path("revenue").decimalValue());
                meanOfCtrs += row.path("ctr").asDouble() / r.path("rows").size();
            }
            JsonNode t = r.path("totals");
            assertThat(t.path("impressions").asLong()).isEqualTo(impressions);
            assertThat(t.path("clicks").asLong()).isEqualTo(clicks);
            assertThat(t.path("cost").decimalValue()).isEqualByComparingTo(cost);
            assertThat(t.path("revenue").decimalValue()).isEqualByComparingTo(revenue);
            assertThat(t.path("ctr").asDouble()).isCloseTo((double) clicks / impressions, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(t.path("ctr").asDouble()).isNotCloseTo(meanOfCtrs, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(t.path("cvr").asDouble()).isCloseTo((double) conversions / clicks, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(t.path("cpa").asDouble()).isCloseTo(cost.doubleValue() / conversions, org.assertj.core.data.Offset.offset(0.006));
            assertThat(t.path("roi").asDouble()).isCloseTo(revenue.doubleValue() / cost.doubleValue(), org.assertj.core.data.Offset.offset(1e-4));
            assertThat(t.path("cpm").asDouble()).isCloseTo(cost.doubleValue() * 1000 / impressions, org.assertj.core.data.Offset.offset(0.006));
        }

        @Test
        void groupsByDateInOrderAndFilters() {
            JsonNode r = report(adv1, """
                    {"metrics": ["cost"], "dimensions": ["date"], "filters": {"campaign": ["c-1003"], "region": ["广东"], "device": ["android"]},
                     "time_range": {"start": "2026-11-06", "end": "2026-11-19"}}""");
            assertThat(r.path("rows").size()).isEqualTo(14);
            assertThat(r.path("rows").get(0).path("date").asString()).isEqualTo("2026-11-06");
            assertThat(r.path("rows").get(13).path("date").asString()).isEqualTo("2026-11-19");
            JsonNode all = report(adv1, """
                    {"metrics": ["cost"], "filters": {"campaign": ["c-1003"]}, "time_range": {"start": "2026-11-06", "end": "2026-11-19"}}""");
            assertThat(r.path("totals").path("cost").decimalValue()).isLessThan(all.path("totals").path("cost").decimalValue());
        }

        @Test
        void ordersAndLimits() {
            JsonNode top = report(adv1, """
                    {"metrics": ["cost"], "dimensions": ["ad_group"], "order": {"metric": "cost", "direction": "desc"}, "limit": 3,
                     "time_range": {"start": "2026-11-01", "end": "2026-11-19"}}""");
            assertThat(top.path("rows").size()).isEqualTo(3);
            assertThat(top.path("truncated").asBoolean()).isTrue();
            assertThat(top.path("rows").get(0).path("cost").decimalValue())
                    .isGreaterThanOrEqualTo(top.path("rows").get(1).path("cost").decimalValue());
            JsonNode lowest = report(adv1, """
                    {"metrics": ["cpa"], "dimensions": ["campaign"], "order": {"metric": "cpa", "direction": "asc"}, "limit": 1,
                     "time_range": {"start": "2026-11-01", "end": "2026-11-19"}}""");
            JsonNode all = report(adv1, """
                    {"metrics": ["cpa"], "dimensions": ["campaign"], "time_range": {"start": "2026-11-01", "end": "2026-11-19"}}""");
            double min = Double.MAX_VALUE;
            for (JsonNode row : all.path("rows")) if (!row.path("cpa").isNull()) min = Math.min(min, row.path("cpa").asDouble());
            assertThat(lowest.path("rows").get(0).path("cpa").asDouble()).isEqualTo(min);
        }

        @Test
        void includesTodaySoFar() {
            JsonNode today = report(adv1, """
                    {"metrics": ["cost"], "time_range": {"start": "2026-11-20", "end": "2026-11-20"}}""");
            JsonNode account = http.get("/platform/v1/account", adv1).json();
            assertThat(today.path("totals").path("cost").decimalValue()).isPositive()
                    .isEqualByComparingTo(account.path("today_spend").decimalValue());
        }

        @Test
        void anotherAdvertisersEntitiesAreNotFound() {
            assertError(http.post("/platform/v1/reports/query", adv1, """
                    {"metrics": ["cost"], "filters": {"campaign": ["c-2001"]}, "time_range": {"start": "2026-11-01", "end": "2026-11-19"}}"""),
                    404, null);
            JsonNode theirs = report(adv2, """
                    {"metrics": ["cost"], "dimensions": ["campaign"], "time_range": {"start": "2026-11-01", "end": "2026-11-19"}}""");
            theirs.path("rows").forEach(row -> assertThat(row.path("campaign").asString()).startsWith("c-2"));
        }

        @Test
        void rejectsBadQueriesNamingTheField() {
            String range = "\"time_range\": {\"start\": \"2026-11-01\", \"end\": \"2026-11-07\"}";
            assertError(http.post("/platform/v1/reports/query", adv1, "{" + range + "}"), 400, "metrics");
            assertError(http.post("/platform/v1/reports/query", adv1, "{\"metrics\": [\"spend\"], " + range + "}"), 400, "metrics");
            assertError(http.post("/platform/v1/reports/query", adv1, "{\"metrics\": [\"cost\"], \"dimensions\": [\"city\"], " + range + "}"), 400, "dimensions");
            assertError(http.post("/platform/v1/reports/query", adv1, "{\"metrics\": [\"cost\"]}"), 400, "time_range");
            assertError(http.post("/platform/v1/reports/query", adv1,
                    "{\"metrics\": [\"cost\"], \"time_range\": {\"start\": \"2026-11-08\", \"end\": \"2026-11-01\"}}"), 400, "time_range");
            assertError(http.post("/platform/v1/reports/query", adv1,
                    "{\"metrics\": [\"cost\"], \"time_range\": {\"start\": \"11/01/2026\", \"end\": \"2026-11-07\"}}"), 400, "time_range.start");
            assertError(http.post("/platform/v1/reports/query", adv1, "{\"metrics\": [\"cost\"], \"filters\": {\"region\": [\"广州\"]}, " + range + "}"), 400, "filters.region");
            assertError(http.post("/platform/v1/reports/query", adv1, "{\"metrics\": [\"cost\"], \"filters\": {\"date\": [\"2026-11-01\"]}, " + range + "}"), 400, "filters.date");
            assertError(http.post("/platform/v1/reports/query", adv1, "{\"metrics\": [\"cost\"], \"limit\": 0, " + range + "}"), 400, "limit");
            assertError(http.post("/platform/v1/reports/query", adv1, "{\"metrics\": [\"cost\"], \"order\": {\"metric\": \"cost\", \"direction\": \"up\"}, " + range + "}"), 400, "order.direction");
            assertError(http.post("/platform/v1/reports/query", adv1, "{\"metrics\": [\"cost\"], \"group_by\": [\"date\"], " + range + "}"), 400, "group_by");
        }
    }

    @Nested
    class OpenApiDocument {
        @Test
        void documentsEveryOperationInBothLanguagesAndMarksWrites() {
            JsonNode doc = http.get("/platform/v1/openapi.json", null).json();
            List<String> operations = new ArrayList<>();
            for (var path : doc.path("paths").properties()) {
                for (var method : path.getValue().properties()) {
                    JsonNode op = method.getValue();
                    operations.add(method.getKey().toUpperCase() + " " + path.getKey() + " " + op.path("operationId").asString());
                    assertThat(op.path("description").asString()).as(path.getKey()).isNotBlank();
                    assertThat(op.path("x-description-zh").asString()).as(path.getKey()).isNotBlank();
                    assertThat(op.path("x-consequential").asBoolean()).isEqualTo(!method.getKey().equals("get")
                            && !op.path("operationId").asString().equals("queryReport"));
                }
            }
            assertThat(operations).containsExactlyInAnyOrder(
                    "GET /account getAccount", "GET /campaigns listCampaigns", "GET /campaigns/{id} getCampaign",
                    "PATCH /campaigns/{id} updateCampaign", "GET /ad-groups listAdGroups",
                    "GET /ad-groups/{id} getAdGroup", "PATCH /ad-groups/{id} updateAdGroup",
                    "GET /creatives listCreatives", "GET /creatives/{id} getCreative",
                    "PATCH /creatives/{id} updateCreative", "POST /reports/query queryReport");
        }

        @Test
        void everyDocumentedOperationIsServed() {
            JsonNode doc = http.get("/platform/v1/openapi.json", null).json();
            for (var path : doc.path("paths").properties()) {
                String concrete = path.getKey().replace("{id}", "x-1");
                for (var method : path.getValue().properties()) {
                    Answer a = http.send(http.request("/platform/v1" + concrete, adv1)
                            .method(method.getKey().toUpperCase(), java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
                    assertThat(a.json()).as(method.getKey() + " " + concrete).isNotNull();
                    assertThat(a.json().has("error") || a.status() == 200).isTrue();
                    if (a.status() == 404) {
                        assertThat(a.json().path("error").path("code").asString()).isEqualTo("not_found");
                    }
                }
            }
        }
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("id").asString()));
        return out;
    }
}
