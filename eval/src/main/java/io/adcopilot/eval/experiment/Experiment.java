package io.adcopilot.eval.experiment;

import io.adcopilot.eval.nlu.Gold;
import io.adcopilot.eval.nlu.NluScorer;
import io.adcopilot.eval.nlu.NluScores;
import io.adcopilot.eval.nlu.Prediction;
import io.adcopilot.eval.stats.Interval;
import io.adcopilot.eval.stats.Wilson;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An engine run over a dataset: what ran (name, dataset, engine, when, on how many threads, how long), every item's
 * prediction, and what follows from them — the scores of ad-domain.md as {@link NluScorer} computes them
 * (with per-intent and per-slot precision/recall/F1 and the confusion matrix), latency, and LLM usage and its cost
 * when the engine reports usage. Build one with {@link #of}, which derives the rest from the items.
 */
public record Experiment(String id, String name, DatasetRef dataset, String engine, Instant createdAt,
                         double wallSeconds, int threads, Optional<Pricing> pricing, List<ItemResult> items,
                         NluScores scores, LatencySummary latency, Optional<Usage> usage) {

    /** The metric names of ad-domain.md, in the order reports show them. */
    public static final List<String> METRICS = List.of("intent_accuracy", "intent_macro_f1", "slot_precision",
            "slot_recall", "slot_f1", "frame_accuracy", "oos_precision", "oos_recall");

    public Experiment {
        items = List.copyOf(items);
    }

    public static Experiment of(String id, String name, DatasetRef dataset, String engine, Instant createdAt,
                                double wallSeconds, int threads, Optional<Pricing> pricing, List<ItemResult> items) {
        Map<String, Prediction> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.id(), i.prediction()));
        NluScores scores = NluScorer.score(gold(items), byId);
        LatencySummary latency = LatencySummary.of(items.stream().mapToDouble(ItemResult::latencyMs).toArray());
        Optional<Usage> usage = items.stream().anyMatch(i -> i.usage().isPresent())
                ? Optional.of(items.stream().map(i -> i.usage().orElse(Usage.ZERO)).reduce(Usage.ZERO, Usage::plus))
                : Optional.empty();
        return new Experiment(id, name, dataset, engine, createdAt, wallSeconds, threads, pricing, items, scores,
                latency, usage);
    }

    static List<Gold> gold(List<ItemResult> items) {
        return items.stream().map(i -> new Gold(i.id(), i.text(), i.goldIntent(), i.goldSlots())).toList();
    }

    /** The spec's metrics by name, in {@link #METRICS} order. */
    public Map<String, Double> metrics() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("intent_accuracy", scores.intentAccuracy());
        out.put("intent_macro_f1", scores.intentMacroF1());
        out.put("slot_precision", scores.slotPrecision());
        out.put("slot_recall", scores.slotRecall());
        out.put("slot_f1", scores.slotF1());
        out.put("frame_accuracy", scores.frameAccuracy());
        out.put("oos_precision", scores.oosPrecision());
        out.put("oos_recall", scores.oosRecall());
        return out;
    }

    /** Items per second of wall time. */
    public double throughput() {
        return wallSeconds > 0 ? items.size() / wallSeconds : 0;
    }

    public Optional<Double> cost() {
        return usage.flatMap(u -> pricing.map(p -> p.cost(u)));
    }

    public int intentsRight() {
        return (int) items.stream().filter(ItemResult::intentCorrect).count();
    }

    public Interval intentAccuracyCi95() {
        return Wilson.interval95(intentsRight(), items.size());
    }

    public Interval frameAccuracyCi95() {
        return Wilson.interval95(items.size() - scores.errors().size(), items.size());
    }

    public List<Prediction> predictions() {
        return items.stream().map(ItemResult::prediction).toList();
    }

    public List<String> engineErrors() {
        return items.stream().filter(i -> i.error().isPresent()).map(i -> i.id() + ": " + i.error().get()).toList();
    }
}
