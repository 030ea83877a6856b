package io.adcopilot.agent.nlu.llm;

/**
 * Hears what the LLM engine does, to count tokens and latency or attach telemetry: every request to the endpoint,
 * and every time the engine gives up and answers with its fallback engine.
 */
public interface LlmListener {

    LlmListener NONE = call -> {};

    void onCall(LlmCallStats call);

    /** The LLM gave no valid frames ({@code reason} says why); the fallback engine named {@code engine} answered. */
    default void onFallback(String engine, String reason) {}
}
