package io.adcopilot.agent.nlu.bio.intent;

import io.adcopilot.agent.nlu.bio.BioSentence;
import io.adcopilot.agent.nlu.bio.FeatureIndex;
import io.adcopilot.agent.nlu.bio.TrainingOrder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies an utterance into one of the intents it was trained on: multinomial logistic regression on word and
 * character n-grams ({@link IntentFeatures}), with probabilities calibrated by temperature scaling on held-out
 * data.
 */
public final class IntentClassifier {

    private final List<String> labels;
    private final FeatureIndex featureIndex;
    private final SoftmaxRegression model;
    private final double temperature;

    private IntentClassifier(List<String> labels, FeatureIndex featureIndex, SoftmaxRegression model,
                             double temperature) {
        this.labels = labels;
        this.featureIndex = featureIndex;
        this.model = model;
        this.temperature = temperature;
    }

    public static IntentClassifier train(List<BioSentence> training, IntentOptions options) {
        return train(training, List.of(), options);
    }

    /**
     * Trains on {@code training}; when {@code validation} is not empty, keeps the epoch that classifies it best and
     * calibrates the probabilities on it.
     */
    public static IntentClassifier train(List<BioSentence> training, List<BioSentence> validation,
                                         IntentOptions options) {
        if (training.isEmpty()) throw new IllegalArgumentException("no training utterances");
        Map<String, Integer> labelIds = new LinkedHashMap<>();
        for (BioSentence sentence : training) labelIds.putIfAbsent(sentence.intent(), labelIds.size());
        List<String> labels = List.copyOf(labelIds.keySet());
        FeatureIndex featureIndex = new FeatureIndex();
        int[][] features = new int[training.size()][];
        int[] gold = new int[training.size()];
        for (int i = 0; i < training.size(); i++) {
            features[i] = featureIndex.grow(IntentFeatures.of(training.get(i).tokens()));
            gold[i] = labelIds.get(training.get(i).intent());
        }
        double lambda = options.l2() / Math.max(1, training.size());
        SoftmaxRegression model = new SoftmaxRegression(featureIndex.size(), labels.size(), lambda);
        SoftmaxRegression best = null;
        int bestRight = -1;
        TrainingOrder order = new TrainingOrder(training.size(), options.seed());
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            for (int i : order.nextPass()) {
                double rate = options.learningRate() / (1 + options.learningRate() * lambda * model.steps());
                model.learn(features[i], gold[i], rate);
            }
            if (validation.isEmpty()) continue;
            int right = new IntentClassifier(labels, featureIndex, model, 1.0).countRight(validation);
            if (right > bestRight) {
                bestRight = right;
                best = model.snapshot();
            }
        }
        SoftmaxRegression chosen = best != null ? best : model;
        IntentClassifier uncalibrated = new IntentClassifier(labels, featureIndex, chosen, 1.0);
        return new IntentClassifier(labels, featureIndex, chosen, uncalibrated.fitTemperature(validation, labelIds));
    }

    public IntentPrediction predict(List<String> tokens) {
        double[] probabilities = SoftmaxRegression.softmax(scores(tokens), temperature);
        List<IntentPrediction.ScoredIntent> ranking = new ArrayList<>(labels.size());
        for (int l = 0; l < labels.size(); l++) {
            ranking.add(new IntentPrediction.ScoredIntent(labels.get(l), probabilities[l]));
        }
        ranking.sort(Comparator.comparingDouble(IntentPrediction.ScoredIntent::probability).reversed());
        return new IntentPrediction(ranking);
    }

    public List<String> intents() {
        return labels;
    }

    /** The temperature the scores are divided by before the softmax (1 when not calibrated). */
    public double temperature() {
        return temperature;
    }

    private double[] scores(List<String> tokens) {
        return model.scores(featureIndex.lookup(IntentFeatures.of(tokens)));
    }

    private int countRight(List<BioSentence> sentences) {
        int right = 0;
        for (BioSentence sentence : sentences) {
            if (predict(sentence.tokens()).intent().equals(sentence.intent())) right++;
        }
        return right;
    }

    private double fitTemperature(List<BioSentence> validation, Map<String, Integer> labelIds) {
        List<double[]> scores = new ArrayList<>(validation.size());
        int[] gold = new int[validation.size()];
        for (int i = 0; i < validation.size(); i++) {
            scores.add(scores(validation.get(i).tokens()));
            gold[i] = labelIds.getOrDefault(validation.get(i).intent(), -1);
        }
        return TemperatureScaling.fit(scores, gold);
    }
}
