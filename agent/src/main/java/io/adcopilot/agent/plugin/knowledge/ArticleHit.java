package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import java.util.List;
import java.util.Optional;

/**
 * A retrieved article: {@code score} is its best passage's, {@code similarity} the highest cosine between the query
 * and any of its passages, {@code passages} its passages that ranked, best first.
 */
public record ArticleHit(Article article, double score, double similarity, List<PassageHit> passages) {

    public ArticleHit {
        passages = List.copyOf(passages);
    }

    public PassageHit best() {
        return passages.get(0);
    }

    /** The best-ranked passage written in the language, if any ranked: body for Chinese, summary for English. */
    public Optional<PassageHit> best(Language language) {
        return passages.stream().filter(h -> h.passage().kind() != Passage.Kind.HEADER)
                .filter(h -> h.passage().language() == language).findFirst();
    }
}
