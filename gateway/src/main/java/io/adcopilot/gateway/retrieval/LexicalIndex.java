package io.adcopilot.gateway.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BM25 over documents, with terms that suit mixed Chinese and English text: Chinese characters and character
 * bigrams, English words (camelCase split, a plural s dropped).
 */
final class LexicalIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Map<String, Integer>> documents = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    LexicalIndex(List<String> texts) {
        double total = 0;
        for (String text : texts) {
            Map<String, Integer> tf = new HashMap<>();
            for (String term : terms(text)) tf.merge(term, 1, Integer::sum);
            documents.add(tf);
            tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            total += tf.values().stream().mapToInt(Integer::intValue).sum();
        }
        averageLength = texts.isEmpty() ? 1 : total / texts.size();
    }

    /** The BM25 score of every document for the query. */
    double[] scores(String query) {
        double[] scores = new double[documents.size()];
        for (String term : new HashSet<>(terms(query))) {
            Integer df = documentFrequency.get(term);
            if (df == null) continue;
            double idf = Math.log(1 + (documents.size() - df + 0.5) / (df + 0.5));
            for (int i = 0; i < documents.size(); i++) {
                Integer f = documents.get(i).get(term);
                if (f == null) continue;
                double length = documents.get(i).values().stream().mapToInt(Integer::intValue).sum();
                scores[i] += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * length / averageLength));
            }
        }
        return scores;
    }

    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        String split = text.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        for (String word : split.split("[^a-z0-9\\p{IsHan}]+")) {
            if (word.isEmpty()) continue;
            if (word.codePoints().anyMatch(Character::isIdeographic)) {
                int[] cps = word.codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    out.add(new String(cps, i, 1));
                    if (i + 1 < cps.length) out.add(new String(cps, i, 2));
                }
            } else {
                out.add(word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            }
        }
        return out;
    }
}
