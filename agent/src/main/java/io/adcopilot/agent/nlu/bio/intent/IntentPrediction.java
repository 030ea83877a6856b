package io.adcopilot.agent.nlu.bio.intent;

import java.util.List;

/**
 * The intents of an utterance, most probable first, with calibrated probabilities that sum to one.
 */
public record IntentPrediction(List<ScoredIntent> ranking) {

    /** An intent label and its probability. */
    public record ScoredIntent(String intent, double probability) {
    }

    public IntentPrediction {
        ranking = List.copyOf(ranking);
        if (ranking.isEmpty()) throw new IllegalArgumentException("no intents");
    }

    public String intent() {
        return ranking.get(0).intent();
    }

    /** The probability of the best intent; low values suggest an utterance outside the trained intents. */
    public double confidence() {
        return ranking.get(0).probability();
    }
}
