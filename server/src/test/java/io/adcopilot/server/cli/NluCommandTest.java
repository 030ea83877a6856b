package io.adcopilot.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.json.Json;
import io.adcopilot.sandbox.TestPlatforms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code nlu predict}: one prediction line per dataset item, in order, in the spec's format. */
class NluCommandTest {

    @Test
    void writesOnePredictionPerItemInOrder() throws Exception {
        Path dir = TestPlatforms.emptyDir("predict-");
        Path dataset = dir.resolve("small.jsonl");
        Files.writeString(dataset, String.join("\n",
                "{\"id\": \"t-3\", \"now\": \"2026-11-20T10:00:00+08:00\", \"advertiser\": \"adv-1001\", \"text\": \"账户余额还有多少\", \"intent\": \"account_balance\", \"slots\": {}}",
                "{\"id\": \"t-1\", \"now\": \"2026-11-20T10:00:00+08:00\", \"advertiser\": \"adv-1002\", \"history\": [{\"role\": \"user\", \"text\": \"How much did App Install - iOS spend last week?\"}], \"text\": \"what about its conversions?\"}",
                "{\"id\": \"t-2\", \"now\": \"2026-03-02T09:00:00+08:00\", \"advertiser\": \"adv-1003\", \"text\": \"上周的消耗\", \"intent\": \"query_metrics\", \"slots\": {}}",
                ""));
        Path out = dir.resolve("out/predictions.jsonl");
        assertThat(Main.run("nlu", "predict", "--dataset", dataset.toString(), "--out", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        List<JsonNode> predictions = lines.stream().map(Json.MAPPER::readTree).toList();
        assertThat(predictions).extracting(p -> p.path("id").asString()).containsExactly("t-3", "t-1", "t-2");
        predictions.forEach(p -> {
            assertThat(p.path("intent").isString()).isTrue();
            assertThat(p.path("slots").isObject()).isTrue();
            assertThat(p.path("confidence").asDouble()).isBetween(0.0, 1.0);
        });
        assertThat(predictions.get(0).path("intent").asString()).isEqualTo("account_balance");
        assertThat(predictions.get(1).path("slots").path("campaign").get(0).asString()).isEqualTo("c-2004");
        assertThat(predictions.get(2).path("slots").path("time_range").path("start").asString()).isEqualTo("2026-02-23");
    }

    @Test
    void refusesMissingOrMalformedDatasets() throws Exception {
        Path dir = TestPlatforms.emptyDir("predict-bad-");
        assertThat(Main.run("nlu", "predict", "--dataset", dir.resolve("none.jsonl").toString(), "--out",
                dir.resolve("p.jsonl").toString())).isEqualTo(2);
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \"x\"}\nnot json\n");
        assertThat(Main.run("nlu", "predict", "--dataset", bad.toString(), "--out", dir.resolve("p.jsonl").toString()))
                .isEqualTo(2);
    }
}
