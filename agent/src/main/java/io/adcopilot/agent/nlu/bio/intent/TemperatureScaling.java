package io.adcopilot.agent.nlu.bio.intent;

import java.util.List;

/**
 * Fits the temperature that divides the scores before the softmax so that the probabilities are calibrated:
 * the one that minimises the negative log likelihood of held-out labels (Guo et al. 2017), found by
 * golden-section search over log temperature.
 */
final class TemperatureScaling {

    private static final double MIN_LOG = Math.log(0.05);
    private static final double MAX_LOG = Math.log(20.0);
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private TemperatureScaling() {
    }

    static double fit(List<double[]> scores, int[] gold) {
        if (scores.isEmpty()) return 1.0;
        double low = MIN_LOG;
        double high = MAX_LOG;
        double left = high - GOLDEN * (high - low);
        double right = low + GOLDEN * (high - low);
        double leftLoss = loss(scores, gold, Math.exp(left));
        double rightLoss = loss(scores, gold, Math.exp(right));
        for (int iteration = 0; iteration < 60; iteration++) {
            if (leftLoss <= rightLoss) {
                high = right;
                right = left;
                rightLoss = leftLoss;
                left = high - GOLDEN * (high - low);
                leftLoss = loss(scores, gold, Math.exp(left));
            } else {
                low = left;
                left = right;
                leftLoss = rightLoss;
                right = low + GOLDEN * (high - low);
                rightLoss = loss(scores, gold, Math.exp(right));
            }
        }
        return Math.exp((low + high) / 2);
    }

    /** Mean negative log likelihood of the gold labels; a gold label the model does not know is skipped. */
    static double loss(List<double[]> scores, int[] gold, double temperature) {
        double total = 0;
        int counted = 0;
        for (int i = 0; i < scores.size(); i++) {
            if (gold[i] < 0) continue;
            double[] probabilities = SoftmaxRegression.softmax(scores.get(i), temperature);
            total -= Math.log(Math.max(probabilities[gold[i]], 1e-300));
            counted++;
        }
        return counted == 0 ? 0 : total / counted;
    }
}
