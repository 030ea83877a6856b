package io.adcopilot.agent.nlu.bio;

/**
 * Scores of predictions against gold: span precision, recall and F1 of the slots, intent accuracy, and sentence
 * accuracy (intent right and the same spans as gold), as fractions in [0, 1].
 */
public record BioScore(
        int sentences,
        int truePositives,
        int falsePositives,
        int falseNegatives,
        int intentsRight,
        int sentencesRight) {

    public double slotPrecision() {
        return truePositives + falsePositives == 0 ? 0.0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double slotRecall() {
        return truePositives + falseNegatives == 0 ? 0.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double slotF1() {
        double precision = slotPrecision();
        double recall = slotRecall();
        return precision + recall == 0.0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    public double intentAccuracy() {
        return sentences == 0 ? 0.0 : (double) intentsRight / sentences;
    }

    public double sentenceAccuracy() {
        return sentences == 0 ? 0.0 : (double) sentencesRight / sentences;
    }
}
