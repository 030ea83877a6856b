package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import io.adcopilot.core.embed.TextEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers help questions from the {@link KnowledgeBase}, extractively: the sentences of the best article's most
 * relevant passages that are closest to the question, in the question's language (the Chinese body for Chinese, the
 * English summary for English) and in article order, plus the best sentence of a second article when it is about as
 * relevant. When nothing is relevant enough ({@link Relevance}) it says so and what it can do instead.
 */
public final class KnowledgeAnswerer {

    /** The second article adds a sentence only when it is about this close to the question as the first. */
    static final double SECOND_ARTICLE_MARGIN = 0.03;

    /** Sentences come from this many of an article's passages, best ranked first. */
    static final int PASSAGES = 3;

    /**
     * A sentence scores its cosine similarity to the question (under its article title and section heading), plus
     * this much times the idf-weighted share of the question's terms it contains, plus this much over one plus the
     * rank of its passage.
     */
    static final double LEXICAL_WEIGHT = 0.15;
    static final double PASSAGE_WEIGHT = 0.05;

    /** Sentences within this score of the best one may join it, up to the limits below. */
    static final double SENTENCE_MARGIN = 0.06;
    static final int MAX_SENTENCES = 3;
    static final int MAX_CHINESE_CHARS = 160;
    static final int MAX_ENGLISH_WORDS = 80;

    private final KnowledgeBase knowledge;
    private final Map<String, float[]> sentenceVectors = new ConcurrentHashMap<>();

    public KnowledgeAnswerer(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public Answer answer(String question) {
        Language language = Language.of(question);
        List<ArticleHit> hits = knowledge.articles(question, 2);
        if (hits.isEmpty() || !Relevance.enough(knowledge, question, hits.get(0))) {
            double relevance = hits.isEmpty() ? 0 : hits.get(0).similarity();
            return new Answer(false, NoAnswer.text(language), language, List.of(), relevance);
        }
        ArticleHit first = hits.get(0);
        float[] q = knowledge.embedQuery(question);
        List<Scored> candidates = scored(question, q, first, language);
        double floor = candidates.isEmpty() ? Double.MAX_VALUE : candidates.get(0).score() - SENTENCE_MARGIN;
        List<AnswerSentence> chosen = new ArrayList<>();
        for (Scored s : candidates) {
            if (chosen.size() == MAX_SENTENCES || s.score() < floor) break;
            if (fits(chosen, s.sentence(), language)) chosen.add(s.sentence());
        }
        chosen.sort(Comparator.comparingInt(AnswerSentence::passage).thenComparingInt(AnswerSentence::index));
        List<Citation> citations = new ArrayList<>(List.of(citation(first, language)));
        if (hits.size() > 1 && secondArticleApplies(question, first, hits.get(1))) {
            for (Scored s : scored(question, q, hits.get(1), language)) {
                if (s.score() < floor) break;
                if (!fits(chosen, s.sentence(), language)) continue;
                chosen.add(s.sentence());
                citations.add(citation(hits.get(1), language));
                break;
            }
        }
        String text = String.join(language == Language.ZH ? "" : " ",
                chosen.stream().map(AnswerSentence::text).toList());
        return new Answer(true, text, language, citations, first.similarity());
    }

    private boolean secondArticleApplies(String question, ArticleHit first, ArticleHit second) {
        return Relevance.enough(knowledge, question, second)
                && second.similarity() >= first.similarity() - SECOND_ARTICLE_MARGIN;
    }

    /** The sentences of the article's best passages in the language, best first. */
    private List<Scored> scored(String question, float[] q, ArticleHit hit, Language language) {
        List<Passage> passages = hit.passages().stream().map(PassageHit::passage)
                .filter(p -> p.kind() != Passage.Kind.HEADER && p.language() == language).limit(PASSAGES).toList();
        List<Scored> out = new ArrayList<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            for (AnswerSentence s : AnswerSentence.of(passages.get(rank))) {
                String text = s.inContext();
                double score = TextEmbedder.cosine(q, vector(text))
                        + LEXICAL_WEIGHT * knowledge.textCoverage(question, text) + PASSAGE_WEIGHT / (1 + rank);
                out.add(new Scored(s, score));
            }
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(s -> s.sentence().passage()).thenComparingInt(s -> s.sentence().index()));
        return out;
    }

    /** Whether the sentence is new and the answer stays short with it (the first sentence always fits). */
    private static boolean fits(List<AnswerSentence> chosen, AnswerSentence sentence, Language language) {
        if (chosen.stream().anyMatch(c -> c.text().equals(sentence.text()))) return false;
        if (chosen.isEmpty()) return true;
        int length = length(sentence.text(), language);
        for (AnswerSentence c : chosen) length += length(c.text(), language);
        return length <= (language == Language.ZH ? MAX_CHINESE_CHARS : MAX_ENGLISH_WORDS);
    }

    private static int length(String text, Language language) {
        return language == Language.ZH ? text.length() : text.split("\\s+").length;
    }

    private static Citation citation(ArticleHit hit, Language language) {
        return new Citation(hit.article().id(), hit.article().title(language));
    }

    private float[] vector(String sentence) {
        return sentenceVectors.computeIfAbsent(sentence, knowledge.embedder()::embed);
    }

    private record Scored(AnswerSentence sentence, double score) {}
}
