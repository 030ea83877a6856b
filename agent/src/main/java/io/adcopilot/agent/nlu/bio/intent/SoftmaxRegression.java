package io.adcopilot.agent.nlu.bio.intent;

/**
 * Multinomial logistic regression over binary features, each example's feature vector scaled to unit length,
 * trained by stochastic gradient descent on the L2-regularised log likelihood. The L2 shrinking of all weights at
 * every step is kept as one common scale factor, so a step touches only the example's features.
 */
final class SoftmaxRegression {

    private final int labels;
    private final float[] weights;
    private final double lambda;
    private double scale = 1.0;
    private long steps;

    SoftmaxRegression(int features, int labels, double lambda) {
        this(new float[features * labels], labels, lambda, 1.0);
    }

    private SoftmaxRegression(float[] weights, int labels, double lambda, double scale) {
        this.labels = labels;
        this.weights = weights;
        this.lambda = lambda;
        this.scale = scale;
    }

    /** One stochastic gradient step on one example, at learning rate {@code rate}. */
    void learn(int[] features, int label, double rate) {
        double[] probabilities = softmax(scores(features), 1.0);
        scale *= 1.0 - rate * lambda;
        if (scale < 1e-6) rescale();
        double step = rate / (scale * Math.sqrt(features.length));
        for (int feature : features) {
            int base = feature * labels;
            for (int l = 0; l < labels; l++) {
                double gradient = (l == label ? 1.0 : 0.0) - probabilities[l];
                weights[base + l] += (float) (step * gradient);
            }
        }
        steps++;
    }

    long steps() {
        return steps;
    }

    /** The score of each label: the weights of the features summed, over the square root of their number. */
    double[] scores(int[] features) {
        double[] scores = new double[labels];
        for (int feature : features) {
            int base = feature * labels;
            for (int l = 0; l < labels; l++) scores[l] += weights[base + l];
        }
        double norm = scale / Math.sqrt(Math.max(1, features.length));
        for (int l = 0; l < labels; l++) scores[l] *= norm;
        return scores;
    }

    /** A copy that later training of this one leaves unchanged. */
    SoftmaxRegression snapshot() {
        SoftmaxRegression copy = new SoftmaxRegression(weights.clone(), labels, lambda, scale);
        copy.steps = steps;
        return copy;
    }

    static double[] softmax(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) max = Math.max(max, score);
        double[] probabilities = new double[scores.length];
        double sum = 0;
        for (int l = 0; l < scores.length; l++) {
            probabilities[l] = Math.exp((scores[l] - max) / temperature);
            sum += probabilities[l];
        }
        for (int l = 0; l < scores.length; l++) probabilities[l] /= sum;
        return probabilities;
    }

    private void rescale() {
        for (int i = 0; i < weights.length; i++) weights[i] *= (float) scale;
        scale = 1.0;
    }
}
