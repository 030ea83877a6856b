package io.adcopilot.eval.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.adcopilot.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** R.json: the shape interfaces.md names, and a file read back is the experiment written. */
class ExperimentJsonTest {

    private static Experiment experiment() {
        var engine = new ExperimentRunnerTest.MeteredEngine();
        return new ExperimentRunner(Clock.systemUTC()).run(DatasetRef.of("fixture", 3, "abc"), ExperimentRunnerTest.ITEMS,
                engine, Fixtures.PRINCIPALS, ExperimentRunner.Options.named("json").withThreads(2)
                        .withUsage(engine.meter, Optional.of(new Pricing(1, 2, "USD"))));
    }

    @Test
    void hasTheContractsFields() {
        Experiment e = new ExperimentRunner(Clock.systemUTC()).run(DatasetRef.file("fixture", "h"),
                ExperimentRunnerTest.ITEMS, ExperimentRunnerTest.ENGINE, Fixtures.PRINCIPALS,
                ExperimentRunner.Options.named("contract"));
        JsonNode json = ExperimentJson.write(e);
        assertThat(json.path("name").asString()).isEqualTo("contract");
        assertThat(json.path("dataset").asString()).isEqualTo("fixture");
        assertThat(json.path("engine").asString()).isEqualTo("scripted");
        for (String metric : Experiment.METRICS) {
            assertThat(json.path("metrics").path(metric).isNumber()).as(metric).isTrue();
            assertThat(json.path("metrics").path(metric).asDouble()).isEqualTo(e.metrics().get(metric));
        }
        JsonNode predictions = json.path("predictions");
        assertThat(predictions.size()).isEqualTo(7);
        JsonNode first = predictions.get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("id", "intent", "confidence", "slots");
        assertThat(first.path("id").asString()).isEqualTo("a1");
        assertThat(first.path("slots").path("metrics").get(0).asString()).isEqualTo("cost");
        assertThat(predictions.get(6).path("intent").isNull()).isTrue();
        assertThat(json.path("items").get(6).path("error").asString()).contains("no answer scripted");
        assertThat(json.path("per_intent").path("out_of_scope").path("f1").asDouble()).isEqualTo(0.5);
        assertThat(json.path("confusion").path("update_budget").path("update_bid").asInt()).isEqualTo(1);
        assertThat(json.path("latency_ms").has("p99")).isTrue();
        assertThat(json.path("throughput_items_per_s").asDouble()).isPositive();
        assertThat(json.has("usage")).isFalse();
        assertThat(json.has("dataset_version")).isFalse();
    }

    @Test
    void roundTrip(@TempDir Path dir) throws Exception {
        Experiment e = experiment();
        Path file = dir.resolve("out/R.json");
        ExperimentJson.write(e, file);
        Experiment read = ExperimentJson.read(file);
        assertThat(read.id()).isEqualTo(e.id());
        assertThat(read.dataset()).isEqualTo(e.dataset());
        assertThat(read.createdAt()).isEqualTo(e.createdAt());
        assertThat(read.metrics()).isEqualTo(e.metrics());
        assertThat(read.scores()).isEqualTo(e.scores());
        assertThat(read.latency()).isEqualTo(e.latency());
        assertThat(read.usage()).isEqualTo(e.usage());
        assertThat(read.cost()).isEqualTo(e.cost());
        assertThat(read.threads()).isEqualTo(2);
        assertThat(read.items()).extracting(ItemResult::error).isEqualTo(e.items().stream().map(ItemResult::error).toList());
        JsonNode json = Json.MAPPER.readTree(Files.readString(file));
        assertThat(json.path("usage").path("total_tokens").asLong()).isEqualTo(e.usage().orElseThrow().totalTokens());
        assertThat(json.path("dataset_version").asInt()).isEqualTo(3);
    }

    @Test
    void refusesWhatIsNotAnExperiment(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> ExperimentJson.read(missing)).hasMessageContaining("no such experiment file");
        Path notJson = Files.writeString(dir.resolve("a.json"), "{oops");
        assertThatThrownBy(() -> ExperimentJson.read(notJson)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not JSON");
        Path predictionsOnly = Files.writeString(dir.resolve("b.json"), "{\"id\": \"x\", \"name\": \"n\", "
                + "\"dataset\": \"d\", \"engine\": \"e\", \"created_at\": \"2026-11-20T02:00:00Z\", \"predictions\": []}");
        assertThatThrownBy(() -> ExperimentJson.read(predictionsOnly)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an experiment written by 'eval run'").hasMessageContaining("items");
        assertThatThrownBy(() -> ExperimentJson.read(Json.MAPPER.readTree("[1]"), "list")).hasMessageContaining("list");
    }
}
