package io.adcopilot.agent.nlu.intent;

import java.util.SplittableRandom;

/**
 * Multinomial logistic regression over dense and sparse features, trained by AdaGrad with L2 regularization in a
 * fixed, seeded order (the same data always gives the same model).
 */
final class SoftmaxModel {

    private final int classes;
    private final int dense;
    private final int sparse;
    private final double[][] wDense;
    private final double[][] wSparse;
    private final double[] bias;

    SoftmaxModel(int classes, int dense, int sparse) {
        this.classes = classes;
        this.dense = dense;
        this.sparse = sparse;
        this.wDense = new double[classes][dense];
        this.wSparse = new double[classes][sparse];
        this.bias = new double[classes];
    }

    static SoftmaxModel train(Features[] x, int[] y, int classes, int sparseSize, int epochs, double rate,
                              double l2, long seed) {
        int dense = x.length == 0 ? 0 : x[0].dense().length;
        SoftmaxModel m = new SoftmaxModel(classes, dense, sparseSize);
        double[][] gDense = new double[classes][dense];
        double[][] gSparse = new double[classes][sparseSize];
        double[] gBias = new double[classes];
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        SplittableRandom random = new SplittableRandom(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i : order) {
                double[] p = m.probabilities(x[i], 1.0);
                for (int c = 0; c < classes; c++) {
                    double g = p[c] - (c == y[i] ? 1 : 0);
                    for (int d = 0; d < dense; d++) {
                        double grad = g * x[i].dense()[d] + l2 * m.wDense[c][d];
                        gDense[c][d] += grad * grad;
                        m.wDense[c][d] -= rate * grad / Math.sqrt(gDense[c][d] + 1e-8);
                    }
                    int[] idx = x[i].sparse();
                    float[] val = x[i].sparseValues();
                    for (int k = 0; k < idx.length; k++) {
                        double grad = g * val[k] + l2 * m.wSparse[c][idx[k]];
                        gSparse[c][idx[k]] += grad * grad;
                        m.wSparse[c][idx[k]] -= rate * grad / Math.sqrt(gSparse[c][idx[k]] + 1e-8);
                    }
                    gBias[c] += g * g;
                    m.bias[c] -= rate * g / Math.sqrt(gBias[c] + 1e-8);
                }
            }
        }
        return m;
    }

    double[] logits(Features f) {
        double[] z = new double[classes];
        for (int c = 0; c < classes; c++) {
            double s = bias[c];
            float[] d = f.dense();
            double[] w = wDense[c];
            for (int k = 0; k < dense; k++) s += w[k] * d[k];
            int[] idx = f.sparse();
            float[] val = f.sparseValues();
            for (int k = 0; k < idx.length; k++) s += wSparse[c][idx[k]] * val[k];
            z[c] = s;
        }
        return z;
    }

    double[] probabilities(Features f, double temperature) {
        return softmax(logits(f), temperature);
    }

    static double[] softmax(double[] z, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp((z[i] - max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < z.length; i++) p[i] /= sum;
        return p;
    }

    int sparseSize() {
        return sparse;
    }
}
