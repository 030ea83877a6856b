package io.adcopilot.agent.nlu.llm;

/**
 * One request to the chat endpoint: the model asked, the tokens the response reports (0 when it reports none or
 * there was no response), how long it took, how it ended, and which round it was (0 the first answer, 1 the repair).
 */
public record LlmCallStats(String model, long inputTokens, long outputTokens, long latencyMs, Outcome outcome,
                           int round) {

    public enum Outcome {
        /** The answer held valid frames. */
        VALID,
        /** The model answered, but not with valid frames (malformed arguments, failed validation, no tool call). */
        INVALID,
        /** No answer within the timeout. */
        TIMEOUT,
        /** The endpoint failed (HTTP error, connection refused, unreadable response). */
        ERROR
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
