package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.core.embed.BgeSmallZh;

/** The real help center, indexed once per test JVM with the real bge-small-zh; how long indexing took. */
final class TestKnowledge {

    private static KnowledgeBase knowledge;
    private static long startupMillis;

    private TestKnowledge() {}

    static synchronized KnowledgeBase get() {
        if (knowledge == null) {
            BgeSmallZh embedder = BgeSmallZh.get();
            embedder.embed("预热 warm-up");
            long start = System.nanoTime();
            knowledge = KnowledgeBase.load(embedder);
            startupMillis = (System.nanoTime() - start) / 1_000_000;
        }
        return knowledge;
    }

    /** How long a short text takes to embed now, to put the start-up time in context on a busy machine. */
    static double shortTextMillis() {
        BgeSmallZh embedder = BgeSmallZh.get();
        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) embedder.embed("预算花不出去 " + i);
        return (System.nanoTime() - start) / 50 / 1e6;
    }

    /** Loading and indexing the articles (the model already loaded). */
    static synchronized long startupMillis() {
        get();
        return startupMillis;
    }
}
