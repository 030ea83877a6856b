package io.adcopilot.eval.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.NluEngine;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.core.json.Json;
import io.adcopilot.eval.dataset.DatasetJsonl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The experiment's metrics agree with the reference scorer ({@code shared/tools/score_nlu.py}) on the development
 * set, for predictions that are wrong in every way the spec scores: wrong intents, out-of-scope both ways, missing
 * and extra slots, numbers written differently, and items the engine failed on. Skipped when the shared materials
 * or python3 are not at hand.
 */
class ReferenceScorerAgreementTest {

    private static final Path SHARED = Path.of("..", "..", "shared");
    private static final List<String> INTENTS = List.of("query_metrics", "diagnose_change", "update_budget",
            "update_bid", "update_status", "list_entities", "account_balance", "knowledge_qa", "smalltalk");

    /** Answers with the gold label of the item, spoiled in a way chosen by the item's position. */
    static final class SpoilingEngine implements NluEngine {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<DatasetItem> items;

        SpoilingEngine(List<DatasetItem> items) {
            this.items = items;
            for (int i = 0; i < items.size(); i++) {
                Integer earlier = index.put(key(items.get(i).text(), items.get(i).history().toString(),
                        items.get(i).advertiser()), i);
                assertThat(earlier).as("dev items are told apart by text, history and advertiser").isNull();
            }
        }

        private static String key(String text, String history, String advertiser) {
            return advertiser + "|" + history + "|" + text;
        }

        @Override
        public Frame understand(String text, NluContext context) {
            int i = index.get(key(text, context.history().toString(), context.advertiserId()));
            DatasetItem item = items.get(i);
            ObjectNode slots = item.slots().toJson();
            String intent = item.intent();
            if (i % 17 == 6) throw new IllegalStateException("spoiled: no answer");
            if (i % 7 == 1) intent = INTENTS.get((INTENTS.indexOf(intent) + 1 + i) % INTENTS.size());
            if (i % 11 == 4) {
                intent = "out_of_scope";
                slots = Json.object();
            }
            if (i % 5 == 2 && !slots.isEmpty()) slots.remove(slots.propertyNames().iterator().next());
            if (i % 6 == 3) slots.putArray("device").add("ios");
            if (i % 4 == 0 && slots.has("budget")) {
                ((ObjectNode) slots.path("budget")).put("value", slots.path("budget").path("value").asDouble());
            }
            if (i % 9 == 8 && slots.has("time_range")) {
                slots.putObject("time_range").put("start", "2026-01-01").put("end", "2026-01-02");
            }
            return new Frame(intent, Slots.fromJson(slots), 0.5 + (i % 5) / 10.0);
        }

        @Override
        public String name() {
            return "spoiling";
        }
    }

    @Test
    void agreesWithScoreNluPy(@TempDir Path dir) throws Exception {
        Path dataset = SHARED.resolve("datasets/ad-nlu-dev.jsonl");
        Path scorer = SHARED.resolve("tools/score_nlu.py");
        Assumptions.assumeTrue(Files.exists(dataset) && Files.exists(scorer), "the shared materials are not here");
        Assumptions.assumeTrue(python3Runs(), "python3 is not installed");

        List<DatasetItem> items = DatasetJsonl.items(DatasetJsonl.read(dataset));
        Experiment e = new ExperimentRunner(Clock.systemUTC()).run(DatasetRef.file("ad-nlu-dev", "h"), items,
                new SpoilingEngine(items), Fixtures.PRINCIPALS, ExperimentRunner.Options.named("spoiled"));
        assertThat(e.scores().intentAccuracy()).isBetween(0.5, 0.95);
        assertThat(e.scores().slotF1()).isBetween(0.5, 0.99);
        assertThat(e.engineErrors()).isNotEmpty();

        Path predictions = dir.resolve("pred.jsonl");
        Files.writeString(predictions, e.predictions().stream().map(p -> Json.MAPPER.writeValueAsString(p.toJson()))
                .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", scorer.toString(), dataset.toString(), predictions.toString(), "--json")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        JsonNode reference = Json.MAPPER.readTree(output.lines().reduce((a, b) -> b).orElseThrow());

        assertThat(reference.path("items").asInt()).isEqualTo(e.items().size());
        assertThat(reference.path("missing_predictions").asInt()).isZero();
        e.metrics().forEach((name, value) ->
                assertThat(value).as(name).isCloseTo(reference.path(name).asDouble(), within(1e-12)));
        Map<String, Double> ours = new TreeMap<>();
        e.scores().perIntent().forEach((intent, prf) -> ours.put(intent, Math.round(prf.f1() * 10_000) / 10_000.0));
        Map<String, Double> theirs = new TreeMap<>();
        reference.path("per_intent_f1").properties().forEach(f -> theirs.put(f.getKey(), f.getValue().asDouble()));
        assertThat(ours).isEqualTo(theirs);
    }

    private static boolean python3Runs() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
