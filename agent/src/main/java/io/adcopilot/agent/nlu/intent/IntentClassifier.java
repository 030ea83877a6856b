package io.adcopilot.agent.nlu.intent;

import io.adcopilot.core.embed.TextEmbedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Intent classification for the embedded engine: softmax regression over the sentence embedding (bge-small-zh)
 * and lexical features (character n-grams, words, the slot extractors' cues), trained from the plugins' examples
 * in seconds at start-up. Its probabilities are calibrated by temperature scaling, fitted on out-of-fold
 * predictions (5-fold cross-validation over the training examples).
 */
public final class IntentClassifier {

    /** A training example: the utterance, the cues found in it, and its intent. */
    public record Example(String text, List<String> cues, String intent) {}

    /** The most likely intent, its calibrated probability, and every intent's. */
    public record Prediction(String intent, double confidence, Map<String, Double> probabilities) {}

    static final int EPOCHS = 12;
    static final double RATE = 0.05;
    static final double L2 = 1e-5;
    static final long SEED = 20251001;
    private static final int FOLDS = 5;

    private final Featurizer featurizer;
    private final List<String> intents;
    private final SoftmaxModel model;
    private final double temperature;

    private IntentClassifier(Featurizer featurizer, List<String> intents, SoftmaxModel model, double temperature) {
        this.featurizer = featurizer;
        this.intents = intents;
        this.model = model;
        this.temperature = temperature;
    }

    public static IntentClassifier train(List<Example> examples, TextEmbedder embedder) {
        Featurizer featurizer = new Featurizer(embedder);
        List<String> intents = examples.stream().map(Example::intent).distinct().sorted().toList();
        Features[] x = new Features[examples.size()];
        int[] y = new int[examples.size()];
        for (int i = 0; i < x.length; i++) {
            Example e = examples.get(i);
            x[i] = featurizer.of(e.text(), e.cues());
            y[i] = intents.indexOf(e.intent());
        }
        double temperature = calibrate(x, y, intents.size());
        SoftmaxModel model = SoftmaxModel.train(x, y, intents.size(), Featurizer.SPARSE_SIZE, EPOCHS, RATE, L2, SEED);
        return new IntentClassifier(featurizer, intents, model, temperature);
    }

    public Prediction classify(String text, List<String> cues) {
        double[] p = model.probabilities(featurizer.of(text, cues), temperature);
        int best = 0;
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int c = 0; c < p.length; c++) {
            probabilities.put(intents.get(c), p[c]);
            if (p[c] > p[best]) best = c;
        }
        return new Prediction(intents.get(best), p[best], probabilities);
    }

    public List<String> intents() {
        return intents;
    }

    double temperature() {
        return temperature;
    }

    /** The temperature that minimizes the negative log-likelihood of out-of-fold predictions. */
    private static double calibrate(Features[] x, int[] y, int classes) {
        List<double[]> logits = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < x.length; i++) (i % FOLDS == fold ? test : train).add(i);
            Features[] tx = train.stream().map(i -> x[i]).toArray(Features[]::new);
            int[] ty = train.stream().mapToInt(i -> y[i]).toArray();
            SoftmaxModel m = SoftmaxModel.train(tx, ty, classes, Featurizer.SPARSE_SIZE, EPOCHS, RATE, L2, SEED + fold);
            for (int i : test) {
                logits.add(m.logits(x[i]));
                gold.add(y[i]);
            }
        }
        double best = 1;
        double bestLoss = Double.MAX_VALUE;
        for (double t = 0.25; t <= 4.0; t += 0.05) {
            double loss = 0;
            for (int i = 0; i < logits.size(); i++) {
                loss -= Math.log(Math.max(1e-12, SoftmaxModel.softmax(logits.get(i), t)[gold.get(i)]));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        return best;
    }
}
