package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
/**
 * Whether a retrieved article is relevant enough to answer from: its closest passage is at least a threshold
 * similar to the question, and it shares at least one term with it. The thresholds come from the labelled and
 * out-of-scope questions under test resources ({@code KnowledgeAnswererTest} prints both distributions): Chinese
 * in-scope questions reach 0.50 and up, out-of-scope ones stay below it; English cosines from the Chinese model are
 * higher and less separated, and 0.62 keeps every in-scope one while turning away most out-of-scope ones.
 */
final class Relevance {

    static final double CHINESE_THRESHOLD = 0.50;
    static final double ENGLISH_THRESHOLD = 0.62;

    private Relevance() {}

    static boolean enough(KnowledgeBase knowledge, String question, ArticleHit hit) {
        double threshold = Language.of(question) == Language.ZH ? CHINESE_THRESHOLD : ENGLISH_THRESHOLD;
        return hit.similarity() >= threshold && knowledge.articleCoverage(question, hit.article().id()) > 0;
    }
}
