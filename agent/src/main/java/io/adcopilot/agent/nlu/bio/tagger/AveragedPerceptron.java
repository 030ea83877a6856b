package io.adcopilot.agent.nlu.bio.tagger;

import java.util.Arrays;

/**
 * Trains {@link ChainWeights} as an averaged structured perceptron (Collins 2002): decode with the current weights,
 * and where the best path differs from gold, add the gold path's features and subtract the predicted path's. The
 * average of the weights over all steps is kept without summing them at every step: {@code totals} collects each
 * update times the step it happened at, and the average is {@code weights - totals / steps}.
 */
final class AveragedPerceptron {

    private final TagSet tagSet;
    private final int tags;
    private final ChainWeights weights;
    private final double[] emissionTotals;
    private final double[] transitionTotals;
    private final double[] startTotals;
    private final double[] endTotals;
    private long step = 1;
    private boolean finished;

    AveragedPerceptron(TagSet tagSet, int features) {
        this.tagSet = tagSet;
        this.tags = tagSet.size();
        this.weights = new ChainWeights(tags, features);
        this.emissionTotals = new double[features * tags];
        this.transitionTotals = new double[tags * tags];
        this.startTotals = new double[tags];
        this.endTotals = new double[tags];
    }

    /** Learns from one utterance of at least one token. */
    void learn(int[][] features, int[] gold) {
        if (finished) throw new IllegalStateException("the weights were already averaged");
        int[] predicted = weights.decode(features, tagSet);
        if (!Arrays.equals(predicted, gold)) update(features, gold, predicted);
        step++;
    }

    /** Ends training: turns the weights into their average over all steps, in place, and returns them. */
    ChainWeights finish() {
        if (!finished) {
            average(weights.emission(), emissionTotals);
            average(weights.transition(), transitionTotals);
            average(weights.start(), startTotals);
            average(weights.end(), endTotals);
            finished = true;
        }
        return weights;
    }

    private void update(int[][] features, int[] gold, int[] predicted) {
        int n = gold.length;
        for (int i = 0; i < n; i++) {
            if (gold[i] != predicted[i]) {
                for (int feature : features[i]) {
                    add(weights.emission(), emissionTotals, feature * tags + gold[i], 1);
                    add(weights.emission(), emissionTotals, feature * tags + predicted[i], -1);
                }
            }
            if (i > 0 && (gold[i - 1] != predicted[i - 1] || gold[i] != predicted[i])) {
                add(weights.transition(), transitionTotals, gold[i - 1] * tags + gold[i], 1);
                add(weights.transition(), transitionTotals, predicted[i - 1] * tags + predicted[i], -1);
            }
        }
        if (gold[0] != predicted[0]) {
            add(weights.start(), startTotals, gold[0], 1);
            add(weights.start(), startTotals, predicted[0], -1);
        }
        if (gold[n - 1] != predicted[n - 1]) {
            add(weights.end(), endTotals, gold[n - 1], 1);
            add(weights.end(), endTotals, predicted[n - 1], -1);
        }
    }

    private void add(float[] values, double[] totals, int index, int delta) {
        values[index] += delta;
        totals[index] += (double) step * delta;
    }

    private void average(float[] values, double[] totals) {
        for (int i = 0; i < values.length; i++) values[i] = (float) (values[i] - totals[i] / step);
    }
}
