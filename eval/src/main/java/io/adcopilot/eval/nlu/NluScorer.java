package io.adcopilot.eval.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores predictions exactly as ad-domain.md (and its reference scorer, score_nlu.py) defines: intent accuracy,
 * macro-F1 over intents with gold items, micro slot precision/recall/F1 over (slot, value) pairs whatever the
 * predicted intent, frame accuracy, and out-of-scope precision and recall. A missing prediction counts as no intent
 * and no slots.
 */
public final class NluScorer {

    static final String OUT_OF_SCOPE = "out_of_scope";

    private NluScorer() {}

    public static NluScores score(List<Gold> gold, Map<String, Prediction> predictions) {
        int n = gold.size();
        int intentsRight = 0, frames = 0, tp = 0, fp = 0, fn = 0, missing = 0;
        int oosTp = 0, oosFp = 0, oosFn = 0;
        Map<String, int[]> perIntent = new TreeMap<>();
        Map<String, int[]> perSlot = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<NluScores.ItemError> errors = new ArrayList<>();
        for (Gold g : gold) {
            Prediction p = predictions.get(g.id());
            if (p == null) missing++;
            String predicted = p == null ? null : p.intent();
            confusion.computeIfAbsent(g.intent(), k -> new TreeMap<>())
                    .merge(predicted == null ? "(none)" : predicted, 1, Integer::sum);
            boolean intentRight = g.intent().equals(predicted);
            if (intentRight) {
                intentsRight++;
                perIntent.computeIfAbsent(g.intent(), k -> new int[3])[0]++;
            } else {
                perIntent.computeIfAbsent(g.intent(), k -> new int[3])[2]++;
                if (predicted != null) perIntent.computeIfAbsent(predicted, k -> new int[3])[1]++;
            }
            Set<SlotPairs.Pair> expected = SlotPairs.of(g.slots());
            Set<SlotPairs.Pair> said = SlotPairs.of(p == null ? null : p.slots());
            List<String> missingPairs = new ArrayList<>();
            List<String> extraPairs = new ArrayList<>();
            for (SlotPairs.Pair pair : expected) {
                if (said.contains(pair)) {
                    tp++;
                    perSlot.computeIfAbsent(pair.slot(), k -> new int[3])[0]++;
                } else {
                    fn++;
                    perSlot.computeIfAbsent(pair.slot(), k -> new int[3])[2]++;
                    missingPairs.add(pair.slot() + "=" + pair.value());
                }
            }
            for (SlotPairs.Pair pair : said) {
                if (!expected.contains(pair)) {
                    fp++;
                    perSlot.computeIfAbsent(pair.slot(), k -> new int[3])[1]++;
                    extraPairs.add(pair.slot() + "=" + pair.value());
                }
            }
            if (intentRight && expected.equals(said)) {
                frames++;
            } else {
                errors.add(new NluScores.ItemError(g.id(), g.text(), g.intent(), predicted, missingPairs, extraPairs));
            }
            boolean goldOos = OUT_OF_SCOPE.equals(g.intent());
            boolean predOos = OUT_OF_SCOPE.equals(predicted);
            if (goldOos && predOos) oosTp++;
            else if (predOos) oosFp++;
            else if (goldOos) oosFn++;
        }
        Map<String, NluScores.Prf> intents = new TreeMap<>();
        double macro = 0;
        int supported = 0;
        for (var e : perIntent.entrySet()) {
            int[] c = e.getValue();
            intents.put(e.getKey(), prf(c));
            if (c[0] + c[2] > 0) {
                macro += prf(c).f1();
                supported++;
            }
        }
        Map<String, NluScores.Prf> slots = new TreeMap<>();
        perSlot.forEach((slot, c) -> slots.put(slot, prf(c)));
        return new NluScores(n, missing, ratio(intentsRight, n), supported == 0 ? 0 : macro / supported,
                ratio(tp, tp + fp), ratio(tp, tp + fn), f1(tp, fp, fn), ratio(frames, n),
                ratio(oosTp, oosTp + oosFp), ratio(oosTp, oosTp + oosFn), intents, slots, confusion, errors);
    }

    private static NluScores.Prf prf(int[] c) {
        return new NluScores.Prf(ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), f1(c[0], c[1], c[2]), c[0], c[1], c[2]);
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** The intents that appear as gold or predicted, sorted (the confusion matrix's axes). */
    public static Set<String> labels(NluScores scores) {
        Set<String> out = new TreeSet<>(scores.confusion().keySet());
        scores.confusion().values().forEach(row -> out.addAll(row.keySet()));
        return out;
    }

    static Map<String, Prediction> byId(List<Prediction> predictions) {
        Map<String, Prediction> out = new HashMap<>();
        predictions.forEach(p -> out.put(p.id(), p));
        return out;
    }
}
