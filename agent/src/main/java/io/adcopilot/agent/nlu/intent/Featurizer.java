package io.adcopilot.agent.nlu.intent;

import io.adcopilot.core.embed.TextEmbedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an utterance into features: its sentence embedding (dense), and hashed sparse features — character 1–3
 * grams (digits folded), English words and word pairs, and the cues the slot extractors found ("cue:metric",
 * "cue:amount", "cue:entity:campaign" …).
 */
final class Featurizer {

    static final int SPARSE_SIZE = 1 << 15;
    private static final float DENSE_SCALE = 4f;

    private final TextEmbedder embedder;

    Featurizer(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    Features of(String text, List<String> cues) {
        return of(embedder.embed(text), text, cues);
    }

    Features of(float[] embedding, String text, List<String> cues) {
        float[] dense = new float[embedding.length];
        for (int i = 0; i < dense.length; i++) dense[i] = embedding[i] * DENSE_SCALE;
        Map<Integer, Float> sparse = new LinkedHashMap<>();
        String folded = text.toLowerCase(Locale.ROOT).replaceAll("[0-9]+", "0").replaceAll("\\s+", " ").trim();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= folded.length(); i++) add(sparse, "c" + n + ":" + folded.substring(i, i + n), 0.5f);
        }
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^a-z0]+")) if (!w.isEmpty()) words.add(w);
        for (int i = 0; i < words.size(); i++) {
            add(sparse, "w:" + words.get(i), 1f);
            if (i + 1 < words.size()) add(sparse, "ww:" + words.get(i) + " " + words.get(i + 1), 1f);
        }
        for (String cue : cues) add(sparse, "cue:" + cue, 2f);
        int[] idx = new int[sparse.size()];
        float[] val = new float[sparse.size()];
        int k = 0;
        double norm = 0;
        for (float v : sparse.values()) norm += v * v;
        float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-9))) * 3f;
        for (var e : sparse.entrySet()) {
            idx[k] = e.getKey();
            val[k++] = e.getValue() * scale;
        }
        return new Features(dense, idx, val);
    }

    private static void add(Map<Integer, Float> sparse, String feature, float weight) {
        int bucket = Math.floorMod(feature.hashCode() * 0x9E3779B1, SPARSE_SIZE);
        sparse.merge(bucket, weight, Float::sum);
    }
}
