package io.adcopilot.eval.compare;

import io.adcopilot.core.json.Canonical;
import io.adcopilot.eval.experiment.Experiment;
import io.adcopilot.eval.experiment.ItemResult;
import io.adcopilot.eval.nlu.Gold;
import io.adcopilot.eval.nlu.NluScorer;
import io.adcopilot.eval.nlu.NluScores;
import io.adcopilot.eval.nlu.Prediction;
import io.adcopilot.eval.stats.McNemar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Compares two experiments item by item ({@link Comparison} says how). */
public final class Comparisons {

    static final NluScores.Prf NONE = new NluScores.Prf(0, 0, 0, 0, 0, 0);
    private static final String NO_INTENT = "(none)";

    private Comparisons() {}

    public static Comparison compare(Experiment baseline, Experiment candidate) {
        Map<String, ItemResult> before = new HashMap<>();
        baseline.items().forEach(i -> before.put(i.id(), i));
        List<ItemResult[]> pairs = new ArrayList<>();
        int relabelled = 0;
        for (ItemResult after : candidate.items()) {
            ItemResult b = before.get(after.id());
            if (b == null) continue;
            pairs.add(new ItemResult[]{b, after});
            if (!b.goldIntent().equals(after.goldIntent())
                    || !Canonical.text(b.goldSlots()).equals(Canonical.text(after.goldSlots()))) relabelled++;
        }
        var pairing = new Comparison.Pairing(pairs.size(), baseline.items().size() - pairs.size(),
                candidate.items().size() - pairs.size(), relabelled);

        List<Gold> gold = pairs.stream().map(p -> new Gold(p[1].id(), p[1].text(), p[1].goldIntent(), p[1].goldSlots())).toList();
        NluScores b = NluScorer.score(gold, predictions(pairs, 0));
        NluScores c = NluScorer.score(gold, predictions(pairs, 1));

        return new Comparison(side(baseline), side(candidate), pairing, overall(baseline, candidate, b, c),
                test(pairs), intents(pairs, b, c), slots(b, c), newIntents(baseline, pairs));
    }

    private static Comparison.Side side(Experiment e) {
        return new Comparison.Side(e.id(), e.name(), e.engine(), e.dataset(), e.items().size(), e.intentsRight(),
                e.scores().intentAccuracy());
    }

    private static Map<String, Prediction> predictions(List<ItemResult[]> pairs, int side) {
        Map<String, Prediction> out = new HashMap<>();
        pairs.forEach(p -> out.put(p[1].id(), p[side].prediction()));
        return out;
    }

    /** Right by the candidate's label. */
    private static boolean right(ItemResult[] pair, int side) {
        return pair[1].goldIntent().equals(pair[side].prediction().intent());
    }

    private static McNemar test(List<ItemResult[]> pairs) {
        int onlyBaseline = 0, onlyCandidate = 0;
        for (ItemResult[] p : pairs) {
            boolean b = right(p, 0), c = right(p, 1);
            if (b && !c) onlyBaseline++;
            if (c && !b) onlyCandidate++;
        }
        return McNemar.test(onlyBaseline, onlyCandidate);
    }

    private static List<Comparison.MetricDelta> overall(Experiment baseline, Experiment candidate, NluScores b, NluScores c) {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("intent_accuracy", new double[]{b.intentAccuracy(), c.intentAccuracy()});
        m.put("intent_macro_f1", new double[]{b.intentMacroF1(), c.intentMacroF1()});
        m.put("slot_precision", new double[]{b.slotPrecision(), c.slotPrecision()});
        m.put("slot_recall", new double[]{b.slotRecall(), c.slotRecall()});
        m.put("slot_f1", new double[]{b.slotF1(), c.slotF1()});
        m.put("frame_accuracy", new double[]{b.frameAccuracy(), c.frameAccuracy()});
        m.put("oos_precision", new double[]{b.oosPrecision(), c.oosPrecision()});
        m.put("oos_recall", new double[]{b.oosRecall(), c.oosRecall()});
        m.put("latency_p50_ms", new double[]{baseline.latency().p50(), candidate.latency().p50()});
        m.put("latency_p90_ms", new double[]{baseline.latency().p90(), candidate.latency().p90()});
        m.put("latency_p99_ms", new double[]{baseline.latency().p99(), candidate.latency().p99()});
        m.put("latency_mean_ms", new double[]{baseline.latency().mean(), candidate.latency().mean()});
        m.put("throughput_items_per_s", new double[]{baseline.throughput(), candidate.throughput()});
        if (baseline.usage().isPresent() && candidate.usage().isPresent()) {
            m.put("total_tokens", new double[]{baseline.usage().get().totalTokens(), candidate.usage().get().totalTokens()});
        }
        if (baseline.cost().isPresent() && candidate.cost().isPresent()) {
            m.put("cost", new double[]{baseline.cost().get(), candidate.cost().get()});
        }
        return m.entrySet().stream().map(e -> new Comparison.MetricDelta(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static List<Comparison.IntentDelta> intents(List<ItemResult[]> pairs, NluScores b, NluScores c) {
        Map<String, List<ItemResult[]>> byGold = pairs.stream()
                .collect(Collectors.groupingBy(p -> p[1].goldIntent(), TreeMap::new, Collectors.toList()));
        Set<String> names = new TreeSet<>(byGold.keySet());
        names.addAll(b.perIntent().keySet());
        names.addAll(c.perIntent().keySet());
        List<Comparison.IntentDelta> out = new ArrayList<>();
        for (String intent : names) {
            List<ItemResult[]> items = byGold.getOrDefault(intent, List.of());
            int baselineRight = (int) items.stream().filter(p -> right(p, 0)).count();
            int candidateRight = (int) items.stream().filter(p -> right(p, 1)).count();
            out.add(new Comparison.IntentDelta(intent, items.size(), baselineRight, candidateRight, test(items),
                    b.perIntent().getOrDefault(intent, NONE), c.perIntent().getOrDefault(intent, NONE)));
        }
        return out;
    }

    private static List<Comparison.SlotDelta> slots(NluScores b, NluScores c) {
        Set<String> names = new TreeSet<>(b.perSlot().keySet());
        names.addAll(c.perSlot().keySet());
        return names.stream().map(s -> new Comparison.SlotDelta(s, b.perSlot().getOrDefault(s, NONE),
                c.perSlot().getOrDefault(s, NONE))).toList();
    }

    private static List<Comparison.NewIntent> newIntents(Experiment baseline, List<ItemResult[]> pairs) {
        Set<String> known = new TreeSet<>();
        baseline.items().forEach(i -> {
            if (i.prediction().intent() != null) known.add(i.prediction().intent());
        });
        Map<String, List<ItemResult[]>> byNew = new TreeMap<>();
        for (ItemResult[] p : pairs) {
            String predicted = p[1].prediction().intent();
            if (predicted != null && !known.contains(predicted)) byNew.computeIfAbsent(predicted, k -> new ArrayList<>()).add(p);
        }
        List<Comparison.NewIntent> out = new ArrayList<>();
        byNew.forEach((intent, items) -> {
            Map<String, int[]> counts = new TreeMap<>();
            Map<String, List<String>> lostItems = new TreeMap<>();
            for (ItemResult[] p : items) {
                String was = p[0].prediction().intent() == null ? NO_INTENT : p[0].prediction().intent();
                int[] c = counts.computeIfAbsent(was, k -> new int[3]);
                lostItems.computeIfAbsent(was, k -> new ArrayList<>());
                if (right(p, 0)) {
                    c[0]++;
                    lostItems.get(was).add(p[1].id());
                } else if (p[1].goldIntent().equals(intent)) {
                    c[1]++;
                } else {
                    c[2]++;
                }
            }
            List<Comparison.NewIntent.Source> sources = new ArrayList<>();
            counts.forEach((was, c) -> sources.add(new Comparison.NewIntent.Source(was, c[0], c[1], c[2], lostItems.get(was))));
            int labelled = (int) pairs.stream().filter(p -> p[1].goldIntent().equals(intent)).count();
            int labelledRight = (int) pairs.stream().filter(p -> p[1].goldIntent().equals(intent) && right(p, 1)).count();
            out.add(new Comparison.NewIntent(intent, items.size(), labelled, labelledRight, sources));
        });
        return out;
    }
}
