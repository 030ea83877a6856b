package io.adcopilot.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.db.Database;
import io.adcopilot.core.json.Json;
import io.adcopilot.eval.dataset.AnnotatedTraceItems;
import io.adcopilot.eval.dataset.DatasetStore;
import io.adcopilot.eval.online.DuckDbAnnotationStore;
import io.adcopilot.eval.trace.DuckDbTraceStore;
import io.adcopilot.eval.dataset.DuckDbDatasetRepository;
import io.adcopilot.eval.experiment.DuckDbExperimentStore;
import io.adcopilot.eval.experiment.EngineUnderTest;
import io.adcopilot.eval.experiment.ExperimentRunner;
import io.adcopilot.sandbox.HttpClientForTests;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.server.AdCopilotServer;
import io.adcopilot.server.ServerConfig;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson3;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The evaluation API on its own Javalin app (as the server will mount it), with the embedded stack's engine and
 * principals, a DuckDB file, and a reviewer check that wants {@code Bearer reviewer}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvalApiTest {

    private static final String REVIEWER = "reviewer";

    private AdCopilotServer server;
    private Database db;
    private Javalin app;
    private HttpClientForTests http;
    private String small;

    @BeforeAll
    void start() throws Exception {
        server = AdCopilotServer.start(new ServerConfig(TestPlatforms.demoDataDir(), 0, TestPlatforms.CLOCK),
                ReportGenerator.Progress.SILENT);
        db = Database.open(TestPlatforms.emptyDir("eval-api-").resolve("copilot.duckdb"));
        var api = new EvalApi(new DatasetStore(new DuckDbDatasetRepository(db), TestPlatforms.CLOCK),
                new DuckDbExperimentStore(db), new ExperimentRunner(TestPlatforms.CLOCK),
                name -> EngineUnderTest.of(server.engine(name)), server::principal,
                ctx -> {
                    if (!("Bearer " + REVIEWER).equals(ctx.header("Authorization"))) {
                        throw new ApiError(401, "unauthenticated", "a reviewer token is required", null, null, null);
                    }
                }, new AnnotatedTraceItems(new DuckDbTraceStore(db), new DuckDbAnnotationStore(db, TestPlatforms.CLOCK)));
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.port = 0;
            c.jsonMapper(new JavalinJackson3(Json.MAPPER, false));
            api.addTo(c.routes);
            c.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
        }).start();
        http = new HttpClientForTests(app.port());
        small = new String(Objects.requireNonNull(getClass().getResourceAsStream("/eval/small.jsonl")).readAllBytes(),
                StandardCharsets.UTF_8);
    }

    @AfterAll
    void stop() {
        app.stop();
        db.close();
        server.close();
    }

    @Test
    void datasetsExperimentsAndTheGate() {
        var imported = http.post("/api/datasets?name=small", REVIEWER, small);
        assertThat(imported.status()).as(String.valueOf(imported.json())).isEqualTo(201);
        assertThat(imported.json().path("version").asInt()).isEqualTo(1);
        assertThat(imported.json().path("items").asInt()).isEqualTo(20);
        String hash = imported.json().path("hash").asString();

        // a reviewer adds an annotated item: version 2
        JsonNode item = Json.MAPPER.readTree(small.lines().findFirst().orElseThrow());
        ((ObjectNode) item).put("id", "trace-1").put("text", "双十一大促-拉新前天花了多少钱");
        ((ObjectNode) item.path("slots")).putObject("time_range").put("start", "2026-11-18").put("end", "2026-11-18");
        var added = http.post("/api/datasets/small/items?source=trace%20t-1", REVIEWER, item.toString());
        assertThat(added.status()).as(String.valueOf(added.json())).isEqualTo(201);
        assertThat(added.json().path("version").asInt()).isEqualTo(2);
        assertThat(added.json().path("source").asString()).isEqualTo("trace t-1");
        assertThat(http.post("/api/datasets/small/items", REVIEWER, item.toString()).status()).isEqualTo(409);

        assertThat(http.get("/api/datasets", REVIEWER).json().path("items").get(0).path("version").asInt()).isEqualTo(2);
        JsonNode versions = http.get("/api/datasets/small", REVIEWER).json().path("versions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("hash").asString()).isEqualTo(hash);
        var export = http.get("/api/datasets/small/export?version=1", REVIEWER);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        assertThat(export.raw().body().lines().count()).isEqualTo(20);
        assertThat(http.get("/api/datasets/small/export", REVIEWER).raw().body().lines().count()).isEqualTo(21);

        var first = http.post("/api/experiments", REVIEWER, "{\"dataset\": \"small\", \"version\": 1, \"name\": \"v1\"}");
        assertThat(first.status()).as(String.valueOf(first.json())).isEqualTo(201);
        assertThat(first.json().path("dataset_version").asInt()).isEqualTo(1);
        assertThat(first.json().path("predictions").size()).isEqualTo(20);
        assertThat(first.json().path("metrics").path("intent_accuracy").asDouble()).isGreaterThanOrEqualTo(0.9);
        var second = http.post("/api/experiments", REVIEWER, "{\"dataset\": \"small\", \"engine\": \"embedded\", \"threads\": 2}");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("name").asString()).isEqualTo("small-embedded");
        assertThat(second.json().path("items").size()).isEqualTo(21);

        JsonNode list = http.get("/api/experiments", REVIEWER).json().path("items");
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.findValuesAsString("name")).containsExactlyInAnyOrder("v1", "small-embedded");
        String a = first.json().path("id").asString();
        String b = second.json().path("id").asString();
        JsonNode kept = http.get("/api/experiments/" + a, REVIEWER).json();
        assertThat(kept.path("metrics")).isEqualTo(first.json().path("metrics"));
        assertThat(kept.path("predictions")).isEqualTo(first.json().path("predictions"));

        JsonNode compared = http.get("/api/experiments/compare?baseline=" + a + "&candidate=" + b
                + "&min_intent_accuracy=0.5", REVIEWER).json();
        assertThat(compared.path("comparison").path("pairing").path("paired").asInt()).isEqualTo(20);
        assertThat(compared.path("comparison").path("pairing").path("only_in_candidate").asInt()).isEqualTo(1);
        assertThat(compared.path("comparison").path("overall").path("intent_accuracy").path("delta").asDouble()).isZero();
        assertThat(compared.path("gate").path("passed").asBoolean()).isTrue();
        assertThat(compared.path("gate").path("checks").get(1).path("name").asString()).isEqualTo("intent accuracy");
        assertThat(compared.path("report").asString()).contains("result: PASS");
        JsonNode strict = http.get("/api/experiments/compare?baseline=" + a + "&candidate=" + b
                + "&min_intent_accuracy=1", REVIEWER).json();
        assertThat(strict.path("gate").path("passed").asBoolean())
                .isEqualTo(second.json().path("metrics").path("intent_accuracy").asDouble() >= 1.0);
    }

    @Test
    void refusesBadRequestsNamingTheField() throws Exception {
        var noName = http.post("/api/datasets", REVIEWER, small);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().path("error").path("field").asString()).isEqualTo("name");
        var badLines = http.post("/api/datasets?name=bad", REVIEWER, small.lines().findFirst().orElseThrow() + "\n{\"id\": 3}\n");
        assertThat(badLines.status()).isEqualTo(400);
        assertThat(badLines.json().path("error").path("field").asString()).isEqualTo("body");
        assertThat(badLines.json().path("error").path("message").asString()).contains("line 2, id: is required");
        assertThat(http.post("/api/datasets?name=..%2Fx", REVIEWER, small).json().path("error").path("field").asString())
                .isEqualTo("name");
        assertThat(http.get("/api/datasets/none", REVIEWER).status()).isEqualTo(404);
        assertThat(http.get("/api/datasets/none/export", REVIEWER).status()).isEqualTo(404);

        http.post("/api/datasets?name=tiny", REVIEWER, small.lines().findFirst().orElseThrow());
        assertThat(http.get("/api/datasets/tiny/export?version=x", REVIEWER).json().path("error").path("field").asString())
                .isEqualTo("version");
        assertThat(http.get("/api/datasets/tiny/export?version=7", REVIEWER).status()).isEqualTo(404);
        for (var bad : List.of(
                new String[]{"{}", "dataset"},
                new String[]{"{\"dataset\": \"tiny\", \"engine\": \"gpt\"}", "engine"},
                new String[]{"{\"dataset\": \"tiny\", \"threads\": 0}", "threads"},
                new String[]{"{\"dataset\": \"tiny\", \"version\": \"one\"}", "version"})) {
            var answer = http.post("/api/experiments", REVIEWER, bad[0]);
            assertThat(answer.status()).as(bad[0]).isEqualTo(400);
            assertThat(answer.json().path("error").path("field").asString()).as(bad[0]).isEqualTo(bad[1]);
        }
        assertThat(http.post("/api/experiments", REVIEWER, "{\"dataset\": \"none\"}").status()).isEqualTo(404);
        assertThat(http.post("/api/experiments", REVIEWER, "not json").status()).isEqualTo(400);
        var unlabelled = Json.MAPPER.readTree(small.lines().findFirst().orElseThrow());
        ((ObjectNode) unlabelled).remove("intent");
        var item = http.post("/api/datasets/tiny/items", REVIEWER, unlabelled.toString());
        assertThat(item.status()).isEqualTo(400);
        assertThat(item.json().path("error").path("field").asString()).isEqualTo("intent");

        assertThat(http.get("/api/experiments/exp_none", REVIEWER).status()).isEqualTo(404);
        assertThat(http.get("/api/experiments/compare?candidate=x", REVIEWER).json().path("error").path("field").asString())
                .isEqualTo("baseline");
        assertThat(http.get("/api/experiments/compare?baseline=x&candidate=y", REVIEWER).status()).isEqualTo(404);
    }

    @Test
    void everyRouteAsksForAReviewer() {
        for (String path : List.of("/api/datasets", "/api/datasets/small", "/api/datasets/small/export",
                "/api/experiments", "/api/experiments/compare?baseline=a&candidate=b", "/api/experiments/x")) {
            assertThat(http.get(path, null).status()).as(path).isEqualTo(401);
            assertThat(http.get(path, "adv-token").status()).as(path).isEqualTo(401);
        }
        assertThat(http.send(http.request("/api/datasets?name=x", null).POST(HttpRequest.BodyPublishers.ofString(small)))
                .status()).isEqualTo(401);
        assertThat(http.post("/api/experiments", null, "{\"dataset\": \"small\"}").status()).isEqualTo(401);
        assertThat(http.post("/api/datasets/small/items", null, "{}").status()).isEqualTo(401);
    }
}
