package io.adcopilot.agent.nlu.bio.tagger;

/**
 * How a {@link SequenceTagger} trains.
 *
 * @param epochs                passes over the training data
 * @param seed                  seed of the shuffling between passes
 * @param ensembleSize          this many perceptrons are trained, each on its own shuffling, and their weights
 *                              averaged into one model (as costly to run as one)
 * @param minFeatureCount       features seen fewer times in training are dropped
 * @param gazetteerFolds        the training data is cut into this many folds, and each fold sees gazetteer matches
 *                              built from the other folds only, as new utterances will
 * @param gazetteerMinPrecision a training phrase enters the gazetteer for a slot type when at least this share of
 *                              its occurrences was tagged as that type
 */
public record TaggerOptions(int epochs, long seed, int ensembleSize, int minFeatureCount, int gazetteerFolds,
                            double gazetteerMinPrecision) {

    public TaggerOptions {
        if (epochs < 1 || ensembleSize < 1 || minFeatureCount < 1 || gazetteerFolds < 1) {
            throw new IllegalArgumentException("epochs, ensemble size, feature count and folds must be positive");
        }
    }

    public static TaggerOptions defaults() {
        return new TaggerOptions(12, 42L, 4, 2, 4, 0.5);
    }

    public TaggerOptions withEpochs(int epochs) {
        return new TaggerOptions(epochs, seed, ensembleSize, minFeatureCount, gazetteerFolds, gazetteerMinPrecision);
    }

    public TaggerOptions withEnsembleSize(int ensembleSize) {
        return new TaggerOptions(epochs, seed, ensembleSize, minFeatureCount, gazetteerFolds, gazetteerMinPrecision);
    }

    public TaggerOptions withSeed(long seed) {
        return new TaggerOptions(epochs, seed, ensembleSize, minFeatureCount, gazetteerFolds, gazetteerMinPrecision);
    }
}
