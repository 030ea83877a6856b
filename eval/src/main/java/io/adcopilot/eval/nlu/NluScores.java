package io.adcopilot.eval.nlu;

import java.util.List;
import java.util.Map;

/**
 * The scores of predictions against a dataset, as ad-domain.md defines them, plus per-intent and per-slot
 * precision/recall/F1, the confusion matrix (gold → predicted → count) and the items not fully right.
 */
public record NluScores(int items, int missingPredictions, double intentAccuracy, double intentMacroF1,
                        double slotPrecision, double slotRecall, double slotF1, double frameAccuracy,
                        double oosPrecision, double oosRecall, Map<String, Prf> perIntent, Map<String, Prf> perSlot,
                        Map<String, Map<String, Integer>> confusion, List<ItemError> errors) {

    /** Precision, recall and F1 with their counts. */
    public record Prf(double precision, double recall, double f1, int truePositives, int falsePositives,
                      int falseNegatives) {}

    /** An item whose frame is not right: what was said, expected and predicted. */
    public record ItemError(String id, String text, String goldIntent, String predictedIntent,
                            List<String> missingPairs, List<String> extraPairs) {}
}
