package io.adcopilot.agent.nlu.bio.tagger;

/**
 * The weights of a linear-chain model: one score per (feature, tag) at {@code feature * tags + tag}, per tag pair
 * at {@code previous * tags + next}, and per tag for starting and ending an utterance.
 */
record ChainWeights(int tags, float[] emission, float[] transition, float[] start, float[] end) {

    ChainWeights(int tags, int features) {
        this(tags, new float[features * tags], new float[tags * tags], new float[tags], new float[tags]);
    }

    /** Adds {@code other} times {@code factor} to these weights. */
    void add(ChainWeights other, float factor) {
        addScaled(emission, other.emission, factor);
        addScaled(transition, other.transition, factor);
        addScaled(start, other.start, factor);
        addScaled(end, other.end, factor);
    }

    float[][] emissions(int[][] features) {
        float[][] scores = new float[features.length][tags];
        for (int i = 0; i < features.length; i++) {
            float[] row = scores[i];
            for (int feature : features[i]) {
                int base = feature * tags;
                for (int t = 0; t < tags; t++) row[t] += emission[base + t];
            }
        }
        return scores;
    }

    int[] decode(int[][] features, TagSet tagSet) {
        return Viterbi.decode(emissions(features), transition, start, end, tagSet);
    }

    private static void addScaled(float[] sum, float[] values, float factor) {
        for (int i = 0; i < sum.length; i++) sum[i] += values[i] * factor;
    }
}
