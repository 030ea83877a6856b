package io.adcopilot.eval.experiment;

import io.adcopilot.eval.nlu.Prediction;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One dataset item in an experiment: what it says (text, gold intent and slots), what the engine predicted, how
 * long that took, what it spent when the engine reports usage, and the engine's error if it failed on the item
 * (then the prediction has no intent and no slots).
 */
public record ItemResult(String id, String text, String goldIntent, JsonNode goldSlots, Prediction prediction,
                         double latencyMs, Optional<Usage> usage, Optional<String> error) {

    public boolean intentCorrect() {
        return goldIntent.equals(prediction.intent());
    }
}
