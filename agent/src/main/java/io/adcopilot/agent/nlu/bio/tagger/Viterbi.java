package io.adcopilot.agent.nlu.bio.tagger;

/** The best-scoring tag sequence of a first-order chain, allowing only the transitions the tag set allows. */
final class Viterbi {

    private Viterbi() {
    }

    /**
     * @param emissions  score of each tag at each position, {@code [position][tag]}
     * @param transition score of tag {@code b} after tag {@code a} at {@code a * tags + b}
     * @param start      score of each tag first
     * @param end        score of each tag last
     */
    static int[] decode(float[][] emissions, float[] transition, float[] start, float[] end, TagSet tagSet) {
        int n = emissions.length;
        int tags = tagSet.size();
        int[] path = new int[n];
        if (n == 0) return path;
        float[] score = new float[tags];
        float[] next = new float[tags];
        int[][] back = new int[n][tags];
        for (int t = 0; t < tags; t++) {
            score[t] = tagSet.allowedAfterStart(t) ? start[t] + emissions[0][t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < tags; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int bestPrevious = 0;
                for (int p : tagSet.predecessors(t)) {
                    float candidate = score[p] + transition[p * tags + t];
                    if (candidate > best) {
                        best = candidate;
                        bestPrevious = p;
                    }
                }
                next[t] = best + emissions[i][t];
                back[i][t] = bestPrevious;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        float best = Float.NEGATIVE_INFINITY;
        int last = 0;
        for (int t = 0; t < tags; t++) {
            if (!tagSet.allowedBeforeEnd(t)) continue;
            float candidate = score[t] + end[t];
            if (candidate > best) {
                best = candidate;
                last = t;
            }
        }
        path[n - 1] = last;
        for (int i = n - 1; i > 0; i--) path[i - 1] = back[i][path[i]];
        return path;
    }
}
