package io.adcopilot.eval.experiment;

import io.adcopilot.core.json.Json;
import io.adcopilot.eval.nlu.Prediction;
import io.adcopilot.eval.stats.Interval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An experiment as JSON (the {@code R.json} of {@code eval run}, interfaces.md): {@code name}, {@code dataset},
 * {@code engine}, {@code metrics} (the spec's), {@code predictions} (one line of the predictions format per item),
 * and more — per-intent and per-slot scores, confusion matrix, latency, throughput, usage and cost, each item's
 * gold label and latency, the items not fully right. Reading takes what was measured (items, predictions, times,
 * usage) and scores it again, so a read experiment is exactly what was written.
 */
public final class ExperimentJson {

    private ExperimentJson() {}

    public static ObjectNode write(Experiment e) {
        ObjectNode out = Json.object().put("id", e.id()).put("name", e.name()).put("dataset", e.dataset().name());
        e.dataset().version().ifPresent(v -> out.put("dataset_version", v));
        out.put("dataset_hash", e.dataset().hash()).put("engine", e.engine()).put("created_at", e.createdAt().toString());
        ObjectNode metrics = out.putObject("metrics").put("items", e.items().size());
        e.metrics().forEach(metrics::put);
        ObjectNode intervals = out.putObject("confidence_intervals_95");
        interval(intervals, "intent_accuracy", e.intentAccuracyCi95());
        interval(intervals, "frame_accuracy", e.frameAccuracyCi95());
        LatencySummary l = e.latency();
        out.putObject("latency_ms").put("p50", l.p50()).put("p90", l.p90()).put("p99", l.p99())
                .put("mean", round(l.mean())).put("max", l.max());
        out.put("throughput_items_per_s", round(e.throughput())).put("wall_seconds", e.wallSeconds())
                .put("threads", e.threads());
        e.usage().ifPresent(u -> out.set("usage", usage(u)));
        e.pricing().ifPresent(p -> out.putObject("pricing").put("input_per_million", p.inputPerMillion())
                .put("output_per_million", p.outputPerMillion()).put("currency", p.currency()));
        e.cost().ifPresent(c -> out.put("cost", c));
        out.set("per_intent", Json.MAPPER.valueToTree(e.scores().perIntent()));
        out.set("per_slot", Json.MAPPER.valueToTree(e.scores().perSlot()));
        out.set("confusion", Json.MAPPER.valueToTree(e.scores().confusion()));
        var predictions = out.putArray("predictions");
        e.items().forEach(i -> predictions.add(i.prediction().toJson()));
        var items = out.putArray("items");
        for (ItemResult i : e.items()) {
            ObjectNode item = items.addObject().put("id", i.id()).put("text", i.text()).put("gold_intent", i.goldIntent());
            item.set("gold_slots", i.goldSlots());
            item.put("latency_ms", i.latencyMs());
            i.usage().ifPresent(u -> item.setAll(usage(u)));
            i.error().ifPresent(err -> item.put("error", err));
        }
        out.set("errors", Json.MAPPER.valueToTree(e.scores().errors()));
        return out;
    }

    private static ObjectNode usage(Usage u) {
        return Json.object().put("llm_calls", u.calls()).put("input_tokens", u.inputTokens())
                .put("output_tokens", u.outputTokens()).put("total_tokens", u.totalTokens());
    }

    private static void interval(ObjectNode parent, String name, Interval i) {
        parent.putObject(name).put("low", round(i.low())).put("high", round(i.high()));
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    public static void write(Experiment e, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(write(e)) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
        }
    }

    /** Reads an experiment file; a file that is not one is refused with what is wrong. */
    public static Experiment read(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such experiment file: " + file);
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
        } catch (JacksonException ex) {
            throw new IllegalArgumentException(file + " is not JSON: " + ex.getOriginalMessage());
        }
        return read(json, file.toString());
    }

    public static Experiment read(JsonNode json, String source) {
        String problem = "";
        try {
            if (json == null || !json.isObject()) throw new IllegalArgumentException("not a JSON object");
            for (String field : List.of("id", "name", "dataset", "engine", "created_at")) {
                if (!json.path(field).isString()) throw new IllegalArgumentException("\"" + field + "\" is missing");
            }
            JsonNode predictions = json.path("predictions");
            JsonNode items = json.path("items");
            if (!predictions.isArray() || !items.isArray() || predictions.size() != items.size()) {
                throw new IllegalArgumentException("\"predictions\" and \"items\" must be lists of the same length");
            }
            Map<String, Prediction> byId = new HashMap<>();
            predictions.forEach(p -> byId.put(p.path("id").asString(), Prediction.fromJson(p)));
            List<ItemResult> results = new ArrayList<>();
            for (JsonNode item : items) {
                String id = item.path("id").asString();
                problem = " (item " + id + ")";
                Prediction prediction = byId.get(id);
                if (prediction == null) throw new IllegalArgumentException("no prediction for item " + id);
                if (!item.path("gold_intent").isString()) throw new IllegalArgumentException("no gold_intent");
                Optional<Usage> usage = item.has("llm_calls") ? Optional.of(new Usage(item.path("llm_calls").asLong(),
                        item.path("input_tokens").asLong(), item.path("output_tokens").asLong())) : Optional.empty();
                results.add(new ItemResult(id, item.path("text").asString(""), item.path("gold_intent").asString(),
                        item.path("gold_slots"), prediction, item.path("latency_ms").asDouble(0), usage,
                        item.hasNonNull("error") ? Optional.of(item.path("error").asString()) : Optional.empty()));
            }
            problem = "";
            Optional<Integer> version = json.path("dataset_version").isIntegralNumber()
                    ? Optional.of(json.path("dataset_version").asInt()) : Optional.empty();
            JsonNode pricing = json.path("pricing");
            Optional<Pricing> prices = pricing.isObject() ? Optional.of(new Pricing(
                    pricing.path("input_per_million").asDouble(), pricing.path("output_per_million").asDouble(),
                    pricing.path("currency").asString())) : Optional.empty();
            return Experiment.of(json.path("id").asString(), json.path("name").asString(),
                    new DatasetRef(json.path("dataset").asString(), version, json.path("dataset_hash").asString("")),
                    json.path("engine").asString(), Instant.parse(json.path("created_at").asString()),
                    json.path("wall_seconds").asDouble(0), Math.max(1, json.path("threads").asInt(1)), prices, results);
        } catch (IllegalArgumentException | DateTimeParseException | JacksonException ex) {
            throw new IllegalArgumentException(source + " is not an experiment written by 'eval run': "
                    + ex.getMessage() + problem, ex);
        }
    }
}
