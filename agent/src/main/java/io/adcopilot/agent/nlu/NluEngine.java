package io.adcopilot.agent.nlu;

/**
 * Understands one utterance in its context. The embedded engine, an LLM engine and a cascade of both implement
 * this, and are judged by the same datasets.
 */
public interface NluEngine {

    Frame understand(String text, NluContext context);

    /**
     * The steps of a request, in order: one frame per thing asked ("查一下昨天花费，然后把预算加到5000" is two, the
     * second understood after the first). A simple request is one step.
     */
    default java.util.List<Frame> plan(String text, NluContext context) {
        return java.util.List.of(understand(text, context));
    }

    /** A short name for reports: {@code embedded}, {@code llm}, {@code cascade}. */
    String name();
}
