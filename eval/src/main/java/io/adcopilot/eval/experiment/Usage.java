package io.adcopilot.eval.experiment;

/** What an engine spent on LLM calls: requests made and the tokens they reported. */
public record Usage(long calls, long inputTokens, long outputTokens) {

    public static final Usage ZERO = new Usage(0, 0, 0);

    public Usage plus(Usage other) {
        return new Usage(calls + other.calls, inputTokens + other.inputTokens, outputTokens + other.outputTokens);
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
