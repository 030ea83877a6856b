package io.adcopilot.agent.nlu;

/**
 * Understands one utterance in its context. The embedded engine, an LLM engine and a cascade of both implement
 * this, and are judged by the same datasets.
 */
public interface NluEngine {

    Frame understand(String text, NluContext context);

    /** A short name for reports: {@code embedded}, {@code llm}, {@code cascade}. */
    String name();
}
