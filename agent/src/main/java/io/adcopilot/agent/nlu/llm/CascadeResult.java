package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.Frame;
import java.util.List;
import java.util.Optional;

/**
 * What the cascade answered: the frames, the engine whose frames they are ({@code embedded} or {@code llm}), and
 * what the LLM gave when it was asked (a failed answer leaves the embedded frames).
 */
public record CascadeResult(List<Frame> frames, String answeredBy, Optional<LlmResult> llm) {

    public CascadeResult {
        frames = List.copyOf(frames);
    }

    public boolean askedLlm() {
        return llm.isPresent();
    }
}
