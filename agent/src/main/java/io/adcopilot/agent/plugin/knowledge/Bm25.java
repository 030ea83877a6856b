package io.adcopilot.agent.plugin.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/** Okapi BM25 over {@link Terms}. */
final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<String, Map<Integer, Integer>> postings = new HashMap<>();
    private final int[] lengths;
    private final double averageLength;

    Bm25(List<String> documents) {
        lengths = new int[documents.size()];
        long total = 0;
        for (int d = 0; d < documents.size(); d++) {
            List<String> terms = Terms.of(documents.get(d));
            lengths[d] = terms.size();
            total += terms.size();
            for (String t : terms) postings.computeIfAbsent(t, x -> new HashMap<>()).merge(d, 1, Integer::sum);
        }
        averageLength = documents.isEmpty() ? 1 : Math.max(1, (double) total / documents.size());
    }

    /**
     * How much of the query the given documents contain: the idf-weighted share of the query's distinct terms that
     * occur in at least one of them (a term the index has never seen weighs the most).
     */
    double documentCoverage(String query, IntPredicate documents) {
        return coverageOf(query, term -> postings.getOrDefault(term, Map.of()).keySet().stream()
                .anyMatch(documents::test));
    }

    /** How much of the query a text contains, weighted as above. */
    double textCoverage(String query, String text) {
        return coverageOf(query, new HashSet<>(Terms.of(text))::contains);
    }

    private double coverageOf(String query, Predicate<String> present) {
        double matched = 0;
        double total = 0;
        for (String term : new LinkedHashSet<>(Terms.of(query))) {
            double idf = idf(postings.getOrDefault(term, Map.of()).size());
            total += idf;
            if (present.test(term)) matched += idf;
        }
        return total == 0 ? 0 : matched / total;
    }

    private double idf(int documentFrequency) {
        return Math.log(1 + (lengths.length - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    /** The score of every document for the query (0 when no term matches). */
    double[] scores(String query) {
        double[] scores = new double[lengths.length];
        for (String term : new LinkedHashSet<>(Terms.of(query))) {
            Map<Integer, Integer> posting = postings.get(term);
            if (posting == null) continue;
            double idf = idf(posting.size());
            posting.forEach((d, f) -> scores[d] += idf * f * (K1 + 1)
                    / (f + K1 * (1 - B + B * lengths[d] / averageLength)));
        }
        return scores;
    }
}
