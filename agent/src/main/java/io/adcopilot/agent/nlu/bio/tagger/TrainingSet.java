package io.adcopilot.agent.nlu.bio.tagger;

import io.adcopilot.agent.nlu.bio.BioSentence;
import io.adcopilot.agent.nlu.bio.FeatureIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training utterances as numbers: the feature ids of each token and the gold tag id of each token. Each
 * utterance's gazetteer matches come from a gazetteer built without its fold, and rare features are dropped.
 */
record TrainingSet(int[][][] features, int[][] gold) {

    static TrainingSet build(List<BioSentence> training, TagSet tagSet, FeatureIndex featureIndex,
                             TaggerOptions options) {
        List<List<String>> tokens = training.stream().map(BioSentence::tokens).toList();
        List<List<String>> tags = training.stream().map(BioSentence::tags).toList();
        int[][][] features = new int[training.size()][][];
        int folds = options.gazetteerFolds();
        for (int fold = 0; fold < folds; fold++) {
            Gazetteer outOfFold = Gazetteer.build(others(tokens, fold, folds), others(tags, fold, folds),
                    options.gazetteerMinPrecision());
            for (int s = fold; s < training.size(); s += folds) {
                List<String> sentence = tokens.get(s);
                features[s] = TokenFeatures.of(sentence, outOfFold.match(sentence)).stream()
                        .map(featureIndex::grow)
                        .toArray(int[][]::new);
            }
        }
        dropRareFeatures(features, featureIndex, options.minFeatureCount());
        int[][] gold = new int[training.size()][];
        for (int s = 0; s < training.size(); s++) gold[s] = tags.get(s).stream().mapToInt(tagSet::id).toArray();
        return new TrainingSet(features, gold);
    }

    int size() {
        return gold.length;
    }

    private static void dropRareFeatures(int[][][] features, FeatureIndex featureIndex, int minCount) {
        if (minCount <= 1) return;
        int[] counts = new int[featureIndex.size()];
        for (int[][] sentence : features) {
            for (int[] token : sentence) {
                for (int feature : token) counts[feature]++;
            }
        }
        int[] renumbered = featureIndex.retain(feature -> counts[feature] >= minCount);
        for (int[][] sentence : features) {
            for (int i = 0; i < sentence.length; i++) {
                sentence[i] = Arrays.stream(sentence[i]).map(f -> renumbered[f]).filter(f -> f >= 0).toArray();
            }
        }
    }

    /** The items outside one fold, the folds being the items at the same index modulo {@code folds}. */
    private static <T> List<T> others(List<T> items, int fold, int folds) {
        if (folds == 1) return items;
        List<T> rest = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (i % folds != fold) rest.add(items.get(i));
        }
        return rest;
    }
}
