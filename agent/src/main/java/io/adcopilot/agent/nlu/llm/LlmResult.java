package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.Frame;
import java.util.List;
import java.util.Optional;

/**
 * What asking the model gave: the frames (empty when it failed), whether they needed the repair round, why it
 * failed (absent when it did not), and each request made.
 */
public record LlmResult(List<Frame> frames, boolean repaired, Optional<String> failure, List<LlmCallStats> calls) {

    public LlmResult {
        frames = List.copyOf(frames);
        calls = List.copyOf(calls);
    }

    static LlmResult answered(List<Frame> frames, boolean repaired, List<LlmCallStats> calls) {
        return new LlmResult(frames, repaired, Optional.empty(), calls);
    }

    static LlmResult failed(String reason, List<LlmCallStats> calls) {
        return new LlmResult(List.of(), false, Optional.of(reason), calls);
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }

    public long inputTokens() {
        return calls.stream().mapToLong(LlmCallStats::inputTokens).sum();
    }

    public long outputTokens() {
        return calls.stream().mapToLong(LlmCallStats::outputTokens).sum();
    }

    public long latencyMs() {
        return calls.stream().mapToLong(LlmCallStats::latencyMs).sum();
    }
}
