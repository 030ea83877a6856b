package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import java.util.List;

/**
 * Recall@1 and recall@3 of {@link KnowledgeBase#articles} on labelled questions: the share of questions with one of
 * their articles first, or in the first three; overall and by the question's language.
 */
record Recall(double at1, double at3, double chineseAt1, double chineseAt3, double englishAt1, double englishAt3) {

    static Recall of(KnowledgeBase knowledge, List<LabelledQuestion> questions) {
        int[] n = new int[2];
        int[] at1 = new int[2];
        int[] at3 = new int[2];
        for (LabelledQuestion q : questions) {
            int l = q.language().ordinal();
            List<String> ids = knowledge.articles(q.question(), 3).stream().map(h -> h.article().id()).toList();
            n[l]++;
            if (!ids.isEmpty() && q.articles().contains(ids.get(0))) at1[l]++;
            if (ids.stream().anyMatch(q.articles()::contains)) at3[l]++;
        }
        int zh = Language.ZH.ordinal();
        int en = Language.EN.ordinal();
        return new Recall(share(at1[zh] + at1[en], n[zh] + n[en]), share(at3[zh] + at3[en], n[zh] + n[en]),
                share(at1[zh], n[zh]), share(at3[zh], n[zh]), share(at1[en], n[en]), share(at3[en], n[en]));
    }

    private static double share(int hits, int total) {
        return total == 0 ? 0 : (double) hits / total;
    }

    @Override
    public String toString() {
        return String.format("recall@1 %.3f  recall@3 %.3f  (zh %.3f / %.3f, en %.3f / %.3f)",
                at1, at3, chineseAt1, chineseAt3, englishAt1, englishAt3);
    }
}
